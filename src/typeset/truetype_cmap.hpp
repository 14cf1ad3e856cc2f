// The `cmap` table: which glyph draws which Unicode code point.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "typeset/truetype_reader.hpp"

namespace typeset {

using CharacterMap = std::vector<std::pair<char32_t, std::uint16_t>>;  // code point → glyph

// Reads the best Unicode subtable (format 12 for the full range, else format 4
// for the Basic Multilingual Plane) into a map sorted by code point, without
// glyph 0 (.notdef) and without glyph ids at or beyond `glyph_count`.
// On failure returns false and sets `reason` (French).
bool read_character_map(TrueTypeReader table, std::uint16_t glyph_count, CharacterMap& map,
                        std::string& reason);

}  // namespace typeset
