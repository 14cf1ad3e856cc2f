#include "typeset/linebreak.hpp"

#include <gtest/gtest.h>

#include <random>

namespace typeset {
namespace {

constexpr double kSpace = 1;

BreakItem space() {
  return BreakItem::glue(kSpace, kSpace / 2, kSpace / 3);
}

// Words of the given widths separated by sans-serif glue.
std::vector<BreakItem> words(const std::vector<double>& widths) {
  std::vector<BreakItem> items;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) items.push_back(space());
    items.push_back(BreakItem::box(widths[i]));
  }
  return items;
}

std::vector<int> boxes_per_line(std::span<const BreakItem> items, const BreakResult& result) {
  std::vector<int> counts;
  for (const BrokenLine& line : result.lines) {
    int count = 0;
    for (std::size_t i = line.begin; i < line.end; ++i) {
      count += items[i].type == ItemType::box ? 1 : 0;
    }
    counts.push_back(count);
  }
  return counts;
}

// The width the line takes once its glue is set as the breaker says.
double set_width(std::span<const BreakItem> items, const BrokenLine& line) {
  double width = 0;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    const BreakItem& item = items[i];
    if (item.type == ItemType::box) width += item.width;
    if (item.type == ItemType::glue && !item.fills) {
      width +=
          item.width + (line.ratio >= 0 ? line.ratio * item.stretch : line.ratio * item.shrink);
    }
  }
  if (line.break_index < items.size() && items[line.break_index].type == ItemType::penalty) {
    width += items[line.break_index].width;
  }
  return width;
}

// Every box comes back exactly once, in order, and nothing between lines but
// what a break may discard.
void expect_all_boxes_in_order(std::span<const BreakItem> items, const BreakResult& result) {
  std::size_t next = 0;
  for (const BrokenLine& line : result.lines) {
    ASSERT_LE(next, line.begin);
    for (std::size_t i = next; i < line.begin; ++i) {
      EXPECT_NE(items[i].type, ItemType::box) << "box " << i << " lost";
    }
    ASSERT_LE(line.begin, line.end);
    next = std::min(line.break_index + 1, items.size());
    EXPECT_LE(line.end, next);
  }
  for (std::size_t i = next; i < items.size(); ++i) {
    EXPECT_NE(items[i].type, ItemType::box) << "box " << i << " lost at the end";
  }
}

TEST(LineBreak, RaggedTotalFitBalancesWhereGreedyLeavesAShortLine) {
  // The textbook minimum-raggedness case: "aaa bb cc ddddd" in a measure of 6.
  const auto items = words({3, 2, 2, 5});
  BreakParameters parameters;
  parameters.line_width = 6;
  parameters.ragged = true;
  parameters.ragged_stretch = 6;

  const BreakResult greedy = break_lines_greedy(items, parameters);
  EXPECT_EQ(boxes_per_line(items, greedy), (std::vector<int>{2, 1, 1}));  // aaa bb / cc / ddddd
  const BreakResult optimal = break_lines(items, parameters);
  EXPECT_EQ(boxes_per_line(items, optimal), (std::vector<int>{1, 2, 1}));  // aaa / bb cc / ddddd
}

TEST(LineBreak, JustifiedTotalFitAvoidsTheLooseLineGreedyMakes) {
  // Greedy fills line 1 by shrinking, leaving "7 2 7" stretched to ratio 2
  // (badness 800); total fit moves one word down and every line stays decent.
  const auto items = words({1, 3, 3, 9, 1, 7, 2, 7, 6});
  BreakParameters parameters;
  parameters.line_width = 20;

  const BreakResult greedy = break_lines_greedy(items, parameters);
  EXPECT_EQ(boxes_per_line(items, greedy), (std::vector<int>{5, 3, 1}));
  EXPECT_NEAR(greedy.lines[1].ratio, 2.0, 1e-9);

  const BreakResult optimal = break_lines(items, parameters);
  EXPECT_EQ(optimal.pass, BreakPass::without_hyphenation);
  EXPECT_EQ(boxes_per_line(items, optimal), (std::vector<int>{4, 4, 1}));
  EXPECT_NEAR(optimal.lines[0].ratio, 1.0 / 1.5, 1e-9);
  EXPECT_NEAR(optimal.lines[1].ratio, 0.0, 1e-9);
  EXPECT_EQ(optimal.lines[2].ratio, 0.0);  // the last line is not stretched
}

// "xxxxx" split in two syllables at a hyphenation point.
void add_hyphenated_word(std::vector<BreakItem>& items, double first, double second) {
  items.push_back(BreakItem::box(first));
  items.push_back(BreakItem::hyphen(100, 0.5));
  items.push_back(BreakItem::box(second));
}

TEST(LineBreak, HyphenatesOnlyWhenTheParagraphNeedsIt) {
  std::vector<BreakItem> items = words({4, 4, 4});
  items.push_back(space());
  add_hyphenated_word(items, 4, 4);
  BreakParameters parameters;
  parameters.line_width = 23;  // "4 4 4 44" fits unhyphenated in one line
  BreakResult result = break_lines(items, parameters);
  EXPECT_EQ(result.pass, BreakPass::without_hyphenation);
  ASSERT_EQ(result.lines.size(), 1u);
  EXPECT_FALSE(result.lines[0].hyphenated);

  // At 19.5 "4 4 4 44" needs 3.5 of shrink (it has 1) and "4 4 4" is short
  // by 5.5 over two spaces: only "4 4 4 4-" fits, exactly.
  parameters.line_width = 19.5;
  result = break_lines(items, parameters);
  EXPECT_EQ(result.pass, BreakPass::with_hyphenation);
  ASSERT_EQ(result.lines.size(), 2u);
  EXPECT_TRUE(result.lines[0].hyphenated);
  EXPECT_LE(set_width(items, result.lines[0]), parameters.line_width + 1e-9);
}

TEST(LineBreak, NeverTwoHyphenatedLinesInARowWhenAnotherChoiceExists) {
  // Lines that fit best hyphenated each time; the breaker must alternate.
  std::mt19937 random(7);
  std::uniform_real_distribution<double> syllable(1.5, 4);
  for (int paragraph = 0; paragraph < 200; ++paragraph) {
    std::vector<BreakItem> items;
    for (int word = 0; word < 40; ++word) {
      if (word > 0) items.push_back(space());
      add_hyphenated_word(items, syllable(random), syllable(random));
    }
    BreakParameters parameters;
    parameters.line_width = 25;
    const BreakResult result = break_lines(items, parameters);
    ASSERT_NE(result.pass, BreakPass::greedy);
    if (result.pass == BreakPass::relaxed) continue;
    for (std::size_t i = 1; i < result.lines.size(); ++i) {
      EXPECT_FALSE(result.lines[i - 1].hyphenated && result.lines[i].hyphenated)
          << "paragraph " << paragraph << " lines " << i - 1 << " and " << i;
    }
  }
}

TEST(LineBreak, AWordWiderThanTheMeasureIsCutAtEachOfItsHyphens) {
  // A compound whose parts each fill a line: its lines are pieces of one word,
  // so hyphens in a row are its cut, not a choice; no fallback pass needed.
  std::vector<BreakItem> items;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) items.push_back(BreakItem::penalty_item(50, 0, true));
    items.push_back(BreakItem::box(9));
  }
  BreakParameters parameters;
  parameters.line_width = 10;
  const BreakResult result = break_lines(items, parameters);
  EXPECT_NE(result.pass, BreakPass::relaxed);
  EXPECT_EQ(boxes_per_line(items, result), (std::vector<int>{1, 1, 1, 1}));
  for (const BrokenLine& line : result.lines) EXPECT_FALSE(line.overfull);
}

TEST(LineBreak, ConsecutiveHyphensOnlyInTheRelaxedPassWhenNothingElseFits) {
  // "P-" / "Q~R-" / "S": Q and R are tied, and every other cut is overfull.
  std::vector<BreakItem> items;
  add_hyphenated_word(items, 9, 4);
  items.push_back(BreakItem::penalty_item(kInfinitePenalty));
  items.push_back(space());
  add_hyphenated_word(items, 4, 9);
  BreakParameters parameters;
  parameters.line_width = 10;
  const BreakResult result = break_lines(items, parameters);
  EXPECT_EQ(result.pass, BreakPass::relaxed);
  EXPECT_EQ(boxes_per_line(items, result), (std::vector<int>{1, 2, 1}));
  EXPECT_TRUE(result.lines[0].hyphenated);
  EXPECT_TRUE(result.lines[1].hyphenated);
  for (const BrokenLine& line : result.lines) EXPECT_FALSE(line.overfull);
}

TEST(LineBreak, AvoidsALastLineOfOneShortWord) {
  const auto items = words({5, 5, 5, 5, 5, 5, 3});
  BreakParameters parameters;
  parameters.line_width = 20;
  parameters.ragged = true;
  parameters.ragged_stretch = 10;
  parameters.runt_demerits = 0;
  EXPECT_EQ(boxes_per_line(items, break_lines(items, parameters)).back(), 1);

  parameters.runt_demerits = BreakParameters{}.runt_demerits;
  EXPECT_GE(boxes_per_line(items, break_lines(items, parameters)).back(), 2);
}

TEST(LineBreak, ForcedBreakEndsTheLineWithoutStretchingIt) {
  std::vector<BreakItem> items = words({3, 3});
  items.push_back(BreakItem::fill_glue());
  items.push_back(BreakItem::penalty_item(kForcedBreak));
  const auto rest = words({3, 3, 3});
  items.insert(items.end(), rest.begin(), rest.end());
  BreakParameters parameters;
  parameters.line_width = 30;
  const BreakResult result = break_lines(items, parameters);
  EXPECT_EQ(boxes_per_line(items, result), (std::vector<int>{2, 3}));
  EXPECT_EQ(result.lines[0].ratio, 0.0);
}

TEST(LineBreak, BoxWiderThanTheMeasureIsKeptAndReportedOverfull) {
  const auto items = words({3, 30, 3});
  BreakParameters parameters;
  parameters.line_width = 10;
  const BreakResult result = break_lines(items, parameters);
  expect_all_boxes_in_order(items, result);
  EXPECT_EQ(boxes_per_line(items, result), (std::vector<int>{1, 1, 1}));
  EXPECT_TRUE(result.lines[1].overfull);
  EXPECT_FALSE(result.lines[0].overfull);
}

TEST(LineBreak, EmptyInputGivesNoLines) {
  EXPECT_TRUE(break_lines({}, BreakParameters{10}).lines.empty());
}

TEST(LineBreak, RandomParagraphsFitTheirMeasureAndKeepEveryBox) {
  std::mt19937 random(2026);
  std::uniform_real_distribution<double> word_width(1, 12);
  std::uniform_real_distribution<double> measure(14, 60);
  std::bernoulli_distribution has_hyphen(0.3);
  for (int paragraph = 0; paragraph < 300; ++paragraph) {
    std::vector<BreakItem> items;
    const int word_count = 1 + paragraph % 60;
    for (int word = 0; word < word_count; ++word) {
      if (word > 0) items.push_back(space());
      if (has_hyphen(random)) {
        add_hyphenated_word(items, word_width(random) / 2, word_width(random) / 2);
      } else {
        items.push_back(BreakItem::box(word_width(random)));
      }
    }
    BreakParameters parameters;
    parameters.line_width = measure(random);
    parameters.ragged = paragraph % 3 == 0;
    for (const BreakResult& result :
         {break_lines(items, parameters), break_lines_greedy(items, parameters)}) {
      expect_all_boxes_in_order(items, result);
      for (const BrokenLine& line : result.lines) {
        EXPECT_FALSE(line.overfull);
        EXPECT_LE(set_width(items, line), parameters.line_width + 1e-6)
            << "paragraph " << paragraph;
      }
    }
  }
}

}  // namespace
}  // namespace typeset
