// Writing a command's files through an OutputStaging, with what the user
// sees: the messages of each document as it is made, progress for long runs,
// then — once every file is ready and all replaced together — each file
// written and a summary; or, after a failure or Ctrl-C, a plain statement
// that nothing was replaced.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "documents/edition_output.hpp"
#include "documents/edition_setup.hpp"
#include "documents/interruption.hpp"
#include "documents/output_staging.hpp"

namespace cli {

using Clock = std::chrono::steady_clock;
using Preparation = documents::EditionSetup;

// "0,42 s".
std::string seconds(Clock::duration elapsed);

// What a run did with one file, for the user: "écrit", or "inchangé" when the
// file already held these bytes (OutputStaging left it as it was).
std::string_view file_verb(bool unchanged);
// "écrit out/…/x.pdf (1 page, 43 Ko)", "inchangé …".
std::string file_line(const std::filesystem::path& path, bool unchanged, std::string_view details);

// Writes one file alone (no record of written files), atomically. Not ok
// after telling `err` why it was not written.
struct SingleFile {
  bool ok = false;
  bool unchanged = false;  // it already held these bytes
};
SingleFile write_single_file(const std::filesystem::path& output, std::string_view bytes,
                             std::string_view group, std::ostream& err);

// Opens `staging` (its folder locked, a killed run's temporaries removed, which
// is said on `out`). false after reporting the problem on `err`.
bool open_staging(documents::OutputStaging& staging, const std::filesystem::path& directory,
                  std::ostream& out, std::ostream& err);

// Makes every job on `requested_jobs` threads, staging each file. When one
// failed or a signal came, abandons the staging, reports it and sets
// `status` (1, or 128 + n for signal n); otherwise `lines` say what each file
// is, to print once committed.
struct StagedRun {
  std::optional<int> status;  // set: the run is over
  std::vector<std::string> lines;
};
StagedRun stage_all(const std::vector<documents::OutputJob>& jobs,
                    const documents::EditionInputs& inputs, int requested_jobs,
                    documents::OutputStaging& staging,
                    const documents::InterruptionWatch& interruptions,
                    const std::filesystem::path& directory, std::ostream& out, std::ostream& err);

// stage_all, then commit_and_report. Returns the exit status: 0, 1 when
// anything failed (nothing replaced), 128 + n when signal n came first.
int produce_all(const std::vector<documents::OutputJob>& jobs,
                const documents::EditionInputs& inputs, int requested_jobs,
                documents::OutputStaging& staging,
                const documents::InterruptionWatch& interruptions,
                const std::filesystem::path& directory, Clock::time_point start, std::ostream& out,
                std::ostream& err);

// The end of a run whose files are all staged: commits and reports. `lines`
// are printed on `out` once the files are in place.
int commit_and_report(documents::OutputStaging& staging,
                      const documents::InterruptionWatch& interruptions,
                      const std::vector<std::string>& lines, const std::filesystem::path& directory,
                      Clock::time_point start, std::ostream& out, std::ostream& err);

// After a failure: abandons the staged files and says that nothing changed.
int abandon_and_report(documents::OutputStaging& staging, std::size_t failed,
                       const std::filesystem::path& directory, std::ostream& err);

}  // namespace cli
