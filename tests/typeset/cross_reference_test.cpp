// Page cross-references: {page-of:ANCHOR} becomes the number of the page where
// the anchor landed, linked to it, settled in a bounded number of passes.
#include "typeset/cross_reference.hpp"

#include <gtest/gtest.h>

#include "layout_fixtures.hpp"

namespace typeset {
namespace {

using testing::lines_block;
using testing::run_flow;

Block target(const std::string& anchor) {
  Block block = paragraph_block("heading", "Cible");
  block.anchor = anchor;
  return block;
}

TEST(CrossReference, ShowsThePageWhereTheAnchorLandedAndLinksToIt) {
  auto run = run_flow({paragraph_block("", "voir p. {page-of:cible}"), lines_block("", "p", 20),
                       target("cible"), lines_block("", "q", 2)});
  ASSERT_EQ(run.document.pages.size(), 3u);
  EXPECT_EQ(testing::page_texts(run.document, 0).front(), "voir p. 3");
  ASSERT_EQ(run.document.pages[0].links.size(), 1u);
  EXPECT_EQ(run.document.pages[0].links[0].destination, "cible");
  EXPECT_EQ(run.report.passes, 2);
  EXPECT_TRUE(run.report.stable);
  EXPECT_TRUE(run.diagnostics.empty());
}

TEST(CrossReference, ReRunsWhenTheNumberChangesTheLayout) {
  // The first pass guesses "00"; the real number is one character shorter, so
  // the line "… p. 00" and "… p. 3" may break differently: the layout runs again.
  auto run = run_flow({paragraph_block("", "voir page {page-of:cible} ou rien"),
                       lines_block("", "p", 20), target("cible")});
  EXPECT_EQ(testing::page_texts(run.document, 0).front(), "voir page 3 ou rien");
  EXPECT_LE(run.report.passes, 3);
}

TEST(CrossReference, FindsAnchorsInsideTableCells) {
  Block anchored = paragraph_block("", "ici");
  anchored.anchor = "cellule";
  TableRow row;
  row.cells.push_back(TableCell{{paragraph_block("", "L")}});
  row.cells.push_back(TableCell{{std::move(anchored)}});
  auto run = run_flow({paragraph_block("", "voir p. {page-of:cellule}"), lines_block("", "p", 12),
                       Block{TableBlock{"sheet", {row}}}});
  EXPECT_TRUE(run.diagnostics.empty());
  EXPECT_EQ(testing::page_texts(run.document, 0).front(), "voir p. 2");
}

TEST(CrossReference, NoSecondPassWithoutReferences) {
  auto run = run_flow({lines_block("", "p", 20), target("cible")});
  EXPECT_EQ(run.report.passes, 1);
}

TEST(CrossReference, UnknownAnchorIsReportedAndShownAsQuestionMarks) {
  auto run = run_flow({paragraph_block("", "voir p. {page-of:absente}")});
  EXPECT_EQ(testing::page_texts(run.document, 0).front(), "voir p. ??");
  ASSERT_EQ(run.diagnostics.items().size(), 1u);
  EXPECT_EQ(run.diagnostics.items()[0].message, "renvoi vers une ancre inconnue « absente »");
}

TEST(CrossReference, SplitsRunsAroundTheField) {
  AnchorPages pages{{"a", 12}};
  LayoutContext context;
  context.anchor_pages = &pages;
  InlineRun run;
  run.text = "p. {page-of:a}, suite";
  run.italic = true;
  std::vector<InlineRun> resolved = resolve_cross_references({run}, context);
  ASSERT_EQ(resolved.size(), 3u);
  EXPECT_EQ(resolved[0].text, "p. ");
  EXPECT_EQ(resolved[1].text, "12");
  EXPECT_EQ(resolved[1].link, "#a");
  EXPECT_TRUE(resolved[1].italic);
  EXPECT_EQ(resolved[2].text, ", suite");
  EXPECT_TRUE(resolved[2].link.empty());
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST(CrossReference, SetterDiagnosticsAreNotRepeatedByLaterPasses) {
  Template tmpl = testing::test_template();
  base::Diagnostics diagnostics;
  diagnostics.warning("before.xml", {}, "déjà là");
  // A setter that, like set_paragraph, reports where the flow tells it to.
  auto reporting_setter = [&](const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                              double width, base::Diagnostics* sink) {
    for (const InlineRun& run : runs) {
      if (run.text.find("☃") != std::string::npos && sink != nullptr) {
        sink->error("demo.xml", {3, 7}, "caractère sans police « ☃ »");
      }
    }
    return testing::fake_set_paragraph(runs, style, width);
  };
  Flow flow(tmpl, reporting_setter, diagnostics, "page");
  flow.add(paragraph_block("", "☃ voir p. {page-of:cible}"));
  Block target = paragraph_block("", "cible");
  target.anchor = "cible";
  flow.add(std::move(target));
  flow.finish();
  EXPECT_EQ(flow.report().passes, 2);
  ASSERT_EQ(diagnostics.items().size(), 2u);
  EXPECT_EQ(diagnostics.items()[0].message, "déjà là");
  EXPECT_EQ(diagnostics.items()[1].message, "caractère sans police « ☃ »");
}

}  // namespace
}  // namespace typeset
