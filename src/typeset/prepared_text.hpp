// What setting a paragraph learns from its text alone, whatever its size and
// measure: the French spacing, each character's face (with fallback) and
// advance in ems, the words and the separators between them, and the break
// points inside words (hyphenation, URLs, existing hyphens, slashes). A
// flyer tried at several sizes, or the brochure laid out again for its
// cross-references, prepares each paragraph once (paragraph_cache.hpp).
#pragma once

#include <cstdint>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/fonts.hpp"

namespace typeset {

enum class BreakKind : std::uint8_t {
  none,
  hyphenation,
  explicit_hyphen,
  slash,  // between two words: nothing added, and not a hyphen for the breaker
  url,
  emergency  // set per measure, in words wider than it
};

// One character, resolved to its face. Kept for every character of every
// paragraph in the cache: the members are ordered so that it takes 24 bytes,
// not 32.
struct PreparedGlyph {
  char32_t code_point = 0;
  int run = 0;  // the InlineRun it comes from
  FaceId face = -1;
  bool keep_with_next = false;
  BreakKind break_after = BreakKind::none;
  // Pair kerning with the next glyph of the same word, run and face, in
  // 1/10 000 em (already in the glyph's width when measured; see
  // InlinePiece::kern_after). Two bytes: the glyph stays 24 bytes.
  std::int16_t kern = 0;
  double advance_em = 0;  // width at a size of 1 point (before superscript scaling)
  double kern_em() const { return kern / kKernUnitsPerEm; }
  static constexpr double kKernUnitsPerEm = 10000;
};
static_assert(sizeof(PreparedGlyph) <= 24);

enum class SeparatorKind : std::uint8_t { space, tie, narrow, forced };

// A word (glyphs [begin, end)) followed by the separator at `separator_glyph`.
struct PreparedWord {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool has_separator = false;
  SeparatorKind separator = SeparatorKind::space;
  std::size_t separator_glyph = 0;
  // Its hyphenation points are used only if it is wider than the measure
  // (the paragraph's last word: a fragment alone on the last line reads badly).
  bool keep_whole = false;
};

struct PreparedText {
  std::vector<PreparedGlyph> glyphs;
  std::vector<PreparedWord> words;
  // Problems found in the text (a character no face has): reported again
  // each time the paragraph is set, as a fresh preparation would.
  std::vector<base::Diagnostic> problems;
};

}  // namespace typeset
