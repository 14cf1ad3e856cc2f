// From styled runs to what the line breaker sees: the text is French-spaced,
// each character gets its face (with per-character fallback) and width, and
// words become boxes with break opportunities between them — spaces, existing
// hyphens, slashes between two words (tuteur/tutrice, nothing added),
// hyphenation points, URL breaks after / . -, and emergency breaks in a word
// wider than the measure.
//
// Kerning: the faces' GPOS pair adjustments between the glyphs of a word
// (truetype_kerning.hpp), applied by placing glyph runs.
//
// Widths: a space is the face's own space; U+00A0 is a space that does not
// break (it stretches like one); U+202F is 1/8 em, the traditional French
// "espace fine", and neither breaks nor stretches. Neither is ever drawn.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "typeset/linebreak.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

inline constexpr double kNarrowSpaceEm = 0.125;
inline constexpr double kSuperscriptScale = 0.65;
inline constexpr double kSuperscriptRiseEm = 0.35;  // of the paragraph's size

// What one breaker item stands for when the line is placed.
struct InlinePiece {
  enum class Kind : std::uint8_t {
    text,          // box: `text` drawn in `face`
    space,         // glue: an ordinary space of `face` (may join a glyph run)
    gap,           // glue or box: a no-break space, an indent, a fill: nothing drawn
    hyphen_break,  // penalty: a hyphen in `face` is drawn if the line ends here
    plain_break,   // penalty: a break that draws nothing (URL, existing hyphen, tie)
    forced_break,  // penalty: a <br/>
  };
  Kind kind = Kind::gap;
  std::string text;  // UTF-8, for text
  FaceId face = -1;
  double size = 0;
  double rise = 0;  // baseline shift upwards (superscripts), points
  Color color;
  int run = -1;  // index of the InlineRun it comes from; -1 for none
  // text: the pair kerning after its last glyph, points (negative: the next
  // piece is drawn that much closer). The box's width includes it; the glyph
  // run does not, so the next piece starts a run of its own.
  double kern_after = 0;
};

struct InlineContent {
  std::vector<BreakItem> items;
  std::vector<InlinePiece> pieces;  // pieces[i] describes items[i]
};

// Reports characters no face covers and words wider than `width` to
// `context.diagnostics` (if any), at their run's position.
InlineContent build_inline_content(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                                   double width, const TextContext& context);

}  // namespace typeset
