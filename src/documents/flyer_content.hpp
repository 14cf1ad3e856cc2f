// What a flyer says, as blocks: the title, the key facts of its session (code,
// dates, hours, place, operator, public) in a box, then the course sheet's
// other rows as a label | content table — or, for a course without a sheet,
// a notice that the sheet will follow. Rows shown in the key facts (the
// public, the generated hours and dates) are not repeated in the sheet; the
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
                                          const FlyerSettings& settings);

// "Atelier" or "Intervision", from the template.
const std::string& kind_name(catalogue::CourseKind kind, const FlyerSettings& settings);

}  // namespace documents
