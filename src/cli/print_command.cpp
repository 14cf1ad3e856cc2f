// brochure print: the brochure for a print shop, and on request its booklet,
// into the edition's print/ folder, staged and replaced together like every
// other run's files; then what the shop needs to know, on the console.
#include <fmt/format.h>

#include <filesystem>
#include <memory>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/edition_writing.hpp"
#include "cli/file_size.hpp"
#include "cli/plural.hpp"
#include "documents/print_edition.hpp"

namespace cli {

namespace fs = std::filesystem;

int run_print(const PrintOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;

  base::Diagnostics diagnostics;
  const std::unique_ptr<Preparation> preparation =
      documents::prepare_edition(*catalogue, {.brochure = options.template_path}, diagnostics);
  report_diagnostics(diagnostics, err);
  if (preparation == nullptr) {
    err << "brochure : aucun fichier écrit\n";
    return kExitFailure;
  }
  const documents::EditionInputs& inputs = preparation->inputs;
  documents::PrintRendering made = documents::render_print(
      *catalogue, *inputs.brochure_template, *inputs.resources, inputs.write_options,
      {.crop_marks = options.crop_marks, .booklet = options.booklet});
  report_diagnostics(made.diagnostics, err);
  if (made.diagnostics.has_errors() || made.print_pdf.empty()) {
    err << "brochure : aucun fichier écrit\n";
    return kExitFailure;
  }

  const fs::path directory = options.output_directory.empty()
                                 ? documents::default_edition_directory(catalogue->edition)
                                 : fs::path(options.output_directory);
  documents::InterruptionWatch interruptions;
  documents::OutputStaging staging(directory);
  if (!open_staging(staging, directory, out, err)) return kExitFailure;
  struct Made {
    fs::path path;
    const std::string* bytes;
    std::string group;
    int pages;
  };
  std::vector<Made> files{{documents::print_file_path(directory, catalogue->edition, made.format),
                           &made.print_pdf, "print-" + made.format, made.summary.pages}};
  if (made.summary.booklet) {
    files.push_back({documents::booklet_file_path(directory, catalogue->edition, made.format),
                     &made.booklet_pdf, "booklet-" + made.format,
                     static_cast<int>(made.summary.booklet->sides.size())});
  }
  std::vector<std::string> lines;
  for (const Made& file : files) {
    staging.replaces_group(file.group);
    const documents::StageResult staged = staging.stage(file.path, *file.bytes, file.group);
    if (!staged.ok) {
      err << "brochure : " << staged.error << "\n";
      return abandon_and_report(staging, 1, directory, err);
    }
    lines.push_back(file_line(file.path, staged.unchanged,
                              fmt::format("{}, {}", count_of(file.pages, "page", "pages"),
                                          file_size(file.bytes->size()))));
  }
  lines.push_back("Pour l'imprimeur :");
  for (const std::string& line : documents::describe_print(made.summary))
    lines.push_back("  " + line);
  return commit_and_report(staging, interruptions, lines, directory, start, out, err);
}

}  // namespace cli
