// brochure archive: the edition's brochure as PDF/A-3b carrying its catalogue,
// its templates and a description of the program, the flyers, and
// manifest.json — in archive/<édition>/ unless --out says otherwise, written
// as a whole or not at all, into a folder that holds nothing else.
#include <fmt/format.h>

#include <filesystem>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/edition_writing.hpp"
#include "documents/archive.hpp"

namespace cli {

int run_archive(const ArchiveOptions& options, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  const Clock::time_point start = Clock::now();
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;

  const fs::path directory = options.output_directory.empty()
                                 ? documents::default_archive_directory(catalogue->edition)
                                 : fs::path(options.output_directory);
  const documents::ArchiveFolderCheck folder = documents::check_archive_folder(directory);
  if (!folder.ok()) {
    err << "brochure : " << folder.error << "\n";
    return kExitFailure;
  }

  base::Diagnostics diagnostics;
  std::unique_ptr<Preparation> setup = documents::prepare_edition(
      *catalogue, options.template_path, options.flyer_template_path, diagnostics);
  std::optional<documents::EmbeddedSources> sources;
  if (setup)
    sources = documents::read_embedded_sources(options.catalogue_path, *setup, diagnostics);
  report_diagnostics(diagnostics, err);
  if (!setup || !sources) {
    err << "brochure : aucune archive écrite\n";
    return kExitFailure;
  }
  const documents::ArchivePlan plan =
      documents::plan_archive(*catalogue, *setup, *sources, directory);
  // Said once, before any work, rather than once per PDF.
  if (const std::string missing = documents::unavailable_outputs(plan.jobs); !missing.empty()) {
    err << fmt::format("brochure : {}\nbrochure : aucune archive écrite\n", missing);
    return kExitFailure;
  }

  documents::InterruptionWatch interruptions;
  documents::OutputStaging staging(directory, {.keep_record = false});
  if (!open_staging(staging, directory, out, err)) return kExitFailure;
  // The previous archive of this folder, if any, is replaced as a whole.
  for (const documents::ArchivedFile& file : folder.previous)
    staging.adopt(file.path, "archive", file.sha256);
  staging.adopt(std::string(documents::kManifestName), "archive", "");
  staging.replaces_group("archive");

  StagedRun run = stage_all(plan.jobs, setup->inputs, options.jobs, staging, interruptions,
                            directory, out, err);
  if (run.status) return *run.status;
  const std::string manifest =
      documents::archive_manifest_text(catalogue->edition, plan.provenance, staging.staged_files());
  const documents::StageResult staged = staging.stage(
      directory / documents::kManifestName, manifest, std::string(documents::kManifestGroup));
  if (!staged.ok) {
    err << "brochure : " << staged.error << "\n";
    return abandon_and_report(staging, 1, directory, err);
  }
  run.lines.push_back(file_line(directory / documents::kManifestName, staged.unchanged,
                                fmt::format("empreintes de {} fichiers", plan.jobs.size())));
  return commit_and_report(staging, interruptions, run.lines, directory, start, out, err);
}

}  // namespace cli
