#include "cli/edition_writing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <optional>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/file_size.hpp"
#include "cli/plural.hpp"
#include "documents/layouts_left.hpp"
#include "documents/parallel_ordered.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;

// Past this many flyers, a progress line every so many of them.
constexpr std::size_t kProgressEvery = 8;

// Prints each result's messages as it comes, in job order; keeps the lines
// saying what was written until the files are in place.
class Reporter {
 public:
  Reporter(std::size_t flyers, std::ostream& out, std::ostream& err)
      : flyers_(flyers), out_(out), err_(err) {}

  void report(const documents::OutputJob& job, const documents::OutputResult& result,
              bool cancelled) {
    report_diagnostics(result.diagnostics, err_);
    if (cancelled) return;
    if (result.written) {
      written_.push_back(file_line(
          result.path, result.unchanged,
          result.pages > 0 ? fmt::format("{}, {}", count_of(result.pages, "page", "pages"),
                                         file_size(result.bytes))
                           : file_size(result.bytes)));
      for (const documents::StagedCompanion& companion : result.companions)
        written_.push_back(
            file_line(companion.path, companion.unchanged, file_size(companion.bytes)));
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

  std::size_t failed() const { return failed_; }
  const std::vector<std::string>& written() const { return written_; }

 private:
  std::size_t flyers_;
  std::size_t flyers_done_ = 0;
  std::size_t failed_ = 0;
  std::vector<std::string> written_;
  std::ostream& out_;
  std::ostream& err_;
};

int interrupted(documents::OutputStaging& staging, int signal_number, const fs::path& directory,
                std::ostream& err) {
  const std::size_t removed = staging.abandon();
  err << fmt::format("brochure : interrompu par {} : {} ; aucun fichier remplacé dans {}\n",
                     documents::InterruptionWatch::describe(signal_number),
                     removed == 0
                         ? std::string("aucun fichier temporaire à supprimer")
                         : count_of(static_cast<int>(removed), "fichier temporaire supprimé",
                                    "fichiers temporaires supprimés"),
                     directory.string());
  return documents::InterruptionWatch::exit_status(signal_number);
}

}  // namespace

std::string seconds(Clock::duration elapsed) {
  std::string text = fmt::format("{:.2f} s", std::chrono::duration<double>(elapsed).count());
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::string_view file_verb(bool unchanged) {
  return unchanged ? "inchangé" : "écrit";
}

std::string file_line(const fs::path& path, bool unchanged, std::string_view details) {
  return fmt::format("{} {} ({})", file_verb(unchanged), path.string(), details);
}

bool open_staging(documents::OutputStaging& staging, const fs::path& directory, std::ostream& out,
                  std::ostream& err) {
  std::string error;
  if (!staging.open(error)) {
    err << "brochure : " << error << "\n";
    return false;
  }
  if (const std::size_t leftovers = staging.leftovers_removed(); leftovers > 0) {
    out << fmt::format("{} d'une exécution interrompue dans {}\n",
                       count_of(static_cast<int>(leftovers), "fichier temporaire supprimé",
                                "fichiers temporaires supprimés"),
                       directory.string());
  }
  return true;
}

int abandon_and_report(documents::OutputStaging& staging, std::size_t failed,
                       const fs::path& directory, std::ostream& err) {
  staging.abandon();
  err << fmt::format(
      "brochure : {} (voir ci-dessus) : aucun fichier remplacé, ceux de {} sont restés tels "
      "quels\n",
      count_of(static_cast<int>(failed), "fichier non écrit", "fichiers non écrits"),
      directory.string());
  return kExitFailure;
}

int commit_and_report(documents::OutputStaging& staging,
                      const documents::InterruptionWatch& interruptions,
                      const std::vector<std::string>& lines, const fs::path& directory,
                      Clock::time_point start, std::ostream& out, std::ostream& err) {
  if (const int signal_number = interruptions.received(); signal_number != 0)
    return interrupted(staging, signal_number, directory, err);
  const documents::CommitResult committed = staging.commit();
  if (!committed.ok()) {
    for (const std::string& error : committed.errors) err << "brochure : " << error << "\n";
    return abandon_and_report(staging, committed.errors.size(), directory, err);
  }
  for (const std::string& line : lines) out << line << "\n";
  for (const std::string& warning : committed.warnings) err << "brochure : " << warning << "\n";
  for (const fs::path& removed : committed.removed_stale)
    out << fmt::format("retiré {} (plus produit par ce catalogue)\n", removed.string());
  for (const fs::path& kept : committed.kept_changed) {
    err << fmt::format(
        "brochure : {} n'est plus produit par ce catalogue, mais il a été modifié depuis que "
        "brochure l'a écrit : laissé en place\n",
        kept.string());
  }
  const auto unchanged = static_cast<int>(committed.unchanged.size());
  const std::string written = count_of(static_cast<int>(committed.written.size()) - unchanged,
                                       "fichier écrit", "fichiers écrits");
  out << fmt::format(
      "{}{} dans {} en {}\n", written,
      unchanged == 0 ? std::string()
                     : fmt::format(", {} {}", unchanged, unchanged == 1 ? "inchangé" : "inchangés"),
      directory.string(), seconds(Clock::now() - start));
  return kExitSuccess;
}

StagedRun stage_all(const std::vector<documents::OutputJob>& jobs,
                    const documents::EditionInputs& inputs, int requested_jobs,
                    documents::OutputStaging& staging,
                    const documents::InterruptionWatch& interruptions, const fs::path& directory,
                    std::ostream& out, std::ostream& err) {
  std::size_t flyers = 0;
  for (const documents::OutputJob& job : jobs) {
    flyers += job.kind == documents::OutputJob::Kind::flyer ? 1 : 0;
  }
  Reporter reporter(flyers, out, err);
  // After Ctrl-C, or once a file could not be written (nothing will be
  // replaced then), the documents not yet begun are not made.
  std::atomic<bool> write_failed{false};
  const auto skipping = [&] { return interruptions.received() != 0 || write_failed.load(); };
  // The run's prepared paragraphs go once its last document is laid out.
  std::optional<documents::LayoutsLeft> layouts_left;
  documents::EditionInputs counted = inputs;
  if (inputs.resources != nullptr)
    counted.layouts_left = &layouts_left.emplace(jobs, *inputs.resources);
  documents::run_ordered<documents::OutputResult>(
      jobs.size(), documents::effective_jobs(requested_jobs, jobs.size()),
      [&](std::size_t index) {
        documents::OutputResult result;
        result.path = jobs[index].path;
        if (skipping()) return result;
        result = documents::produce(jobs[index], counted, staging);
        if (result.staging_failed) write_failed.store(true);
        return result;
      },
      [&](std::size_t index, documents::OutputResult& result) {
        const bool skipped = !result.written && result.diagnostics.items().empty();
        reporter.report(jobs[index], result, skipped && skipping());
      });
  StagedRun run;
  if (const int signal_number = interruptions.received(); signal_number != 0) {
    run.status = interrupted(staging, signal_number, directory, err);
  } else if (reporter.failed() > 0) {
    run.status = abandon_and_report(staging, reporter.failed(), directory, err);
  }
  run.lines = reporter.written();
  return run;
}

int produce_all(const std::vector<documents::OutputJob>& jobs,
                const documents::EditionInputs& inputs, int requested_jobs,
                documents::OutputStaging& staging,
                const documents::InterruptionWatch& interruptions, const fs::path& directory,
                Clock::time_point start, std::ostream& out, std::ostream& err) {
  // Said once, before any work, rather than once per flyer.
  if (const std::string missing = documents::unavailable_outputs(jobs); !missing.empty()) {
    staging.abandon();
    err << fmt::format("brochure : {}\nbrochure : aucun fichier écrit\n", missing);
    return kExitFailure;
  }
  const StagedRun run =
      stage_all(jobs, inputs, requested_jobs, staging, interruptions, directory, out, err);
  if (run.status) return *run.status;
  return commit_and_report(staging, interruptions, run.lines, directory, start, out, err);
}

SingleFile write_single_file(const std::filesystem::path& output, std::string_view bytes,
                             std::string_view group, std::ostream& err) {
  const std::filesystem::path root =
      output.has_parent_path() ? output.parent_path() : std::filesystem::path(".");
  documents::OutputStaging staging(root, {.keep_record = false});
  std::string error;
  documents::StageResult staged;
  if (staging.open(error)) {
    staged = staging.stage(output, bytes, std::string(group));
    if (staged.ok) {
      const documents::CommitResult committed = staging.commit();
      if (!committed.ok()) staged = {false, committed.errors.front()};
    }
  } else {
    staged.error = error;
  }
  if (staged.ok) return {true, staged.unchanged};
  err << fmt::format("brochure : {}\nbrochure : {} n'a pas été écrit\n", staged.error,
                     output.string());
  return {};
}

}  // namespace cli
