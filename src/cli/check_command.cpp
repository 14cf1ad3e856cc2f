// brochure check FICHIER: every problem of the catalogue and of the templates
// `render` would use (their own mistakes, their fonts, the names the brochure
// and the flyer need) — and every character that no font of the templates can
// print, where it was typed — then a summary; the exit code says whether the
// edition can be rendered (warnings do not block).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "catalogue/reader.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "documents/printable_text.hpp"
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

// The catalogue's problems in the order of its lines.
base::Diagnostics in_line_order(std::vector<base::Diagnostic> items) {
  std::stable_sort(items.begin(), items.end(),
                   [&](const base::Diagnostic& a, const base::Diagnostic& b) {
                     if (a.position.line == 0 || b.position.line == 0) return false;
                     return std::tie(a.position.line, a.position.column) <
                            std::tie(b.position.line, b.position.column);
                   });
  base::Diagnostics sorted;
  for (base::Diagnostic& item : items) sorted.add(std::move(item));
  return sorted;
}

// The characters of the catalogue and of the templates that no font of the
// templates prints, where they were typed (templates that load without error).
base::Diagnostics unprintable_characters(const CheckOptions& options) {
  base::Diagnostics loading;  // already reported by check_edition_templates
  documents::ResourceRequest request;
  request.template_paths = {options.template_path, options.flyer_template_path};
  const std::optional<documents::Resources> resources = documents::load_resources(request, loading);
  base::Diagnostics found;
  if (resources && !loading.has_errors()) {
    documents::report_unprintable_in_run(options.catalogue_path, *resources,
                                         options.missing_characters == MissingCharacters::error
                                             ? base::Severity::error
                                             : base::Severity::warning,
                                         found);
  }
  return found;
}

}  // namespace

int run_check(const CheckOptions& options, std::ostream& /*out*/, std::ostream& err) {
  const catalogue::LoadResult result =
      catalogue::load_catalogue(options.catalogue_path, options.limits);
  base::Diagnostics others =
      documents::check_edition_templates(options.template_path, options.flyer_template_path);
  std::vector<base::Diagnostic> in_catalogue = result.diagnostics.items();
  if (!others.has_errors()) {
    const base::Diagnostics unprintable = unprintable_characters(options);
    for (const base::Diagnostic& item : unprintable.items()) {
      if (item.file == options.catalogue_path) {
        in_catalogue.push_back(item);
      } else {
        others.add(item);
      }
    }
  }
  const base::Diagnostics catalogue_problems = in_line_order(std::move(in_catalogue));
  report_diagnostics(catalogue_problems, err);
  report_diagnostics(others, err);
  summarize_other_files(others, err);
  err << diagnostics_summary(options.catalogue_path, catalogue_problems) << '\n';
  const bool usable = result.value.has_value() && !catalogue_problems.has_errors();
  return usable && !others.has_errors() ? kExitSuccess : kExitFailure;
}

}  // namespace cli
