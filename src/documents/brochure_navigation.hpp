// How a reader moves through the brochure: named destinations (one per
// section's overview, one per session code at the top of its sheet), the
// outline (section → course), page labels and the document's metadata.
#pragma once

#include <string>
#include <vector>

#include "catalogue/model.hpp"
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

// Section → course: each section points at its overview, each course with a
// sheet at the sheet ("T2610 · T2703 · CERSO — Bâtir une culture…").
std::vector<typeset::OutlineEntry> brochure_outline(const catalogue::Catalogue& catalogue,
                                                    const typeset::Template& tmpl);

// The flow's labels with the unnumbered cover named by the template's
// "cover-label" text; the printed numbers (cover = page 1) are kept.
std::vector<typeset::PageLabelRange> brochure_page_labels(
    std::vector<typeset::PageLabelRange> flow_labels, const typeset::Template& tmpl);

typeset::DocumentMetadata brochure_metadata(const catalogue::Catalogue& catalogue,
                                            const typeset::Template& tmpl);

}  // namespace documents
