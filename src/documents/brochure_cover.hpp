// The brochure's cover: the title, the period ("Septembre 2026 – Juin 2027")
// and the website, linked. It is set on the template's "cover" page master,
// whose furniture holds the band with the publisher's name ({publisher}) and
// which has no page number.
#pragma once

#include <vector>

#include "catalogue/model.hpp"
#include "typeset/blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

inline constexpr const char* kCoverMaster = "cover";

std::vector<typeset::Block> cover_blocks(const catalogue::Catalogue& catalogue,
                                         const typeset::Template& tmpl);

}  // namespace documents
