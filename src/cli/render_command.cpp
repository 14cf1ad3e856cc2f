// brochure render / brochure flyer.
//
// This build has no documents stage yet: both commands check the catalogue (so
// the user still learns about its errors) and then say that PDFs cannot be
// produced. run_render and run_flyer are meant to be replaced whole once
// src/documents exists; the helpers of catalogue_loading.hpp stay useful.
#include <fmt/format.h>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"

namespace cli {

namespace {

void report_rendering_unavailable(std::ostream& err) {
  err << "brochure : le catalogue est correct, mais cette version du programme ne sait pas "
         "encore produire les PDF.\n";
}

}  // namespace

int run_render(const RenderOptions& options, std::ostream& /*out*/, std::ostream& err) {
  if (!load_valid_catalogue(options.catalogue_path, WarningDisplay::each, err)) return kExitFailure;
  report_rendering_unavailable(err);
  return kExitFailure;
}

int run_flyer(const FlyerOptions& options, std::ostream& /*out*/, std::ostream& err) {
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, WarningDisplay::each, err);
  if (!catalogue) return kExitFailure;
  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(*catalogue);
  if (!find_session_for_user(sessions, options.session_code, options.catalogue_path, err)) {
    return kExitFailure;
  }
  report_rendering_unavailable(err);
  return kExitFailure;
}

}  // namespace cli
