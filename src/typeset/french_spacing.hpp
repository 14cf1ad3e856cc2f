// French typographic spacing, applied to every paragraph at layout so that
// authors need not type invisible characters nor typographic quotes:
//   - ' after a letter becomes ’ (l’équipe, aujourd’hui), and straight double
//     quotes that pair up within the paragraph become « » — never in URLs;
//   - U+202F (narrow no-break space) before ; ! ? and inside « », replacing an
//     ordinary space there or inserted when missing;
//   - U+00A0 (no-break space) before : — but not in URLs ("https:") nor in
//     times (9:30);
//   - ties, where a line break would split what is read as one thing: inside
//     tokens with digits (9h30-16h30, 24-09-2026, 0-12), in "6 à 15", "n° 3",
//     "0-12 ans", "15 €", "mar. 29/09" (a weekday abbreviation before a
//     digit) and "4 mar." (a count before one); between two dates or ranges
//     only before the joiner ("29/09 et" | "24/11/2026"); thousands get a
//     narrow space (1 200 → 1 200).
// No-break spaces are gaps the layout positions, never glyphs it draws (many
// fonts have none); see inline_items.hpp for their widths.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace typeset {

inline constexpr char32_t kNoBreakSpace = U'\u00A0';
inline constexpr char32_t kNarrowNoBreakSpace = U'\u202F';
// Stands for a forced line break in the character stream (InlineRun::line_break).
inline constexpr char32_t kLineSeparator = U'\u2028';

struct SpacedCharacter {
  char32_t code_point = 0;
  int tag =
      0;  // the caller's (the index of the run it came from); inserted spaces take a neighbour's
  bool keep_with_next = false;  // no line break between this character and the next
  friend bool operator==(const SpacedCharacter&, const SpacedCharacter&) = default;
};

std::vector<SpacedCharacter> apply_french_spacing(const std::vector<SpacedCharacter>& text);

// The same on plain UTF-8, for tests and callers without runs: ties are not
// visible in the result, only the inserted or replaced spaces.
std::string apply_french_spacing(std::string_view text);

// Separates tokens: ordinary, no-break and thin spaces, and forced breaks.
bool is_space_like(char32_t code_point);

}  // namespace typeset
