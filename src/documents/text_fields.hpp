// Small helpers shared by the brochure and the flyer for texts built from the
// catalogue: plain runs, and how the fund's website is printed.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "base/fields.hpp"
#include "catalogue/model.hpp"
#include "typeset/paragraph.hpp"

namespace documents {

// A run of plain text, optionally linked ("#anchor" or a URI).
typeset::InlineRun text_run(std::string text, base::SourcePosition position = {},
                            std::string link = {});

// "https://www.tutorats.org/" → "tutorats.org": how a reader types it.
std::string website_as_printed(std::string_view url);

// "https://www.tutorats.org/inscription" → "www.tutorats.org": the host, to
// name things after the fund's domain (a mail's Message-ID, an event's UID);
// "brochure.invalid" when there is none.
std::string website_host(std::string_view url);

// The fields every document's texts may use: {title}, {edition}, {publisher},
// and {website} (printed as a reader types it, linked to the address).
base::Fields catalogue_fields(const catalogue::Catalogue& catalogue);

}  // namespace documents
