// What a flyer says, as blocks: the title, the key facts of its session (code,
// dates, hours, place, operator, public) in a box, how to register in a box
// under them, then the course sheet's other rows, each under its label as a
// small heading, in balanced columns of the style `sheet_columns` — or, for a course without a
// sheet, a notice that the sheet will follow (and larger boxes: the page has room). Rows shown in
// the key facts (the public, the generated hours and dates) are not repeated in the sheet; the
// notes written in those generated rows go with the key fact they complete.
#pragma once

#include <vector>

#include "catalogue/model.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/text_fields.hpp"
#include "typeset/blocks.hpp"

namespace documents {

std::vector<typeset::Block> flyer_content(const catalogue::Catalogue& catalogue,
                                          const catalogue::SessionRef& session,
                                          const typeset::Template& tmpl,
                                          const FlyerSettings& settings, const base::Fields& fields,
                                          const std::string& sheet_columns);

// "Atelier" or "Intervision", from the template.
const std::string& kind_name(catalogue::CourseKind kind, const FlyerSettings& settings);

}  // namespace documents
