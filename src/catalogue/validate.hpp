// Checks of a catalogue as a whole, on the model the reader built: references
// between its parts, dates against the edition's period, sizes a printed page
// can hold. Structure and value syntax are checked by the reader.
#pragma once

#include "base/diagnostics.hpp"
#include "catalogue/limits.hpp"
#include "catalogue/model.hpp"

namespace catalogue {

// Reports, in `diagnostics` (naming the file catalogue.source_path):
// duplicate operator ids and session codes, unknown operator references, a
// row's session that is not one of its course, days outside the edition's
// period or out of order, sessions without hours whose sheet shows hours,
// more sessions than `limits` or more days than limits.hpp allows, and (as
// warnings) sessions without a sheet. The lengths of texts are checked by the reader.
void validate(const Catalogue& catalogue, base::Diagnostics& diagnostics,
              const CatalogueLimits& limits = {});

}  // namespace catalogue
