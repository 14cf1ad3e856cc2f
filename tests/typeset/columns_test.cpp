// Columns: blocks set side by side, balanced, with the page-break rules of
// their content at the column breaks, split across pages like a table row.
// The test template's frame is 200 pt wide: the style "two" makes columns of
// 95 pt (gap 10) starting at x = 50 and 155; the fake font's lines are 12 pt.
#include "typeset/columns.hpp"

#include <gtest/gtest.h>

#include "layout_fixtures.hpp"

namespace typeset {
namespace {

using testing::lines_block;
using testing::run_flow;

constexpr double kLeft = 50;
constexpr double kSecondColumn = 155;

const GlyphRun* glyph(const DocumentBox& document, const std::string& text, int* page = nullptr) {
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    for (const GlyphRun& run : document.pages[p].glyphs) {
      if (run.text != text) continue;
      if (page != nullptr) *page = static_cast<int>(p);
      return &run;
    }
  }
  return nullptr;
}

Block columns(std::string style, std::vector<Block> blocks) {
  return Block{ColumnsBlock{std::move(style), std::move(blocks)}};
}

TEST(Columns, BalancedSoThatTheyEndLevel) {
  auto run = run_flow({columns("two", {lines_block("", "a", 10)})});
  ASSERT_EQ(run.document.pages.size(), 1u);
  EXPECT_TRUE(run.diagnostics.empty());
  ASSERT_NE(glyph(run.document, "a5"), nullptr);
  ASSERT_NE(glyph(run.document, "a6"), nullptr);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a1")->origin.x, kLeft);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a5")->origin.x, kLeft);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a6")->origin.x, kSecondColumn);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a6")->origin.y, glyph(run.document, "a1")->origin.y);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a10")->origin.y, glyph(run.document, "a5")->origin.y);
  // The strip of the set is as tall as its columns: 5 lines.
  ASSERT_EQ(run.pages[0].strips.size(), 1u);
  EXPECT_DOUBLE_EQ(run.pages[0].strips[0].strip.height, 60);
  testing::expect_inside_frames(run);
}

TEST(Columns, AnOddCountLeavesTheLastColumnShorter) {
  auto run = run_flow({columns("three", {lines_block("", "a", 7)})});
  // Widows and orphans of two lines each: 3 | 2 | 2 is the shortest legal
  // balance (2 | 2 | 3 would leave a lone line), 3 lines tall.
  EXPECT_DOUBLE_EQ(run.pages[0].strips[0].strip.height, 36);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a4")->origin.x, kLeft + 60 + 10);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a6")->origin.x, kLeft + 2 * (60 + 10));
}

TEST(Columns, ABreakInsideAParagraphKeepsItsWidowsAndOrphans) {
  // Five lines in two columns would be 3 | 2; an unbreakable paragraph has no
  // legal break inside: it stays whole in the first column.
  auto run = run_flow({columns("two", {lines_block("unbreakable", "u", 5)})});
  for (const char* line : {"u1", "u2", "u3", "u4", "u5"}) {
    EXPECT_DOUBLE_EQ(glyph(run.document, line)->origin.x, kLeft);
  }
  EXPECT_DOUBLE_EQ(run.pages[0].strips[0].strip.height, 60);
}

TEST(Columns, AHeadingNeverEndsAColumn) {
  // 4 + heading + 4 lines: the balance would end column one with the
  // heading; it goes to the second column with its paragraph.
  auto run = run_flow({columns("two", {lines_block("", "a", 4), paragraph_block("heading", "Titre"),
                                       lines_block("", "b", 4)})});
  EXPECT_DOUBLE_EQ(glyph(run.document, "Titre")->origin.x, kSecondColumn);
  EXPECT_DOUBLE_EQ(glyph(run.document, "b1")->origin.x, kSecondColumn);
  // At the top of its column, the heading's space before is dropped.
  EXPECT_DOUBLE_EQ(glyph(run.document, "Titre")->origin.y, glyph(run.document, "a1")->origin.y);
}

TEST(Columns, ARuleRunsDownTheGapOfColumnsThatHoldSomething) {
  auto run = run_flow({columns("two", {lines_block("", "a", 6)})});
  const PageBox& page = run.document.pages[0];
  ASSERT_EQ(page.rules.size(), 1u);
  EXPECT_DOUBLE_EQ(page.rules[0].from.x, kLeft + 95 + 5);
  EXPECT_DOUBLE_EQ(page.rules[0].to.x, kLeft + 95 + 5);
  EXPECT_DOUBLE_EQ(page.rules[0].to.y - page.rules[0].from.y, 36);
  // Two lines fit one column: no second column, no rule.
  auto short_run = run_flow({columns("two", {lines_block("unbreakable", "a", 2)})});
  EXPECT_TRUE(short_run.document.pages[0].rules.empty());
}

TEST(Columns, FillTheRestOfAPageThenGoOnBalancedOnTheNext) {
  // Frame 120 pt: 4 lines above leave 72 pt, 6 lines per column; 30 lines:
  // 12 on page one, 18 on page two (9 | 9).
  auto run = run_flow({lines_block("", "p", 4), columns("two", {lines_block("", "a", 30)})});
  ASSERT_EQ(run.document.pages.size(), 2u);
  int page = -1;
  EXPECT_DOUBLE_EQ(glyph(run.document, "a6", &page)->origin.x, kLeft);
  EXPECT_EQ(page, 0);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a7", &page)->origin.x, kSecondColumn);
  EXPECT_EQ(page, 0);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a12", &page)->origin.y,
                   glyph(run.document, "a6")->origin.y);
  EXPECT_EQ(page, 0);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a13", &page)->origin.x, kLeft);
  EXPECT_EQ(page, 1);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a22", &page)->origin.x, kSecondColumn);
  EXPECT_DOUBLE_EQ(glyph(run.document, "a30")->origin.y, glyph(run.document, "a21")->origin.y);
  // Every line set is placed once.
  EXPECT_EQ(run.report.lines_placed, run.report.lines_set);
  testing::expect_inside_frames(run);
}

TEST(Columns, TooLittleRoomForTwoLinesMovesTheSetToTheNextPage) {
  // 9 lines leave 12 pt: one line per column, which the orphans rule forbids.
  auto run = run_flow({lines_block("", "p", 9), columns("two", {lines_block("", "a", 8)})});
  int page = -1;
  ASSERT_NE(glyph(run.document, "a1", &page), nullptr);
  EXPECT_EQ(page, 1);
  EXPECT_EQ(run.report.lines_placed, run.report.lines_set);
}

TEST(Columns, TheStylesSpacesSeparateTheSetFromItsNeighbours) {
  auto run = run_flow({lines_block("", "p", 1), columns("three", {lines_block("", "a", 2)}),
                       lines_block("", "q", 1)});
  // "three" leaves 4 pt before and 6 after; the body paragraph none.
  EXPECT_DOUBLE_EQ(glyph(run.document, "a1")->origin.y - glyph(run.document, "p1")->origin.y,
                   12 + 4);
  EXPECT_DOUBLE_EQ(glyph(run.document, "q1")->origin.y - glyph(run.document, "a2")->origin.y,
                   12 + 6);
}

TEST(Columns, AnchorsInsideColumnsAnswerCrossReferences) {
  Block anchored = paragraph_block("", "ici");
  anchored.anchor = "dans-colonne";
  auto run =
      run_flow({paragraph_block("", "voir p. {page-of:dans-colonne}"), lines_block("", "p", 8),
                columns("two", {lines_block("", "a", 6), std::move(anchored)})});
  EXPECT_TRUE(run.diagnostics.empty()) << run.diagnostics.items().front().message;
  EXPECT_EQ(testing::page_texts(run.document, 0).front(), "voir p. 2");
  bool anchor_on_page_two = false;
  for (const AnchorBox& anchor : run.document.pages.at(1).anchors) {
    anchor_on_page_two = anchor_on_page_two || anchor.name == "dans-colonne";
  }
  EXPECT_TRUE(anchor_on_page_two);
}

TEST(Columns, ColumnsInATableCellAreRefusedWithAMessage) {
  TableRow row;
  row.cells.push_back(TableCell{{paragraph_block("", "L")}});
  row.cells.push_back(TableCell{{columns("two", {lines_block("", "a", 2)})}});
  auto run = run_flow({Block{TableBlock{"sheet", {row}}}});
  ASSERT_TRUE(run.diagnostics.has_errors());
  EXPECT_NE(run.diagnostics.items().front().message.find("colonnes dans une cellule"),
            std::string::npos);
}

TEST(Columns, AnUnknownStyleIsReported) {
  auto run = run_flow({columns("quatre", {lines_block("", "a", 2)})});
  ASSERT_TRUE(run.diagnostics.has_errors());
  EXPECT_NE(run.diagnostics.items().front().message.find("style de colonnes inconnu « quatre »"),
            std::string::npos);
}

}  // namespace
}  // namespace typeset
