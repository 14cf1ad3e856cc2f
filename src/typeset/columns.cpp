#include "typeset/columns.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace typeset {

namespace {

constexpr double kTolerance = 0.01;  // points: rounding, not room
constexpr double kBalanceStep = 0.05;
constexpr double kNarrowest = 12;  // points: below that, a template mistake

// The strips [begin, end) poured into at most `count` columns of `height`:
// where each column starts, and where the pouring stopped (end when every
// strip went in).
struct Pouring {
  std::vector<std::size_t> starts;
  std::size_t stop = 0;
  double tallest = 0;
};

Pouring pour(const std::vector<Strip>& strips, std::size_t begin, std::size_t end, int count,
             double height, ColumnBreaks breaks) {
  Pouring pouring;
  pouring.stop = begin;
  std::size_t at = begin;
  for (int column = 0; column < count && at < end; ++column) {
    // The furthest break that keeps this column within `height`.
    std::size_t cut = at;
    double cut_height = 0;
    double stacked = 0;
    for (std::size_t j = at; j < end; ++j) {
      stacked += (j > at ? strips[j].space_before : 0) + strips[j].height;
      if (stacked > height + kTolerance) break;
      const bool legal =
          j + 1 == end || breaks == ColumnBreaks::any_strip || strips[j + 1].break_before;
      if (legal) {
        cut = j + 1;
        cut_height = stacked;
      }
    }
    if (cut == at && breaks == ColumnBreaks::any_strip) {  // taller than the column: alone
      cut = at + 1;
      cut_height = strips[at].height;
    }
    if (cut == at) break;
    pouring.starts.push_back(at);
    pouring.tallest = std::max(pouring.tallest, cut_height);
    at = cut;
  }
  pouring.stop = at;
  return pouring;
}

// The shortest height at which the strips [begin, end) go into the columns.
Pouring balance(const std::vector<Strip>& strips, std::size_t begin, std::size_t end, int count) {
  const double total = stacked_height(strips, begin, end);
  Pouring best = pour(strips, begin, end, 1, total, ColumnBreaks::legal);
  double low = total / std::max(1, count);
  double high = total;
  while (high - low > kBalanceStep) {
    const double middle = (low + high) / 2;
    Pouring trial = pour(strips, begin, end, count, middle, ColumnBreaks::legal);
    if (trial.stop == end) {
      best = std::move(trial);
      high = std::min(middle, best.tallest);
    } else {
      low = middle;
    }
  }
  return best;
}

// `strip` carrying a part of a set: its height and lines are the part's.
// (The marks, outlines and anchors of the content stay in its strips.)
Strip set_strip(Strip strip, std::shared_ptr<const ColumnSetLayout> set) {
  strip.height = set->height;
  strip.text_lines = 0;
  for (std::size_t i = set->begin; i < set->end; ++i) {
    strip.text_lines += (*set->content)[i].text_lines;
  }
  strip.columns = std::move(set);
  return strip;
}

std::shared_ptr<ColumnSetLayout> part(const ColumnSetLayout& whole, std::size_t begin,
                                      std::size_t end, Pouring pouring) {
  auto set = std::make_shared<ColumnSetLayout>();
  set->style = whole.style;
  set->width = whole.width;
  set->content = whole.content;
  set->begin = begin;
  set->end = end;
  set->starts = std::move(pouring.starts);
  set->height = pouring.tallest;
  return set;
}

}  // namespace

double ColumnSetLayout::column_x(std::size_t column) const {
  return static_cast<double>(column) * (style.column_width(width) + style.gap);
}

std::size_t ColumnSetLayout::column_end(std::size_t column) const {
  return column + 1 < starts.size() ? starts[column + 1] : end;
}

std::vector<Strip> columns_strips(const ColumnsBlock& block, double width,
                                  const std::string& default_style, LayoutContext& context) {
  ColumnSetLayout whole;
  if (const ColumnsStyle* style = context.tmpl->columns_style(block.style)) {
    whole.style = *style;
  } else {
    context.report(fmt::format("style de colonnes inconnu « {} »", block.style));
  }
  whole.width = width;
  double column_width = whole.style.column_width(width);
  if (column_width < kNarrowest) {
    context.report(fmt::format("les colonnes du style « {} » sont trop étroites ({:.1f} pt)",
                               block.style, column_width));
    column_width = kNarrowest;
  }
  auto content = std::make_shared<std::vector<Strip>>();
  layout_blocks(block.blocks, column_width, default_style, context, *content);
  if (content->empty()) return {};
  const bool breaks_page = std::any_of(content->begin(), content->end(),
                                       [](const Strip& strip) { return strip.page_break_before; });
  if (breaks_page) context.report("un saut de page dans des colonnes n'est pas pris en charge");
  whole.content = content;
  whole.end = content->size();
  Pouring balanced = balance(*content, 0, content->size(), std::max(1, whole.style.count));
  return {set_strip(Strip{}, part(whole, 0, content->size(), std::move(balanced)))};
}

std::optional<ColumnsSplit> split_columns(const Strip& strip, double available,
                                          ColumnBreaks breaks) {
  if (!strip.columns) return std::nullopt;
  const ColumnSetLayout& set = *strip.columns;
  const std::vector<Strip>& content = *set.content;
  const int count = std::max(1, set.style.count);
  Pouring first = pour(content, set.begin, set.end, count, available, breaks);
  if (first.starts.empty()) return std::nullopt;
  const std::size_t cut = first.stop;
  ColumnsSplit split;
  // The block's own anchor, outline and mark stay with its first part.
  split.first = set_strip(strip, part(set, set.begin, cut, std::move(first)));
  if (cut < set.end) {
    Strip rest;
    rest.row_x = strip.row_x;
    rest.break_before = true;
    split.rest =
        set_strip(std::move(rest), part(set, cut, set.end, balance(content, cut, set.end, count)));
  }
  return split;
}

std::vector<PlacedStrip> placed_column_strips(const ColumnSetLayout& set, double x, double y) {
  std::vector<PlacedStrip> placed;
  for (std::size_t column = 0; column < set.starts.size(); ++column) {
    double top = y;
    for (std::size_t i = set.starts[column]; i < set.column_end(column); ++i) {
      const Strip& strip = (*set.content)[i];
      if (i > set.starts[column]) top += strip.space_before;
      placed.push_back({strip, top, x + set.column_x(column), false});
      top += strip.height;
    }
  }
  return placed;
}

BoxList column_rules(const ColumnSetLayout& set) {
  BoxList boxes;
  if (!set.style.rule.visible()) return boxes;
  for (std::size_t column = 1; column < set.starts.size(); ++column) {
    const double x = set.column_x(column) - set.style.gap / 2;
    boxes.rules.push_back({{x, 0}, {x, set.height}, set.style.rule.width, set.style.rule.color});
  }
  return boxes;
}

}  // namespace typeset
