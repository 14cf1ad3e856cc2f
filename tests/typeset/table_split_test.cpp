// Tables across pages: rows split at cuts legal for every cell, closed on both
// pages, header repeated, "(suite)" on continuations, non-splittable rows moved
// whole, and never a line lost or a loop without progress.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <deque>

#include "layout_fixtures.hpp"
#include "typeset/table.hpp"

namespace typeset {
namespace {

using testing::expect_inside_frames;
using testing::lines_block;
using testing::occurrences;
using testing::run_flow;

TableRow sheet_row(const std::string& label, Block content) {
  TableRow row;
  row.cells.push_back(TableCell{{paragraph_block("", label)}});
  row.cells.push_back(TableCell{{std::move(content)}});
  return row;
}

TableRow header_row() {
  TableRow row;
  row.header = true;
  row.cells.push_back(TableCell{{paragraph_block("", "Intitulé")}});
  row.cells.push_back(TableCell{{paragraph_block("", "Contenu")}});
  return row;
}

Block sheet(std::vector<TableRow> rows, const std::string& style = "sheet") {
  return Block{TableBlock{style, std::move(rows)}};
}

// Page index where `text` appears, -1 if nowhere.
int page_of(const DocumentBox& document, const std::string& text) {
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    for (const GlyphRun& glyph : document.pages[p].glyphs) {
      if (glyph.text == text) return static_cast<int>(p);
    }
  }
  return -1;
}

// Horizontal rules of the outer border's thickness on a page, by y.
std::vector<double> outer_rules(const PageBox& page, double thickness) {
  std::vector<double> ys;
  for (const RuleBox& rule : page.rules) {
    if (rule.from.y == rule.to.y && rule.thickness == thickness) ys.push_back(rule.from.y);
  }
  std::sort(ys.begin(), ys.end());
  return ys;
}

TEST(TableSplit, RowTallerThanAPageSpreadsOverPagesWithoutLosingALine) {
  // 9 lines of 12 pt fit in a 120 pt frame with the row's 4 pt of padding.
  auto run = run_flow({sheet({sheet_row("Objectifs", lines_block("", "c", 30))})});
  EXPECT_TRUE(run.diagnostics.empty());
  ASSERT_EQ(run.document.pages.size(), 4u);
  for (int i = 1; i <= 30; ++i) {
    EXPECT_EQ(occurrences(run.document, fmt::format("c{}", i)), 1) << "c" << i;
  }
  EXPECT_EQ(page_of(run.document, "c9"), 0);
  EXPECT_EQ(page_of(run.document, "c10"), 1);
  EXPECT_EQ(page_of(run.document, "c28"), 3);
  EXPECT_EQ(run.report.lines_placed, run.report.lines_set);
  expect_inside_frames(run);
}

TEST(TableSplit, ContinuationRepeatsTheLabelWithTheSuiteMark) {
  auto run = run_flow({sheet({sheet_row("Objectifs", lines_block("", "c", 12))})});
  ASSERT_EQ(run.document.pages.size(), 2u);
  EXPECT_EQ(testing::page_texts(run.document, 0).front(), "Objectifs");
  const std::vector<std::string> second = testing::page_texts(run.document, 1);
  ASSERT_GE(second.size(), 2u);
  EXPECT_EQ(second[0], "Objectifs");
  EXPECT_EQ(second[1], "(suite)");
  EXPECT_EQ(occurrences(run.document, "(suite)"), 1);
}

TEST(TableSplit, BordersAreClosedOnBothSidesOfTheSplit) {
  auto run = run_flow({sheet({sheet_row("Objectifs", lines_block("", "c", 12))})});
  ASSERT_EQ(run.document.pages.size(), 2u);
  // Page 1: the table starts at the frame top and is cut after 9 lines.
  const std::vector<double> first = outer_rules(run.document.pages[0], 1);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_NEAR(first[0], 50.5, 0.01);
  EXPECT_NEAR(first[1], 50 + 9 * 12 + 4 - 0.5, 0.01);
  // Page 2: the continuation (3 lines) opens and closes again.
  const std::vector<double> second = outer_rules(run.document.pages[1], 1);
  ASSERT_EQ(second.size(), 2u);
  EXPECT_NEAR(second[0], 50.5, 0.01);
  EXPECT_NEAR(second[1], 50 + 3 * 12 + 4 - 0.5, 0.01);
  expect_inside_frames(run);
}

TEST(TableSplit, RowThatFitsExactlyIsNotSplit) {
  // 9 lines + padding = 112 pt: exactly the frame.
  auto exact = run_flow({sheet({sheet_row("Objectifs", lines_block("", "c", 9))})}, 112);
  EXPECT_EQ(exact.document.pages.size(), 1u);
  EXPECT_EQ(occurrences(exact.document, "(suite)"), 0);
  auto short_by_a_hair =
      run_flow({sheet({sheet_row("Objectifs", lines_block("", "c", 9))})}, 111.9);
  EXPECT_EQ(short_by_a_hair.document.pages.size(), 2u);
  EXPECT_EQ(page_of(short_by_a_hair.document, "c7"), 0);  // 8 lines would leave 1 behind
  EXPECT_EQ(page_of(short_by_a_hair.document, "c8"), 1);
}

TEST(TableSplit, HeaderIsRepeatedOnEveryPage) {
  auto run = run_flow({sheet({header_row(), sheet_row("Objectifs", lines_block("", "c", 30))})});
  ASSERT_GE(run.document.pages.size(), 4u);
  for (std::size_t p = 0; p < run.document.pages.size(); ++p) {
    EXPECT_EQ(testing::page_texts(run.document, p).front(), "Intitulé") << "page " << p + 1;
  }
  EXPECT_EQ(occurrences(run.document, "Intitulé"), static_cast<int>(run.document.pages.size()));
  for (int i = 1; i <= 30; ++i) EXPECT_EQ(occurrences(run.document, fmt::format("c{}", i)), 1);
  expect_inside_frames(run);
}

TEST(TableSplit, NeverLeavesASingleLineOnEitherSide) {
  // 7 body lines leave 36 pt: two content lines; the other three go over.
  auto split =
      run_flow({lines_block("", "p", 7), sheet({sheet_row("L", lines_block("", "c", 5))})});
  EXPECT_EQ(page_of(split.document, "c2"), 0);
  EXPECT_EQ(page_of(split.document, "c3"), 1);
  // 8 body lines leave 24 pt: one line only, so the whole row moves.
  auto moved =
      run_flow({lines_block("", "p", 8), sheet({sheet_row("L", lines_block("", "c", 5))})});
  EXPECT_EQ(page_of(moved.document, "c1"), 1);
  EXPECT_EQ(occurrences(moved.document, "(suite)"), 0);
  // Three lines: two would fit, but one would be left alone: the row moves.
  auto widow =
      run_flow({lines_block("", "p", 7), sheet({sheet_row("L", lines_block("", "c", 3))})});
  EXPECT_EQ(page_of(widow.document, "c1"), 1);
  EXPECT_EQ(page_of(widow.document, "c3"), 1);
}

TEST(TableSplit, NonSplittableRowsMoveWhole) {
  std::vector<TableRow> rows;
  for (int r = 1; r <= 4; ++r) {
    rows.push_back(
        sheet_row("r" + std::to_string(r), lines_block("", "r" + std::to_string(r) + "-", 2)));
  }
  // 5 lines (60 pt) then rows of 26 pt: rows 1 and 2 fit, row 3 does not and
  // may not split: rows 3 and 4 move together (min 2 rows a side).
  auto run = run_flow({lines_block("", "p", 5), sheet(rows, "overview")});
  EXPECT_EQ(page_of(run.document, "r1-2"), 0);
  EXPECT_EQ(page_of(run.document, "r2-2"), 0);
  EXPECT_EQ(page_of(run.document, "r3-1"), 1);
  EXPECT_EQ(page_of(run.document, "r3-2"), 1);
  EXPECT_EQ(page_of(run.document, "r4-1"), 1);
  // With 6 lines only row 1 would fit, alone: the whole table moves.
  auto alone = run_flow({lines_block("", "p", 6), sheet(rows, "overview")});
  EXPECT_EQ(page_of(alone.document, "r1-1"), 1);
  EXPECT_EQ(page_of(alone.document, "r4-2"), 1);
  expect_inside_frames(run);
}

TEST(TableSplit, ShortTableIsNeverStrandedAcrossAPage) {
  std::vector<TableRow> rows;
  for (int r = 1; r <= 3; ++r)
    rows.push_back(
        sheet_row("r" + std::to_string(r), lines_block("", "x" + std::to_string(r) + "-", 1)));
  // 7 lines leave 36 pt: two 14 pt rows would fit but the third would be alone.
  auto run = run_flow({lines_block("", "p", 7), sheet(rows, "overview")});
  EXPECT_EQ(page_of(run.document, "x1-1"), 1);
  EXPECT_EQ(page_of(run.document, "x3-1"), 1);
}

TEST(TableSplit, NonSplittableRowTallerThanAPageStillSplits) {
  auto run = run_flow({sheet({sheet_row("r", lines_block("", "c", 25))}, "overview")});
  EXPECT_GE(run.document.pages.size(), 3u);
  for (int i = 1; i <= 25; ++i) EXPECT_EQ(occurrences(run.document, fmt::format("c{}", i)), 1);
  EXPECT_EQ(run.report.lines_placed, run.report.lines_set);
  expect_inside_frames(run);
}

TEST(TableSplit, RowTallerThanAPageSplitsEvenWhereNoBreakIsLegal) {
  // One paragraph that forbids every break inside it, 20 lines: it cannot
  // move whole anywhere, so it is cut at line boundaries all the same.
  auto run = run_flow({lines_block("", "p", 3),
                       sheet({sheet_row("Programme", lines_block("unbreakable", "c", 20))})});
  for (int i = 1; i <= 20; ++i) {
    EXPECT_EQ(occurrences(run.document, fmt::format("c{}", i)), 1) << "c" << i;
  }
  // The row left page 1 (no legal cut there) and filled page 2 (9 lines).
  EXPECT_EQ(page_of(run.document, "c1"), 1);
  EXPECT_EQ(page_of(run.document, "c9"), 1);
  EXPECT_EQ(page_of(run.document, "c10"), 2);
  EXPECT_EQ(run.report.lines_placed, run.report.lines_set);
  expect_inside_frames(run);
}

// Hand-made rows: cells whose legal breaks fall at different heights.
Strip line_strip(double height, bool break_before) {
  Strip strip;
  strip.height = height;
  strip.text_lines = 1;
  strip.break_before = break_before;
  return strip;
}

std::shared_ptr<const TableStyle> unpadded_style(int min_lines) {
  TableStyle style;
  style.padding = {};
  style.min_lines = min_lines;
  return std::make_shared<const TableStyle>(style);
}

RowLayout two_cell_row() {
  RowLayout row;
  row.style = unpadded_style(1);
  row.table_width = 200;
  CellLayout twelve;  // breaks allowed after every line of 12 pt
  for (int i = 0; i < 10; ++i) twelve.strips.push_back(line_strip(12, true));
  CellLayout ten;  // lines of 10 pt, breaks only every other line
  for (int i = 0; i < 10; ++i) ten.strips.push_back(line_strip(10, i % 2 == 0));
  row.cells = {twelve, ten};
  row.content_strips = 20;
  return row;
}

TEST(SplitRow, EachCellBreaksAtItsLargestLegalOffsetThatFits) {
  std::optional<RowSplit> split = split_row(two_cell_row(), 50, SplitRule::strict);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->first.cells[0].strips.size(), 4u);  // 48 pt
  EXPECT_EQ(split->first.cells[1].strips.size(), 4u);  // 40 pt: 50 would break a pair
  EXPECT_NEAR(split->first.height(), 48, 1e-9);
  EXPECT_EQ(split->rest.cells[0].strips.size(), 6u);
  EXPECT_EQ(split->rest.cells[1].strips.size(), 6u);
  EXPECT_TRUE(split->rest.continuation);
  EXPECT_LT(split->rest.content_strips, 20);
}

TEST(SplitRow, FailsWhenACellCannotPlaceALegalPart) {
  RowLayout row = two_cell_row();
  for (Strip& strip : row.cells[1].strips) strip.break_before = false;
  EXPECT_FALSE(split_row(row, 50, SplitRule::strict));
  EXPECT_FALSE(split_row(row, 50, SplitRule::relaxed));
  std::optional<RowSplit> forced = split_row(row, 50, SplitRule::any_line);
  ASSERT_TRUE(forced);
  EXPECT_EQ(forced->first.cells[1].strips.size(), 5u);
}

TEST(SplitRow, StrictRuleKeepsMinLinesOnEachSide) {
  RowLayout row = two_cell_row();
  row.style = unpadded_style(3);
  std::optional<RowSplit> split = split_row(row, 26, SplitRule::strict);
  EXPECT_FALSE(split);  // 2 lines of 12 pt fit, fewer than 3
  EXPECT_TRUE(split_row(row, 26, SplitRule::relaxed));
}

TEST(Pagination, AvoidsCuttingAHyphenatedWordAcrossPagesWhenALineEarlierWillDo) {
  Template tmpl = testing::test_template(120);
  std::deque<Strip> strips;
  for (int i = 0; i < 14; ++i) strips.push_back(line_strip(12, true));
  PaginationInput input{&tmpl, "page", nullptr, nullptr};
  EXPECT_EQ(paginate(strips, input)[0].strips.size(), 10u);
  strips[10].splits_word = true;  // line 10 ends with "accompa-"
  EXPECT_EQ(paginate(strips, input)[0].strips.size(), 9u);
  strips[9].break_before = false;  // …unless the line before may not end the page
  EXPECT_EQ(paginate(strips, input)[0].strips.size(), 10u);
}

TEST(SplitRow, AvoidsCuttingAHyphenatedWordWhenALineEarlierWillDo) {
  RowLayout row = two_cell_row();
  row.cells[0].strips[4].splits_word = true;
  std::optional<RowSplit> split = split_row(row, 50, SplitRule::strict);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->first.cells[0].strips.size(), 3u);
}

TEST(Pagination, AStripTallerThanTheFrameIsPlacedAndReportedWithoutLooping) {
  Template tmpl = testing::test_template(120);
  base::Diagnostics diagnostics;
  std::deque<Strip> strips{line_strip(200, true), line_strip(10, true), line_strip(200, true)};
  GlyphRun text;
  text.text = "Un titre énorme";
  strips[0].boxes.glyphs.push_back(text);
  PaginationInput input{&tmpl, "page", nullptr, &diagnostics};
  std::vector<PageLayout> pages = paginate(strips, input);
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_EQ(pages[0].strips.size(), 1u);
  EXPECT_EQ(pages[1].strips.size(), 1u);
  ASSERT_EQ(diagnostics.error_count(), 2);
  EXPECT_EQ(diagnostics.items()[0].message,
            "page 1 : un élément de 200.0 pt ne tient pas dans le cadre de 120.0 pt (« Un titre "
            "énorme »)");
  EXPECT_EQ(diagnostics.items()[1].message.substr(0, 8), "page 3 :");
}

}  // namespace
}  // namespace typeset
