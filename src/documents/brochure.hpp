// The annual brochure: a cover, the overview table of each section (every
// session with its code linked to the page of its sheet), then one sheet per
// course with a sheet, in section order and by first session date. Every
// presentation choice comes from the template (templates/brochure.xml).
//
//   base::Diagnostics diagnostics;
//   typeset::DocumentBox box = documents::build_brochure(catalogue, tmpl, resources, diagnostics);
//   pdf::WriteResult written = documents::write_brochure(catalogue, tmpl, resources,
//                                                        "out/brochure-2026-2027.pdf", options);
#pragma once

#include <optional>
#include <string>

#include "catalogue/model.hpp"
#include "documents/resources.hpp"
#include "pdf/writer.hpp"
#include "typeset/boxes.hpp"
#include "typeset/flow.hpp"
#include "typeset/page_furniture.hpp"
#include "typeset/template.hpp"

namespace documents {

struct BrochureLayout {
  typeset::DocumentBox document;
  typeset::FlowReport report;  // passes, lines set and placed
};

// The page master of the brochure's last page when the template defines it
// (the back cover of a booklet: publisher, website); otherwise the brochure
// ends with its last sheet.
inline constexpr const char* kBackCoverMaster = "back-cover";

// Lays the brochure out (no PDF). Problems (a template text or style that is
// missing, a character no font has, a word wider than its column) are added
// to `diagnostics`, with the catalogue's positions where they come from it.
// With `print`, the pages are made for a print shop (bleed, crop marks:
// typeset/page_furniture.hpp); the content stays where it is on the page.
BrochureLayout lay_out_brochure(const catalogue::Catalogue& catalogue,
                                const typeset::Template& tmpl, const Resources& resources,
                                base::Diagnostics& diagnostics,
                                std::optional<typeset::PrintSetup> print = std::nullopt);

// Reports every name the brochure needs and `tmpl` lacks (texts, paragraph,
// list and table styles, page masters, fields of its page zones), each once
// at the template's <template> element; false when one is missing.
bool check_brochure_template(const typeset::Template& tmpl, base::Diagnostics& diagnostics);

inline typeset::DocumentBox build_brochure(const catalogue::Catalogue& catalogue,
                                           const typeset::Template& tmpl,
                                           const Resources& resources,
                                           base::Diagnostics& diagnostics) {
  return lay_out_brochure(catalogue, tmpl, resources, diagnostics).document;
}

// Lays out and writes the brochure to `path` atomically; nothing is written
// when layout or rendering reports an error. The result's diagnostics hold
// both stages' problems.
pdf::WriteResult write_brochure(const catalogue::Catalogue& catalogue,
                                const typeset::Template& tmpl, const Resources& resources,
                                const std::string& path, const pdf::WriteOptions& options);

}  // namespace documents
