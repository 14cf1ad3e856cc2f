// brochure render / brochure flyer: the catalogue is checked first (nothing is
// written when it has errors), then the templates and fonts are loaded once
// and shared by every document; the documents are laid out and written on
// --jobs threads, and reported in a fixed order (the brochure, then the
// flyers by date) whatever the number of threads.
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <system_error>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/file_size.hpp"
#include "cli/plural.hpp"
#include "documents/edition_output.hpp"
#include "documents/parallel_ordered.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Past this many flyers, a progress line every so many of them.
constexpr std::size_t kProgressEvery = 8;

// Everything the documents of a run share, loaded and checked before any file
// is touched. `inputs` points into the other members: kept in place (heap).
struct Preparation {
  Preparation() = default;
  Preparation(const Preparation&) = delete;
  Preparation& operator=(const Preparation&) = delete;

  documents::Resources resources;
  std::optional<documents::FlyerSettings> flyer_settings;
  documents::EditionInputs inputs;
};

// Loads the templates (and their fonts, and the hyphenation patterns) and the
// write options. On a problem, reports it and returns nothing.
std::unique_ptr<Preparation> prepare(const catalogue::Catalogue& catalogue,
                                     const std::string& brochure_template,
                                     const std::string& flyer_template, std::ostream& err) {
  base::Diagnostics diagnostics;
  documents::ResourceRequest request;
  if (!brochure_template.empty()) request.template_paths.push_back(brochure_template);
  if (!flyer_template.empty()) request.template_paths.push_back(flyer_template);
  std::optional<documents::Resources> resources = documents::load_resources(request, diagnostics);

  std::unique_ptr<Preparation> preparation;
  if (resources) {
    preparation = std::make_unique<Preparation>();
    preparation->resources = std::move(*resources);
    documents::EditionInputs& inputs = preparation->inputs;
    inputs.catalogue = &catalogue;
    inputs.resources = &preparation->resources;
    if (!brochure_template.empty()) {
      inputs.brochure_template = preparation->resources.find_template(brochure_template);
    }
    if (!flyer_template.empty()) {
      inputs.flyer_template = preparation->resources.find_template(flyer_template);
      preparation->flyer_settings =
          documents::read_flyer_settings(*inputs.flyer_template, diagnostics);
      if (preparation->flyer_settings) inputs.flyer_settings = &*preparation->flyer_settings;
    }
    inputs.write_options = pdf::WriteOptions::from_environment(diagnostics);
  }
  report_diagnostics(diagnostics, err);
  if (diagnostics.has_errors()) {
    err << "brochure : aucun PDF écrit\n";
    return nullptr;
  }
  return preparation;
}

bool create_directory(const fs::path& directory, std::ostream& err) {
  std::error_code error;
  fs::create_directories(directory, error);
  if (!error) return true;
  err << fmt::format("brochure : impossible de créer le dossier {} : {}\n", directory.string(),
                     error.message());
  return false;
}

// "0,42 s".
std::string seconds(Clock::duration elapsed) {
  std::string text = fmt::format("{:.2f} s", std::chrono::duration<double>(elapsed).count());
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// Prints each result as it comes, in job order; counts what was written.
class Reporter {
 public:
  Reporter(std::size_t flyers, std::ostream& out, std::ostream& err)
      : flyers_(flyers), out_(out), err_(err) {}

  void report(const documents::OutputJob& job, const documents::OutputResult& result) {
    report_diagnostics(result.diagnostics, err_);
    if (result.written) {
      ++written_;
      out_ << fmt::format("écrit {} ({}, {})\n", result.path.string(),
                          count_of(result.pages, "page", "pages"), file_size(result.bytes));
    } else {
      ++failed_;
      err_ << fmt::format("brochure : {} n'a pas été écrit\n", result.path.string());
    }
    if (job.kind == documents::OutputJob::Kind::flyer) {
      ++flyers_done_;
      if (flyers_ > kProgressEvery && flyers_done_ % kProgressEvery == 0 &&
          flyers_done_ < flyers_) {
        out_ << fmt::format("flyers : {}/{}\n", flyers_done_, flyers_);
      }
    }
  }

  int finish(const fs::path& directory, Clock::time_point start) const {
    out_ << fmt::format("{} dans {} en {}\n",
                        count_of(written_, "fichier écrit", "fichiers écrits"), directory.string(),
                        seconds(Clock::now() - start));
    if (failed_ == 0) return kExitSuccess;
    err_ << fmt::format("brochure : {} (voir ci-dessus)\n",
                        count_of(failed_, "fichier non écrit", "fichiers non écrits"));
    return kExitFailure;
  }

 private:
  std::size_t flyers_;
  std::size_t flyers_done_ = 0;
  int written_ = 0;
  int failed_ = 0;
  std::ostream& out_;
  std::ostream& err_;
};

int produce_all(const std::vector<documents::OutputJob>& jobs,
                const documents::EditionInputs& inputs, int requested_jobs,
                const fs::path& directory, Clock::time_point start, std::ostream& out,
                std::ostream& err) {
  std::size_t flyers = 0;
  for (const documents::OutputJob& job : jobs) {
    flyers += job.kind == documents::OutputJob::Kind::flyer ? 1 : 0;
  }
  Reporter reporter(flyers, out, err);
  documents::run_ordered<documents::OutputResult>(
      jobs.size(), documents::effective_jobs(requested_jobs, jobs.size()),
      [&](std::size_t index) { return documents::produce(jobs[index], inputs); },
      [&](std::size_t index, documents::OutputResult& result) {
        reporter.report(jobs[index], result);
      });
  return reporter.finish(directory, start);
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
  if (!create_directory(flyers ? paths.flyers_directory() : paths.directory, err)) {
    return kExitFailure;
  }
  const std::vector<documents::OutputJob> jobs = documents::plan_edition(
      *catalogue, catalogue::sessions_by_date(*catalogue), paths, brochure, flyers);
  return produce_all(jobs, preparation->inputs, options.jobs, paths.directory, start, out, err);
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

  const documents::EditionPaths paths{documents::default_edition_directory(catalogue->edition)};
  const fs::path path = options.output_path.empty()
                            ? paths.flyer(session->session->code, session->course->title)
                            : fs::path(options.output_path);
  if (path.has_parent_path() && !create_directory(path.parent_path(), err)) return kExitFailure;
  const std::vector<documents::OutputJob> jobs{{documents::OutputJob::Kind::flyer, *session, path}};
  return produce_all(jobs, preparation->inputs, 1,
                     path.has_parent_path() ? path.parent_path() : fs::path("."), start, out, err);
}

}  // namespace cli
