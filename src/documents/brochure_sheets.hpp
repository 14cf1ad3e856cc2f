// A course's sheet in the brochure: a kicker line (operator · kind · codes),
// the title, then the label | content table of sheet_content.hpp. It starts
// with a named destination for each of its session codes (the overview links
// there) and sets the running mark ("T2610 · T2703 · CERSO").
#pragma once

#include <vector>

#include "catalogue/model.hpp"
#include "typeset/blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

inline constexpr const char* kSheetTableStyle = "sheet";
inline constexpr const char* kCellListStyle = "cell-list";

std::vector<typeset::Block> sheet_blocks(const catalogue::Catalogue& catalogue,
                                         const catalogue::Course& course,
                                         const typeset::Template& tmpl);

}  // namespace documents
