#include "typeset/linebreak.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace typeset {

namespace {

constexpr std::size_t kNoBreak = std::numeric_limits<std::size_t>::max();

// TeX's fitness classes: lines of very different tightness side by side look bad.
enum Fitness : int { tight = 0, decent = 1, loose = 2, very_loose = 3 };
constexpr int kFitnessCount = 4;

struct PassSettings {
  BreakPass pass;
  double tolerance;
  bool allow_hyphenation;
  bool allow_consecutive_flagged;
  double extra_stretch;
  bool rescue_overfull;  // keep going with an overfull line rather than fail
  // Emergency passes accept any line but keep comparing them: badness is not
  // capped at 10000, so the optimum spreads looseness instead of piling it up.
  double badness_cap;
};

// The paragraph with its implied end: finishing fill glue and a forced break,
// plus running totals so that any line's width is two subtractions.
class Paragraph {
 public:
  explicit Paragraph(std::span<const BreakItem> items) : original_size_(items.size()) {
    items_.assign(items.begin(), items.end());
    items_.push_back(BreakItem::fill_glue());
    items_.push_back(BreakItem::penalty_item(kForcedBreak));
    const std::size_t n = items_.size();
    width_.assign(n + 1, 0);
    stretch_.assign(n + 1, 0);
    shrink_.assign(n + 1, 0);
    fills_.assign(n + 1, 0);
    glues_.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
      const BreakItem& item = items_[i];
      const bool counts = item.type != ItemType::penalty;
      width_[i + 1] = width_[i] + (counts ? item.width : 0);
      stretch_[i + 1] = stretch_[i] + (item.type == ItemType::glue ? item.stretch : 0);
      shrink_[i + 1] = shrink_[i] + (item.type == ItemType::glue ? item.shrink : 0);
      fills_[i + 1] = fills_[i] + (item.type == ItemType::glue && item.fills ? 1 : 0);
      const bool word_space = item.type == ItemType::glue && !item.fills && i < original_size_;
      glues_[i + 1] = glues_[i] + (word_space ? 1 : 0);
    }
  }

  std::size_t size() const { return items_.size(); }
  std::size_t original_size() const { return original_size_; }
  std::size_t final_break() const { return items_.size() - 1; }
  const BreakItem& operator[](std::size_t i) const { return items_[i]; }

  bool is_forced(std::size_t i) const {
    return items_[i].type == ItemType::penalty && items_[i].penalty <= kForcedBreak;
  }

  bool is_legal_break(std::size_t i, bool allow_hyphenation) const {
    const BreakItem& item = items_[i];
    if (item.type == ItemType::penalty) {
      return item.penalty < kInfinitePenalty && (allow_hyphenation || !item.hyphenation);
    }
    // Fill glue only ever precedes a forced break: breaking before it would
    // leave an empty line.
    return item.type == ItemType::glue && !item.fills && i > 0 &&
           items_[i - 1].type == ItemType::box;
  }

  // Where the line after a break at `b` starts: glue and penalties after a
  // break vanish, up to the next box or forced break.
  std::size_t start_after(std::size_t b) const {
    std::size_t j = (b == kNoBreak) ? 0 : b + 1;
    while (j < items_.size() && items_[j].type != ItemType::box && !is_forced(j)) ++j;
    return std::min(j, final_break());
  }

  struct LineMeasure {
    double width = 0;
    double stretch = 0;
    double shrink = 0;
    bool fills = false;
    bool empty = false;
    bool single_word = false;
  };

  LineMeasure measure(std::size_t start, std::size_t b) const {
    LineMeasure m;
    m.width = width_[b] - width_[start];
    if (items_[b].type == ItemType::penalty) m.width += items_[b].width;
    m.stretch = stretch_[b] - stretch_[start];
    m.shrink = shrink_[b] - shrink_[start];
    m.fills = fills_[b] > fills_[start];
    m.empty = start >= b;
    const std::size_t content_end = std::min(b, original_size_);
    m.single_word = start < content_end && glues_[content_end] == glues_[start];
    return m;
  }

 private:
  std::size_t original_size_;
  std::vector<BreakItem> items_;
  std::vector<double> width_, stretch_, shrink_;
  std::vector<int> fills_, glues_;
};

constexpr double kUncappedBadness = 1e9;  // large, but its square still adds up in a double

double badness(double shortfall, double available, double cap) {
  if (shortfall <= 0) return 0;
  if (available <= 0) return cap;
  const double ratio = shortfall / available;
  return std::min(cap, 100 * ratio * ratio * ratio);
}

struct Fit {
  double badness = 0;
  double ratio = 0;  // glue setting for placement
  bool overfull = false;
  Fitness fitness = decent;
};

Fit fit_line(const Paragraph::LineMeasure& m, const BreakParameters& parameters,
             double extra_stretch, double badness_cap = kInfiniteBadness) {
  Fit fit;
  const double shortfall = parameters.line_width - m.width;
  if (shortfall >= 0) {
    if (m.fills || m.empty) {
      fit.badness = 0;
    } else if (parameters.ragged) {
      fit.badness = badness(shortfall, parameters.ragged_stretch + extra_stretch, badness_cap);
    } else {
      fit.badness = badness(shortfall, m.stretch + extra_stretch, badness_cap);
      fit.ratio = m.stretch > 0 ? shortfall / m.stretch : 0;
    }
    fit.fitness = fit.badness > 99 ? very_loose : fit.badness > 12 ? loose : decent;
    return fit;
  }
  const double shrink = parameters.ragged ? 0 : m.shrink;
  if (-shortfall > shrink + 1e-9) {
    fit.overfull = true;
    fit.badness = kInfiniteBadness;
    fit.ratio = shrink > 0 ? -1 : 0;
    fit.fitness = tight;
    return fit;
  }
  fit.badness = badness(-shortfall, shrink, badness_cap);
  fit.ratio = shrink > 0 ? shortfall / shrink : 0;
  fit.fitness = fit.badness > 12 ? tight : decent;
  return fit;
}

struct Node {
  std::size_t position = kNoBreak;  // item index of the break; kNoBreak: paragraph start
  std::size_t start = 0;            // first item of the line after this break
  Fitness fitness = decent;
  bool flagged = false;
  double demerits = 0;
  int previous = -1;  // index in the node pool
};

bool is_better_rescue(const Node& candidate, const Node& incumbent) {
  if (candidate.start != incumbent.start) return candidate.start > incumbent.start;
  return candidate.demerits < incumbent.demerits;
}

BrokenLine make_line(const Paragraph& paragraph, std::size_t start, std::size_t b,
                     const BreakParameters& parameters) {
  const Fit fit = fit_line(paragraph.measure(start, b), parameters, 0);
  BrokenLine line;
  const std::size_t original = paragraph.original_size();
  line.end = std::min(b, original);
  line.begin = std::min(start, line.end);
  line.break_index = b >= original ? original : b;
  line.ratio = fit.ratio;
  line.overfull = fit.overfull;
  line.hyphenated = paragraph[b].type == ItemType::penalty && paragraph[b].flagged;
  return line;
}

std::optional<BreakResult> total_fit(const Paragraph& paragraph, const BreakParameters& parameters,
                                     const PassSettings& pass) {
  std::vector<Node> pool;
  pool.push_back(Node{kNoBreak, 0, decent, false, 0, -1});
  std::vector<int> active{0};

  for (std::size_t b = 0; b < paragraph.size(); ++b) {
    if (!paragraph.is_legal_break(b, pass.allow_hyphenation)) continue;
    const BreakItem& item = paragraph[b];
    const bool forced = paragraph.is_forced(b);
    const bool is_final = b == paragraph.final_break();
    const bool flagged = item.type == ItemType::penalty && item.flagged;

    double best[kFitnessCount];
    int best_previous[kFitnessCount];
    std::fill(std::begin(best), std::end(best), std::numeric_limits<double>::infinity());
    std::fill(std::begin(best_previous), std::end(best_previous), -1);
    std::vector<int> still_active;
    int best_deactivated = -1;

    for (int a : active) {
      const Node& node = pool[static_cast<std::size_t>(a)];
      if (b < node.start) {  // nothing to set between these two breaks yet
        still_active.push_back(a);
        continue;
      }
      const Paragraph::LineMeasure m = paragraph.measure(node.start, b);
      const Fit fit = fit_line(m, parameters, pass.extra_stretch, pass.badness_cap);
      if (fit.overfull) {
        // Later breaks only make the line wider: this node is done. Should
        // nothing else be left, the latest one makes the least overfull line.
        if (best_deactivated < 0 ||
            is_better_rescue(node, pool[static_cast<std::size_t>(best_deactivated)])) {
          best_deactivated = a;
        }
        continue;
      }
      if (!forced) still_active.push_back(a);
      if (fit.badness > pass.tolerance) continue;
      // A line that is only a piece of one word wider than the measure must
      // end with a hyphen when it starts after one: that is the word's cut.
      const bool inside_one_word = m.single_word;
      if (flagged && node.flagged && !pass.allow_consecutive_flagged && !inside_one_word) {
        continue;
      }

      double demerits = parameters.line_penalty + fit.badness;
      demerits *= demerits;
      if (item.type == ItemType::penalty && !forced) {
        demerits += item.penalty >= 0 ? item.penalty * item.penalty : -item.penalty * item.penalty;
      }
      if (flagged && node.flagged && !inside_one_word) {
        demerits += parameters.double_hyphen_demerits;
      }
      if (std::abs(fit.fitness - node.fitness) > 1) demerits += parameters.fitness_demerits;
      if (is_final && node.flagged) demerits += parameters.final_hyphen_demerits;
      if (is_final && node.position != kNoBreak && m.single_word) {
        demerits += parameters.runt_demerits;
      }
      demerits += node.demerits;
      if (demerits < best[fit.fitness]) {
        best[fit.fitness] = demerits;
        best_previous[fit.fitness] = a;
      }
    }

    const bool found = std::any_of(std::begin(best_previous), std::end(best_previous),
                                   [](int p) { return p >= 0; });
    if (!found && still_active.empty()) {
      if (!pass.rescue_overfull || best_deactivated < 0) return std::nullopt;
      // Last resort, as TeX's final pass: an overfull line beats no paragraph.
      const Node& node = pool[static_cast<std::size_t>(best_deactivated)];
      best[tight] = node.demerits + pass.badness_cap * pass.badness_cap;
      best_previous[tight] = best_deactivated;
    }

    const double minimum = *std::min_element(std::begin(best), std::end(best));
    for (int f = 0; f < kFitnessCount; ++f) {
      if (best_previous[f] < 0 || best[f] > minimum + parameters.fitness_demerits) continue;
      pool.push_back(Node{b, paragraph.start_after(b), static_cast<Fitness>(f), flagged, best[f],
                          best_previous[f]});
      still_active.push_back(static_cast<int>(pool.size() - 1));
    }
    active = std::move(still_active);
    if (active.empty()) return std::nullopt;
  }

  // After the final forced break only nodes at the end remain.
  int best_end = -1;
  for (int a : active) {
    const Node& node = pool[static_cast<std::size_t>(a)];
    if (node.position != paragraph.final_break()) continue;
    if (best_end < 0 || node.demerits < pool[static_cast<std::size_t>(best_end)].demerits) {
      best_end = a;
    }
  }
  if (best_end < 0) return std::nullopt;

  BreakResult result;
  result.pass = pass.pass;
  result.demerits = pool[static_cast<std::size_t>(best_end)].demerits;
  for (int n = best_end; pool[static_cast<std::size_t>(n)].previous >= 0;
       n = pool[static_cast<std::size_t>(n)].previous) {
    const Node& node = pool[static_cast<std::size_t>(n)];
    const Node& previous = pool[static_cast<std::size_t>(node.previous)];
    result.lines.push_back(make_line(paragraph, previous.start, node.position, parameters));
  }
  std::reverse(result.lines.begin(), result.lines.end());
  return result;
}

BreakResult greedy(const Paragraph& paragraph, const BreakParameters& parameters) {
  BreakResult result;
  result.pass = BreakPass::greedy;
  std::size_t start = paragraph.start_after(kNoBreak);
  std::size_t last_fitting = kNoBreak;
  std::size_t b = start;
  while (b < paragraph.size()) {
    if (!paragraph.is_legal_break(b, true)) {
      ++b;
      continue;
    }
    const Fit fit = fit_line(paragraph.measure(start, b), parameters, 0);
    std::size_t chosen = kNoBreak;
    if (fit.overfull) {
      // Break before this point if anything fitted, else accept an overfull line.
      chosen = last_fitting != kNoBreak ? last_fitting : b;
    } else if (paragraph.is_forced(b)) {
      chosen = b;
    } else {
      last_fitting = b;
    }
    if (chosen != kNoBreak) {
      result.lines.push_back(make_line(paragraph, start, chosen, parameters));
      if (chosen == paragraph.final_break()) break;
      start = paragraph.start_after(chosen);
      last_fitting = kNoBreak;
      b = std::max(start, chosen + 1);
      continue;
    }
    ++b;
  }
  return result;
}

bool has_box(std::span<const BreakItem> items) {
  return std::any_of(items.begin(), items.end(),
                     [](const BreakItem& item) { return item.type == ItemType::box; });
}

}  // namespace

BreakResult break_lines(std::span<const BreakItem> items, const BreakParameters& parameters) {
  if (!has_box(items)) return {};
  const Paragraph paragraph(items);
  const PassSettings passes[] = {
      {BreakPass::without_hyphenation, parameters.pretolerance, false, false, 0, false,
       kInfiniteBadness},
      {BreakPass::with_hyphenation, parameters.tolerance, true, false, 0, false, kInfiniteBadness},
      {BreakPass::emergency, kUncappedBadness, true, false, parameters.emergency_stretch, false,
       kUncappedBadness},
      {BreakPass::relaxed, kUncappedBadness, true, true, parameters.emergency_stretch, true,
       kUncappedBadness},
  };
  for (const PassSettings& pass : passes) {
    if (pass.pass == BreakPass::without_hyphenation && parameters.pretolerance < 0) continue;
    if (std::optional<BreakResult> result = total_fit(paragraph, parameters, pass)) {
      return *std::move(result);
    }
  }
  return greedy(paragraph, parameters);
}

BreakResult break_lines_greedy(std::span<const BreakItem> items,
                               const BreakParameters& parameters) {
  if (!has_box(items)) return {};
  return greedy(Paragraph(items), parameters);
}

}  // namespace typeset
