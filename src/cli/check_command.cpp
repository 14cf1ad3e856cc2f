// brochure check FICHIER: every problem of the catalogue and of the templates
// `render` would use (their own mistakes, their fonts, the names the brochure
// and the flyer need), then a summary; the exit code says whether the edition
// can be rendered (warnings do not block).
#include <fmt/format.h>

#include <map>

#include "catalogue/reader.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "documents/template_check.hpp"

namespace cli {

namespace {
// "templates/brochure.xml : 1 erreur, 0 avertissement" for each file other
// than the catalogue with a problem (a template, a font…), in name order.
void summarize_other_files(const base::Diagnostics& diagnostics, std::ostream& err) {
  std::map<std::string, base::Diagnostics> by_file;
  for (const base::Diagnostic& diagnostic : diagnostics.items()) {
    by_file[diagnostic.file].add(diagnostic);
  }
  for (const auto& [file, problems] : by_file) {
    err << diagnostics_summary(file, problems) << '\n';
  }
}
}  // namespace

int run_check(const CheckOptions& options, std::ostream& /*out*/, std::ostream& err) {
  const catalogue::LoadResult result =
      catalogue::load_catalogue(options.catalogue_path, options.limits);
  const base::Diagnostics templates =
      documents::check_edition_templates(options.template_path, options.flyer_template_path);
  report_diagnostics(result.diagnostics, err);
  report_diagnostics(templates, err);
  summarize_other_files(templates, err);
  err << diagnostics_summary(options.catalogue_path, result.diagnostics) << '\n';
  const bool usable = result.value.has_value() && !result.diagnostics.has_errors();
  return usable && !templates.has_errors() ? kExitSuccess : kExitFailure;
}

}  // namespace cli
