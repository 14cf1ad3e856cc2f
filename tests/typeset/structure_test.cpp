// The meaning of what is laid out travels with the boxes (structure.hpp): a
// paragraph split across pages is one element, a table row split across
// pages one row, repeated headers, « (suite) » labels and furniture are
// artifacts, lists are items with a label and a body, and every page paints
// its elements in the flow's order.
#include <gtest/gtest.h>

#include "layout_fixtures.hpp"

namespace typeset {
namespace {

using testing::lines_block;
using testing::run_flow;

// The elements of the runs whose text is `text`, on every page in order.
std::vector<int> elements_of(const DocumentBox& document, const std::string& text) {
  std::vector<int> found;
  for (const PageBox& page : document.pages) {
    for (const GlyphRun& run : page.glyphs) {
      if (run.text == text) found.push_back(run.element);
    }
  }
  return found;
}

const StructureElement& element(const DocumentBox& document, int index) {
  return document.structure.elements.at(static_cast<std::size_t>(index));
}

TableRow sheet_row(const std::string& label, Block content) {
  TableRow row;
  row.cells.push_back(TableCell{{paragraph_block("", label)}, true});
  row.cells.push_back(TableCell{{std::move(content)}});
  return row;
}

TEST(Structure, TheDocumentIsTheRootAndFurnitureIsAnArtifact) {
  auto run = run_flow({paragraph_block("", "Bonjour")});
  ASSERT_FALSE(run.document.structure.empty());
  EXPECT_EQ(element(run.document, 0).role, Role::document);
  const std::vector<int> text = elements_of(run.document, "Bonjour");
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(element(run.document, text[0]).role, Role::paragraph);
  EXPECT_EQ(element(run.document, text[0]).parent, 0);
  EXPECT_EQ(elements_of(run.document, "page 1 / 1"), std::vector<int>{kArtifact});
}

TEST(Structure, AParagraphSplitAcrossPagesIsOneElement) {
  auto run = run_flow({lines_block("", "ligne", 14)});
  ASSERT_EQ(run.document.pages.size(), 2u);
  const int first = elements_of(run.document, "ligne1").at(0);
  EXPECT_EQ(elements_of(run.document, "ligne14"), std::vector<int>{first});
  EXPECT_EQ(element(run.document, first).role, Role::paragraph);
}

TEST(Structure, HeadingsKeepTheirLevel) {
  auto run = run_flow({heading_block(1, "heading", "Titre"), heading_block(2, "heading", "Sous"),
                       paragraph_block("", "Texte")});
  const StructureElement& title = element(run.document, elements_of(run.document, "Titre")[0]);
  const StructureElement& sub = element(run.document, elements_of(run.document, "Sous")[0]);
  EXPECT_EQ(title.role, Role::heading);
  EXPECT_EQ(title.level, 1);
  EXPECT_EQ(sub.level, 2);
}

TEST(Structure, ASplitRowIsOneRowAndWhatRepeatsIsAnArtifact) {
  TableRow header;
  header.header = true;
  header.cells.push_back(TableCell{{paragraph_block("", "Intitulé")}});
  header.cells.push_back(TableCell{{paragraph_block("", "Contenu")}});
  auto run = run_flow(
      {Block{TableBlock{"sheet", {header, sheet_row("Objectifs", lines_block("", "c", 30))}}}});
  ASSERT_GE(run.document.pages.size(), 2u);
  // The header is read once, where it first stands: a header cell of its column.
  const std::vector<int> heads = elements_of(run.document, "Intitulé");
  ASSERT_GE(heads.size(), 2u);
  const StructureElement& head_paragraph = element(run.document, heads[0]);
  const StructureElement& head_cell = element(run.document, head_paragraph.parent);
  EXPECT_EQ(head_cell.role, Role::header_cell);
  EXPECT_EQ(head_cell.scope, CellScope::column);
  for (std::size_t i = 1; i < heads.size(); ++i) EXPECT_EQ(heads[i], kArtifact);
  // The label heads its row; « (suite) » on the next page is an artifact.
  const int label = elements_of(run.document, "Objectifs").at(0);
  const StructureElement& label_cell = element(run.document, element(run.document, label).parent);
  EXPECT_EQ(label_cell.role, Role::header_cell);
  EXPECT_EQ(label_cell.scope, CellScope::row);
  for (int suite : elements_of(run.document, "(suite)")) EXPECT_EQ(suite, kArtifact);
  EXPECT_FALSE(elements_of(run.document, "(suite)").empty());
  // Its content: one paragraph in one data cell of the one row, on every page.
  const int content = elements_of(run.document, "c1").at(0);
  EXPECT_EQ(elements_of(run.document, "c30"), std::vector<int>{content});
  const StructureElement& cell = element(run.document, element(run.document, content).parent);
  EXPECT_EQ(cell.role, Role::data_cell);
  EXPECT_EQ(element(run.document, cell.parent).role, Role::table_row);
  EXPECT_EQ(cell.parent, label_cell.parent);  // the label's row
  EXPECT_EQ(element(run.document, element(run.document, cell.parent).parent).role, Role::table);
}

TEST(Structure, AListItemHasALabelAndABody) {
  ListBlock list;
  list.style = "items";
  list.items.push_back(ListItem{{paragraph_block("", "un")}});
  list.items.push_back(ListItem{{paragraph_block("", "deux")}});
  auto run = run_flow({Block{std::move(list)}});
  const std::vector<int> bullets = elements_of(run.document, "•");
  ASSERT_EQ(bullets.size(), 2u);
  const StructureElement& label = element(run.document, bullets[0]);
  EXPECT_EQ(label.role, Role::list_label);
  const StructureElement& body =
      element(run.document, element(run.document, elements_of(run.document, "un")[0]).parent);
  EXPECT_EQ(body.role, Role::list_body);
  EXPECT_EQ(body.parent, label.parent);
  EXPECT_EQ(element(run.document, label.parent).role, Role::list_item);
  EXPECT_EQ(element(run.document, element(run.document, label.parent).parent).role, Role::list);
  EXPECT_NE(bullets[0], bullets[1]);
}

// Elements are made in the flow's order; a page paints them in that order
// (coming back to a paragraph after a link inside it is the one way back).
TEST(Structure, PagesPaintTheirElementsInTheFlowsOrder) {
  ListBlock list;
  list.style = "items";
  list.items.push_back(ListItem{{paragraph_block("", "un")}});
  list.items.push_back(ListItem{{lines_block("", "l", 5)}});
  auto run = run_flow({heading_block(1, "heading", "Titre"), lines_block("", "p", 6),
                       Block{std::move(list)},
                       Block{TableBlock{"sheet",
                                        {sheet_row("Objectifs", lines_block("", "c", 12)),
                                         sheet_row("Public", lines_block("", "d", 3))}}},
                       paragraph_block("", "Fin")});
  ASSERT_GE(run.document.pages.size(), 2u);
  const auto ancestor = [&](int maybe, int of) {
    for (int e = element(run.document, of).parent; e >= 0; e = element(run.document, e).parent) {
      if (e == maybe) return true;
    }
    return false;
  };
  for (const PageBox& page : run.document.pages) {
    int last = kArtifact;
    for (const GlyphRun& glyph : page.glyphs) {
      if (glyph.element == kArtifact) continue;
      if (last != kArtifact && glyph.element != last) {
        EXPECT_TRUE(glyph.element > last || ancestor(glyph.element, last))
            << glyph.text << " (element " << glyph.element << ") after element " << last;
      }
      last = glyph.element;
    }
  }
}

}  // namespace
}  // namespace typeset
