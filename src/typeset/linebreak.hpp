// Total-fit line breaking (Knuth & Plass, "Breaking paragraphs into lines",
// 1981) over abstract boxes, glue and penalties. Knows nothing of fonts: the
// caller measures, this chooses where lines end.
//
// Passes, as TeX, then a few of our own:
//   1. without hyphenation, at `pretolerance` (most paragraphs stop here, so
//      words are cut only when the paragraph needs it);
//   2. with hyphenation, at `tolerance`;
//   3. emergency: any line is acceptable, but badness is no longer capped at
//      10000, so very loose lines still compare (and the worst is avoided);
//      `emergency_stretch` is added to every line so that a line with no
//      glue at all (one long word) is not infinitely bad;
//   4. as 3 but allowing two hyphenated lines in a row (heavily charged) and,
//      if nothing else fits, an overfull line rather than no answer;
//   5. greedy first fit, which cannot fail and never loses an item.
// Two flagged (hyphenated) lines in a row are forbidden in passes 1–3, except
// around a line that holds only a piece of one word (a word wider than the
// measure cannot be cut otherwise).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace typeset {

inline constexpr double kInfinitePenalty = 10000;          // at or above: never break here
inline constexpr double kForcedBreak = -kInfinitePenalty;  // at or below: always break here
inline constexpr double kInfiniteBadness = 10000;

enum class ItemType : std::uint8_t { box, glue, penalty };

struct BreakItem {
  ItemType type = ItemType::box;
  double width = 0;  // box/glue: natural width; penalty: width added if the line ends here
  double stretch = 0;
  double shrink = 0;
  bool fills = false;        // glue: infinitely stretchable (ends a line set ragged by force)
  double penalty = 0;        // penalty: cost of breaking here
  bool flagged = false;      // penalty: the line ends with a hyphen
  bool hyphenation = false;  // penalty: an added hyphen, offered from pass 2 on

  static BreakItem box(double width) { return {ItemType::box, width}; }
  static BreakItem glue(double width, double stretch, double shrink) {
    return {ItemType::glue, width, stretch, shrink};
  }
  static BreakItem fill_glue() {
    BreakItem item{ItemType::glue};
    item.fills = true;
    return item;
  }
  static BreakItem penalty_item(double cost, double width = 0, bool flagged = false) {
    BreakItem item{ItemType::penalty, width};
    item.penalty = cost;
    item.flagged = flagged;
    return item;
  }
  static BreakItem hyphen(double cost, double hyphen_width) {
    BreakItem item = penalty_item(cost, hyphen_width, true);
    item.hyphenation = true;
    return item;
  }
};

struct BreakParameters {
  double line_width = 0;
  // Ragged (left, right, centred): spaces keep their natural width and each
  // line gets `ragged_stretch` of virtual stretch at its end, so total fit
  // balances the ragged edge instead of filling lines greedily.
  bool ragged = false;
  double ragged_stretch = 30;
  double pretolerance = 100;  // negative: skip the pass without hyphenation
  double tolerance = 200;
  double emergency_stretch = 20;
  double line_penalty = 10;
  double fitness_demerits = 10000;        // adjacent lines of very different tightness
  double double_hyphen_demerits = 30000;  // only where consecutive hyphens are allowed (pass 4)
  double final_hyphen_demerits = 5000;    // the next-to-last line ends with a hyphen
  double runt_demerits = 8000;            // the last line holds a single word
};

// One chosen line: items [begin, end) are its content (glue and penalties
// after the previous break already dropped); `break_index` is the item it
// ends at (== items.size() for the end of the paragraph).
struct BrokenLine {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t break_index = 0;
  // Glue setting: >0 stretch by ratio × stretch, <0 shrink by -ratio × shrink.
  // 0 for ragged lines, for the last line when it is short, and where `fills`.
  double ratio = 0;
  bool hyphenated = false;  // ends at a flagged penalty
  bool overfull = false;    // wider than the measure even fully shrunk
};

enum class BreakPass : std::uint8_t {
  without_hyphenation,
  with_hyphenation,
  emergency,
  relaxed,
  greedy
};

struct BreakResult {
  std::vector<BrokenLine> lines;
  BreakPass pass = BreakPass::without_hyphenation;
  double demerits = 0;  // total; 0 for the greedy pass
};

// Breaks `items` into lines. The paragraph end needs no marker: a finishing
// infinitely stretchable glue and a forced break are implied.
BreakResult break_lines(std::span<const BreakItem> items, const BreakParameters& parameters);

// First fit: each line takes as much as fits at natural width (shrinking if
// that is the only way). Exposed for the fallback and for tests.
BreakResult break_lines_greedy(std::span<const BreakItem> items, const BreakParameters& parameters);

}  // namespace typeset
