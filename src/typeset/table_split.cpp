#include <cassert>

#include "typeset/table.hpp"

namespace typeset {

namespace {

constexpr double kTolerance = 0.01;  // points: rounding, not room

int lines_in(const std::vector<Strip>& strips, std::size_t begin, std::size_t end) {
  int lines = 0;
  for (std::size_t i = begin; i < end; ++i) lines += strips[i].text_lines;
  return lines;
}

// How many of `strips` go before the cut: all of them if they fit, else the
// largest legal count whose height fits, 0 if none.
std::size_t cell_cut(const std::vector<Strip>& strips, double available, SplitRule rule,
                     int min_lines) {
  const std::size_t count = strips.size();
  if (stacked_height(strips, 0, count) <= available + kTolerance) return count;
  auto legal = [&](std::size_t k) {
    if (rule == SplitRule::any_line) return true;
    if (!strips[k].break_before) return false;
    return rule == SplitRule::relaxed ||
           (lines_in(strips, 0, k) >= min_lines && lines_in(strips, k, count) >= min_lines);
  };
  std::size_t best = 0;
  for (std::size_t k = 1; k < count; ++k) {
    if (stacked_height(strips, 0, k) > available + kTolerance) break;
    if (legal(k)) best = k;
  }
  if (best > 1 && strips[best].splits_word && rule != SplitRule::any_line && legal(best - 1)) {
    --best;  // one line less before the cut rather than a word cut across pages
  }
  // A row taller than a page: at least one strip goes, even if it is too tall.
  if (best == 0 && rule == SplitRule::any_line && count > 1) best = 1;
  return best;
}

}  // namespace

std::optional<RowSplit> split_row(const RowLayout& row, double available, SplitRule rule) {
  const double content_available = available - row.style->padding.top - row.style->padding.bottom;
  std::vector<std::size_t> cuts;
  bool carries_over = false;
  for (const CellLayout& cell : row.cells) {
    std::size_t cut = cell_cut(cell.strips, content_available, rule, row.style->min_lines);
    if (cut == 0 && !cell.strips.empty()) return std::nullopt;  // this cell cannot start here
    carries_over = carries_over || cut < cell.strips.size();
    cuts.push_back(cut);
  }
  if (!carries_over) return std::nullopt;  // nothing to split (the row fits or cannot move)

  RowSplit split{row, row};
  split.rest.continuation = true;
  split.first.content_strips = 0;
  split.rest.content_strips = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const std::vector<Strip>& strips = row.cells[c].strips;
    const auto cut = static_cast<std::ptrdiff_t>(cuts[c]);
    split.first.cells[c].strips.assign(strips.begin(), strips.begin() + cut);
    split.rest.cells[c].strips.assign(strips.begin() + cut, strips.end());
    if (!split.rest.cells[c].strips.empty()) {
      split.rest.cells[c].strips.front().space_before = 0;
    } else if (static_cast<int>(c) == row.style->label_column) {
      split.rest.cells[c].strips = row.continuation_label;  // "Objectifs (suite)"
      split.rest.label_repeated = true;
    }
    split.first.content_strips += static_cast<int>(cuts[c]);
    split.rest.content_strips += static_cast<int>(strips.size() - cuts[c]);
  }
  // Progress: something of the content was placed, so the rest is smaller.
  assert(split.rest.content_strips < row.content_strips);
  return split;
}

}  // namespace typeset
