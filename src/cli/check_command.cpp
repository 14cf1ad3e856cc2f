// brochure check FICHIER: every problem of the catalogue, then a summary; the
// exit code says whether the catalogue can be used (warnings do not block).
#include <fmt/format.h>

#include "catalogue/reader.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"

namespace cli {

int run_check(const CheckOptions& options, std::ostream& /*out*/, std::ostream& err) {
  const catalogue::LoadResult result = catalogue::load_catalogue(options.catalogue_path);
  report_diagnostics(result.diagnostics, err);
  err << diagnostics_summary(options.catalogue_path, result.diagnostics) << '\n';
  const bool usable = result.value.has_value() && !result.diagnostics.has_errors();
  return usable ? kExitSuccess : kExitFailure;
}

}  // namespace cli
