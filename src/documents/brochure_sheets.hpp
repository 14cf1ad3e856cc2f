// A course's sheet in the brochure: a kicker line (operator · kind · codes),
// the title, the key facts (key_facts.hpp), then the label | content
// table of sheet_content.hpp without the rows the key facts show. It starts
// with a named destination for each of its session codes (the overview links
// there) and sets the running mark ("T2610 · T2703 · CERSO").
#pragma once

#include <vector>

#include "catalogue/model.hpp"
#include "documents/key_facts.hpp"
#include "typeset/blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

inline constexpr const char* kSheetTableStyle = "sheet";
inline constexpr const char* kCellListStyle = "cell-list";

// The texts the sheets need from the template.
struct SheetTexts {
  KeyFactsTexts facts;
  RegistrationTexts registration;
};

std::vector<typeset::Block> sheet_blocks(const catalogue::Catalogue& catalogue,
                                         const catalogue::Section& section,
                                         const catalogue::Course& course,
                                         const typeset::Template& tmpl, const SheetTexts& texts);

}  // namespace documents
