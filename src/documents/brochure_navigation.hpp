// How a reader moves through the brochure: named destinations (one per
// section's overview, one per session code at the top of its sheet), the
// order of the sheets, and the document's metadata. The outline is the flow's:
// each section's overview heading, then for each section a bookmark over its
// sheets ("Fiches des ateliers") holding one per course, each pointing where
// its heading landed.
#pragma once

#include <string>
#include <vector>

#include "catalogue/model.hpp"
#include "typeset/blocks.hpp"
#include "typeset/boxes.hpp"
#include "typeset/template.hpp"

namespace documents {

// "session-T2605": where the sheet describing that session starts.
std::string session_anchor(const std::string& code);
// "section-1": the overview of the section (1-based, catalogue order).
std::string section_anchor(std::size_t index);

// The courses of `section` that have a sheet, by first session date then code:
// the order of the sheets in the brochure.
std::vector<const catalogue::Course*> courses_with_sheet(const catalogue::Section& section);

// The heading of a part of the brochure (the calendar, the registration
// page): level 1, at `anchor`, in the outline and in the running head.
typeset::Block part_heading(const std::string& title, const std::string& anchor);

typeset::DocumentMetadata brochure_metadata(const catalogue::Catalogue& catalogue,
                                            const typeset::Template& tmpl);

}  // namespace documents
