// Numbers the painter cannot honour. libharu writes a NaN as "nan" into the
// page (an invalid PDF) and rejects an out-of-range colour or size with an
// error that names no box; we name the page and the box instead.
#pragma once

#include <string>
#include <vector>

#include "typeset/boxes.hpp"

namespace pdf {

// Plain-French descriptions of the boxes with a non-finite coordinate, a
// colour component outside 0..1, a font size outside 0..600 pt, a rule
// thicker than 100 pt or negative, or a page outside 3..14 400 pt; at most
// `limit`, followed by a count of the rest. Empty when all can be painted.
std::vector<std::string> find_unpaintable_boxes(const typeset::DocumentBox& document,
                                                std::size_t limit = 20);

}  // namespace pdf
