// Lists: markers in the hanging area on the first line's baseline, text
// indented per level, numbering formats per level.
#include <gtest/gtest.h>

#include "layout_fixtures.hpp"
#include "typeset/styles.hpp"

namespace typeset {
namespace {

using testing::run_flow;

const GlyphRun& glyph(const DocumentBox& document, const std::string& text) {
  for (const PageBox& page : document.pages) {
    for (const GlyphRun& run : page.glyphs) {
      if (run.text == text) return run;
    }
  }
  static const GlyphRun kMissing;
  ADD_FAILURE() << "no text \"" << text << "\"";
  return kMissing;
}

ListItem item(const std::string& text, std::vector<Block> nested = {}) {
  ListItem result{{paragraph_block("", text)}};
  for (Block& block : nested) result.blocks.push_back(std::move(block));
  return result;
}

Block list(std::vector<ListItem> items, bool ordered = false) {
  ListBlock block;
  block.style = "items";
  block.ordered = ordered;
  block.items = std::move(items);
  return Block{std::move(block)};
}

TEST(ListLayout, MarkersSitOnTheFirstBaselineInTheHangingArea) {
  auto run = run_flow({list({item("alpha"), item("beta")})});
  // Level 0: text at frame left (50) + indent 14; the 5 pt bullet is right
  // aligned in the 11 pt hanging area (indent 14 − gap 3).
  const GlyphRun& alpha = glyph(run.document, "alpha");
  EXPECT_DOUBLE_EQ(alpha.origin.x, 64);
  // The marker comes first in the text, before its line.
  const GlyphRun& bullet = run.document.pages[0].glyphs.at(0);
  EXPECT_EQ(bullet.text, "•");
  EXPECT_DOUBLE_EQ(bullet.origin.x, 50 + 11 - 5);
  EXPECT_DOUBLE_EQ(bullet.origin.y, alpha.origin.y);
  EXPECT_DOUBLE_EQ(glyph(run.document, "beta").origin.y, alpha.origin.y + 12);
  EXPECT_TRUE(run.diagnostics.empty());
}

TEST(ListLayout, ThreeLevelsIndentAndTakeEachLevelsMarker) {
  auto run = run_flow({list({item("one", {list({item("two", {list({item("three")})})})})})});
  EXPECT_DOUBLE_EQ(glyph(run.document, "one").origin.x, 64);
  EXPECT_DOUBLE_EQ(glyph(run.document, "two").origin.x, 64 + 12);
  EXPECT_DOUBLE_EQ(glyph(run.document, "three").origin.x, 64 + 12 + 24);
  // Left-aligned markers of levels 1 and 2 start at their item's left edge.
  EXPECT_DOUBLE_EQ(glyph(run.document, "–").origin.x, 64);
  EXPECT_DOUBLE_EQ(glyph(run.document, "·").origin.x, 76);
  EXPECT_DOUBLE_EQ(glyph(run.document, "–").origin.y, glyph(run.document, "two").origin.y);
  EXPECT_DOUBLE_EQ(glyph(run.document, "·").origin.y, glyph(run.document, "three").origin.y);
}

TEST(ListLayout, WrappedLinesHangUnderTheFirstLinesText) {
  // The level-0 text column is 200 − 14 = 186 pt: 37 characters of the fake font.
  const std::string text = testing::words("mot", 20);
  auto run = run_flow({list({item(text)})});
  const std::vector<std::string> texts = testing::page_texts(run.document, 0);
  int lines = 0;
  for (const GlyphRun& run_glyph : run.document.pages[0].glyphs) {
    if (run_glyph.text.rfind("mot", 0) == 0) {
      EXPECT_DOUBLE_EQ(run_glyph.origin.x, 64);
      ++lines;
    }
  }
  EXPECT_GE(lines, 2);
}

TEST(ListLayout, OrderedListsNumberPerLevelFormat) {
  auto run =
      run_flow({list({item("first"), item("second", {list({item("x"), item("y")}, true)})}, true)});
  EXPECT_DOUBLE_EQ(glyph(run.document, "1.").origin.x, 50 + 11 - 10);  // right aligned
  EXPECT_DOUBLE_EQ(glyph(run.document, "2.").origin.y, glyph(run.document, "second").origin.y);
  EXPECT_DOUBLE_EQ(glyph(run.document, "b)").origin.y, glyph(run.document, "y").origin.y);
}

TEST(ListLayout, ATableInAnItemIsIndentedWithTheItem) {
  TableRow row;
  row.cells.push_back(TableCell{{paragraph_block("", "L")}});
  row.cells.push_back(TableCell{{paragraph_block("", "contenu")}});
  ListItem with_table = item("tableau :");
  with_table.blocks.push_back(Block{TableBlock{"sheet", {row}}});
  auto run = run_flow({list({with_table})});
  // The table spans the item's text column: 64 to 250.
  const PageBox& page = run.document.pages[0];
  ASSERT_FALSE(page.fills.empty());
  EXPECT_DOUBLE_EQ(page.fills[0].rect.x, 64);
  EXPECT_DOUBLE_EQ(glyph(run.document, "L").origin.x, 64 + 3);
  EXPECT_DOUBLE_EQ(glyph(run.document, "contenu").origin.x, 64 + 186 * 0.3 + 3);
  testing::expect_inside_frames(run);
}

TEST(ListNumbers, FormatsKeepPrefixAndSuffix) {
  EXPECT_EQ(format_list_number("1.", 12), "12.");
  EXPECT_EQ(format_list_number("a)", 3), "c)");
  EXPECT_EQ(format_list_number("a)", 28), "ab)");
  EXPECT_EQ(format_list_number("i.", 4), "iv.");
  EXPECT_EQ(format_list_number("I.", 9), "IX.");
  EXPECT_EQ(format_list_number("(A)", 2), "(B)");
}

TEST(ListLayout, MarkerWiderThanTheHangingAreaIsReported) {
  ListBlock numbered;
  numbered.style = "items";
  numbered.ordered = true;
  numbered.start = 10;
  numbered.items.push_back(item("ten"));
  auto run = run_flow({Block{std::move(numbered)}});
  ASSERT_EQ(run.diagnostics.items().size(), 1u);
  EXPECT_NE(run.diagnostics.items()[0].message.find("« 10. »"), std::string::npos);
}

TEST(ColumnWidths, PointsPercentagesAndSharesOfTheRest) {
  std::vector<ColumnWidth> columns{{ColumnWidth::Unit::points, 50},
                                   {ColumnWidth::Unit::percent, 25},
                                   {ColumnWidth::Unit::fill, 1},
                                   {ColumnWidth::Unit::fill, 2}};
  std::vector<double> widths = resolve_column_widths(columns, 200);
  EXPECT_DOUBLE_EQ(widths[0], 50);
  EXPECT_DOUBLE_EQ(widths[1], 50);
  EXPECT_DOUBLE_EQ(widths[2], 100.0 / 3);
  EXPECT_DOUBLE_EQ(widths[3], 200.0 / 3);
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST(ListLayout, NestingDeeperThanTheMeasureIsReportedAndStillSet) {
  ListBlock innermost;
  innermost.style = "items";
  innermost.items.push_back(ListItem{{paragraph_block("", "fond")}});
  Block nested{std::move(innermost)};
  for (int depth = 0; depth < 12; ++depth) {
    ListBlock outer;
    outer.style = "items";
    outer.items.push_back(ListItem{{paragraph_block("", "niveau"), std::move(nested)}});
    nested = Block{std::move(outer)};
  }
  auto run = testing::run_flow({std::move(nested)});
  EXPECT_TRUE(run.diagnostics.has_errors());
  EXPECT_EQ(testing::occurrences(run.document, "fond"), 1);
  EXPECT_EQ(testing::occurrences(run.document, "niveau"), 12);
}

}  // namespace
}  // namespace typeset
