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
#include "catalogue/limits.hpp"
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
// paragraph in the cache (paragraph_cache.hpp), 16 bytes each: at 1 000
// sessions the cache holds some 3 million of them. The advance is kept in
// the face's own units, so that the width in em is the quotient the face
// itself computes (FontFace::advance), not a rounded copy.
struct PreparedGlyph {
  char32_t code_point = 0;
  std::uint32_t run = 0;   // the InlineRun it comes from
  std::int16_t face = -1;  // a FaceId (FontLibrary::kMaxFaces)
  // Pair kerning with the next glyph of the same word, run and face, in
  // 1/10 000 em (already in the glyph's width when measured; see
  // InlinePiece::kern_after).
  std::int16_t kern = 0;
  std::uint16_t advance_units = 0;  // hmtx advance, font units (FontFace::advance_units)
  bool keep_with_next = false;
  BreakKind break_after = BreakKind::none;

  double kern_em() const { return kern / kKernUnitsPerEm; }
  // Width at a size of 1 point (before superscript scaling): a narrow
  // no-break space is a fixed fraction of an em, whatever the face.
  double advance_em(const FontLibrary& fonts) const;
  static constexpr double kKernUnitsPerEm = 10000;
};
static_assert(sizeof(PreparedGlyph) <= 16);
static_assert(FontLibrary::kMaxFaces <= INT16_MAX);

enum class SeparatorKind : std::uint8_t { space, tie, narrow, forced };

// A word (glyphs [begin, end)) followed by the separator at `separator_glyph`.
// Indices of 32 bits: a paragraph holds fewer characters than the largest
// catalogue accepted has bytes (catalogue::kMostMegabytes). 16 bytes a word.
struct PreparedWord {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t separator_glyph = 0;
  bool has_separator = false;
  SeparatorKind separator = SeparatorKind::space;
  // Its hyphenation points are used only if it is wider than the measure
  // (the paragraph's last word: a fragment alone on the last line reads badly).
  bool keep_whole = false;
};
static_assert(sizeof(PreparedWord) <= 16);
static_assert(catalogue::kMostMegabytes << 20 <= UINT32_MAX);

struct PreparedText {
  std::vector<PreparedGlyph> glyphs;
  std::vector<PreparedWord> words;
  // Problems found in the text (a character no face has): reported again
  // each time the paragraph is set, as a fresh preparation would.
  std::vector<base::Diagnostic> problems;
};

}  // namespace typeset
