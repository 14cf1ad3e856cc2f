// brochure render / brochure flyer / brochure mail: the catalogue is checked
// first (nothing is written when it has errors) while the templates and fonts
// load on a thread of their own (their problems are told after the
// catalogue's), loaded once and shared by every document; the documents are laid out
// and staged on --jobs threads, and reported in a fixed order (the brochure,
// then the flyers by date with what is made from each, then the edition's
// calendar) whatever the number of threads. The files replace the
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

// The templates (with their fonts and the hyphenation patterns) `loading`
// loaded while the catalogue was read, the settings and write options, and
// the characters no font prints, where they were typed. On a problem,
// reports it and returns nothing.
std::unique_ptr<Preparation> prepare(const catalogue::Catalogue& catalogue,
                                     const documents::EditionTemplates& templates,
                                     documents::ResourcesLoading& loading,
                                     MissingCharacters missing_characters, std::ostream& err) {
  base::Diagnostics diagnostics;
  std::unique_ptr<Preparation> preparation = documents::prepare_edition(
      catalogue, templates, loading, diagnostics, layout_rule(missing_characters));
  report_diagnostics(diagnostics, err);
  if (preparation == nullptr) {
    err << "brochure : aucun fichier écrit\n";
    return nullptr;
  }
  return preparation;
}

// Stages and writes the plan's files into `paths.directory`, replacing the
// groups it makes as a whole.
int produce_plan(const catalogue::Catalogue& catalogue, const documents::EditionPlan& plan,
                 const Preparation& preparation, const documents::EditionPaths& paths, int jobs,
                 Clock::time_point start, std::ostream& out, std::ostream& err) {
  documents::InterruptionWatch interruptions;
  documents::OutputStaging staging(paths.directory);
  if (!open_staging(staging, paths.directory, out, err)) return kExitFailure;
  // This run makes the whole of each kind it makes: their files it no longer
  // makes (a renamed course's flyer) go.
  for (const std::string& group : documents::planned_groups(plan)) staging.replaces_group(group);
  const std::vector<documents::OutputJob> planned =
      documents::plan_edition(catalogue, preparation.inputs.sessions, paths, plan);
  return produce_all(planned, preparation.inputs, jobs, staging, interruptions, paths.directory,
                     start, out, err);
}

documents::EditionPaths edition_paths(const catalogue::Catalogue& catalogue,
                                      const std::string& output_directory) {
  return {output_directory.empty() ? documents::default_edition_directory(catalogue.edition)
                                   : fs::path(output_directory)};
}

}  // namespace

int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  documents::EditionPlan plan;
  plan.brochure = options.selection != RenderSelection::flyers_only;
  plan.flyers = options.selection != RenderSelection::brochure_only;
  plan.previews = plan.flyers && options.preview;
  plan.calendars = plan.flyers;  // the sessions' dates, with their flyers
  const documents::EditionTemplates templates{
      .brochure = plan.brochure ? options.template_path : std::string(),
      .flyer = plan.flyers ? options.flyer_template_path : std::string(),
      .agenda = plan.calendars ? std::string(kAgendaTemplate) : std::string()};
  documents::ResourcesLoading loading(templates, layout_rule(options.missing_characters));
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;

  const std::unique_ptr<Preparation> preparation =
      prepare(*catalogue, templates, loading, options.missing_characters, err);
  if (!preparation) return kExitFailure;
  return produce_plan(*catalogue, plan, *preparation,
                      edition_paths(*catalogue, options.output_directory), options.jobs, start, out,
                      err);
}

int run_flyer(const FlyerOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const documents::EditionTemplates templates{.flyer = options.template_path};
  documents::ResourcesLoading loading(templates, layout_rule(options.missing_characters));
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;
  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(*catalogue);
  const catalogue::SessionRef* session =
      find_session_for_user(sessions, options.session_code, options.catalogue_path, err);
  if (!session) return kExitFailure;

  const std::unique_ptr<Preparation> preparation =
      prepare(*catalogue, templates, loading, options.missing_characters, err);
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
  documents::OutputJob job{
      .kind = documents::OutputJob::Kind::flyer, .session = *session, .path = path};
  // The preview beside the PDF, with its name.
  if (options.preview) job.preview = fs::path(path).replace_extension(".png");
  const std::vector<documents::OutputJob> jobs{job};
  return produce_all(jobs, preparation->inputs, 1, staging, interruptions,
                     path.has_parent_path() ? path.parent_path() : fs::path("."), start, out, err);
}

int run_mail(const MailOptions& options, std::ostream& out, std::ostream& err) {
  const Clock::time_point start = Clock::now();
  const documents::EditionTemplates templates{.flyer = options.flyer_template_path,
                                              .mail = options.mail_template_path,
                                              .agenda = std::string(kAgendaTemplate)};
  documents::ResourcesLoading loading(templates, layout_rule(MissingCharacters::error));
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;

  const std::unique_ptr<Preparation> preparation =
      prepare(*catalogue, templates, loading, MissingCharacters::error, err);
  if (!preparation) return kExitFailure;
  preparation->inputs.recipients = options.recipients;
  // The drafts attach the flyers and calendars written beside them.
  const documents::EditionPlan plan{
      .brochure = false, .flyers = true, .previews = false, .calendars = true, .mails = true};
  return produce_plan(*catalogue, plan, *preparation,
                      edition_paths(*catalogue, options.output_directory), options.jobs, start, out,
                      err);
}

}  // namespace cli
