// brochure render / brochure flyer: the catalogue is checked first (nothing is
// written when it has errors), then the templates and fonts are loaded once
// and shared by every document; the documents are laid out and staged on
// --jobs threads, and reported in a fixed order (the brochure, then the
// flyers by date) whatever the number of threads. The files replace the
// previous ones all together, only when every one is ready; Ctrl-C or a
// failure leaves the previous edition as it was.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <memory>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/edition_writing.hpp"
#include "cli/plural.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;

// Loads the templates (and their fonts, and the hyphenation patterns) and the
// write options. On a problem, reports it and returns nothing.
std::unique_ptr<Preparation> prepare(const catalogue::Catalogue& catalogue,
                                     const std::string& brochure_template,
                                     const std::string& flyer_template, std::ostream& err) {
  base::Diagnostics diagnostics;
  std::unique_ptr<Preparation> preparation =
      documents::prepare_edition(catalogue, brochure_template, flyer_template, diagnostics);
  report_diagnostics(diagnostics, err);
  if (preparation == nullptr) {
    err << "brochure : aucun PDF écrit\n";
    return nullptr;
  }
  return preparation;
}

}  // namespace

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;

  const bool brochure = options.selection != RenderSelection::flyers_only;
  const bool flyers = options.selection != RenderSelection::brochure_only;
  const std::unique_ptr<Preparation> preparation =
      prepare(*catalogue, brochure ? options.template_path : std::string(),
              flyers ? options.flyer_template_path : std::string(), err);
  if (!preparation) return kExitFailure;

  const documents::EditionPaths paths{options.output_directory.empty()
                                          ? documents::default_edition_directory(catalogue->edition)
                                          : fs::path(options.output_directory)};
  documents::InterruptionWatch interruptions;
  documents::OutputStaging staging(paths.directory);
  if (!open_staging(staging, paths.directory, out, err)) return kExitFailure;
  // This run makes the whole of each kind it makes: their files it no longer
  // makes (a renamed course's flyer) go.
  if (brochure)
    staging.replaces_group(documents::output_group(documents::OutputJob::Kind::brochure));
  if (flyers) staging.replaces_group(documents::output_group(documents::OutputJob::Kind::flyer));
  const std::vector<documents::OutputJob> jobs = documents::plan_edition(
      *catalogue, catalogue::sessions_by_date(*catalogue), paths, brochure, flyers);
  return produce_all(jobs, preparation->inputs, options.jobs, staging, interruptions,
                     paths.directory, start, out, err);
}

int run_flyer(const FlyerOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;
  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(*catalogue);
  const catalogue::SessionRef* session =
      find_session_for_user(sessions, options.session_code, options.catalogue_path, err);
  if (!session) return kExitFailure;

  const std::unique_ptr<Preparation> preparation =
      prepare(*catalogue, std::string(), options.template_path, err);
  if (!preparation) return kExitFailure;

  // By default the flyer joins its edition's folder, and that folder's list
  // of the files the tool wrote; a file named with -o is written alone.
  const documents::EditionPaths paths{documents::default_edition_directory(catalogue->edition)};
  const bool in_edition = options.output_path.empty();
  const fs::path path = in_edition ? paths.flyer(session->session->code, session->course->title)
                                   : fs::path(options.output_path);
  const fs::path root = in_edition               ? paths.directory
                        : path.has_parent_path() ? path.parent_path()
                                                 : fs::path(".");
  documents::InterruptionWatch interruptions;
  documents::OutputStaging staging(root, {.keep_record = in_edition});
  if (!open_staging(staging, root, out, err)) return kExitFailure;
  const std::vector<documents::OutputJob> jobs{
      {documents::OutputJob::Kind::flyer, *session, path, nullptr}};
  return produce_all(jobs, preparation->inputs, 1, staging, interruptions,
                     path.has_parent_path() ? path.parent_path() : fs::path("."), start, out, err);
}

}  // namespace cli
