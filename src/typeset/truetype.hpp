// Reading a TrueType file into a FontFace: the table directory, then `head`,
// `maxp`, `hhea`, `hmtx`, `cmap`, `OS/2`, `name` and the pair kerning of
// `GPOS`. No FreeType: the layout only needs metrics, coverage and kerning,
// and libharu draws the outlines.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "typeset/fonts.hpp"

namespace typeset {

class TrueTypeParser {
 public:
  // Fills `face` (all but its path) from the bytes of a .ttf file. On failure
  // returns false and sets `reason` to a plain-French explanation, without the
  // file name (the caller adds it).
  static bool parse(std::span<const std::uint8_t> file, FontFace& face, std::string& reason);
};

}  // namespace typeset
