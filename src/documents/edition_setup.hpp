// Everything the documents of one run share, loaded and checked before any
// file is touched: the templates (with their fonts and the hyphenation
// patterns), the flyer settings read from the flyer template, and the write
// options (edition_write_options). Used by render, flyer, archive and verify.
//
//   base::Diagnostics diagnostics;
//   std::unique_ptr<documents::EditionSetup> setup = documents::prepare_edition(
//       catalogue, "templates/brochure.xml", "templates/flyer.xml", diagnostics);
//   if (!setup) { report diagnostics; fail; }
//   documents::produce(job, setup->inputs, staging);
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/edition_output.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/resources.hpp"

namespace documents {

// `inputs` points into the other members: kept in place (not copyable, not
// movable; held by unique_ptr).
struct EditionSetup {
  EditionSetup() = default;
  EditionSetup(const EditionSetup&) = delete;
  EditionSetup& operator=(const EditionSetup&) = delete;

  Resources resources;
  std::optional<FlyerSettings> flyer_settings;
  EditionInputs inputs;
  // Where inputs.write_options.date comes from: "SOURCE_DATE_EPOCH" or
  // "edition-start" (the catalogue's first day).
  std::string date_origin;
};

// An empty template path: that document is not made. nullptr when anything
// is an error (all reported in `diagnostics`).
std::unique_ptr<EditionSetup> prepare_edition(const catalogue::Catalogue& catalogue,
                                              const std::string& brochure_template,
                                              const std::string& flyer_template,
                                              base::Diagnostics& diagnostics);

}  // namespace documents
