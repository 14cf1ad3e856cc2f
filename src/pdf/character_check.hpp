// Every character of a glyph run must be drawable by the run's face: layout
// resolves fallbacks, so a gap here is a layout bug. libharu would silently
// print an empty .notdef box (or a space, above U+FFFF); we refuse instead.
#pragma once

#include <string>
#include <vector>

#include "typeset/boxes.hpp"
#include "typeset/fonts.hpp"

namespace pdf {

// Plain-French descriptions of the runs that cannot be painted as they are
// (unknown face, invalid UTF-8, control character, character outside the
// Basic Multilingual Plane or missing from the face), at most `limit` of them
// followed by a count of the rest. Empty when the document can be painted.
std::vector<std::string> find_unpaintable_characters(const typeset::DocumentBox& document,
                                                     const typeset::FontLibrary& fonts,
                                                     std::size_t limit = 20);

}  // namespace pdf
