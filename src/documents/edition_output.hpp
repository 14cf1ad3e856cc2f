// Producing an edition's files: which to write (the brochure, one flyer per
// session in date order with what is made from it — its preview, its
// calendar, its mail draft — and the edition's calendar) and making one job's
// files — laid out, rendered, finished and staged (output_staging.hpp):
// nothing replaces the previous edition until every file is ready. Each job only reads the shared
// catalogue, templates and resources, so jobs may run on several threads at once
// (parallel_ordered.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/mail_draft.hpp"
#include "documents/output_paths.hpp"
#include "documents/output_staging.hpp"
#include "documents/resources.hpp"
#include "documents/session_calendar.hpp"
#include "pdf/writer.hpp"
#include "typeset/template.hpp"

namespace documents {

struct OutputJob {
  enum class Kind { brochure, flyer, edition_calendar };
  Kind kind = Kind::brochure;
  catalogue::SessionRef session{};  // for a flyer
  std::filesystem::path path{};     // the PDF, or the edition's calendar
  // How this file is finished when not as the inputs' write options say (the
  // archive's brochure: PDF/A-3b carrying its sources).
  std::shared_ptr<const pdf::FinishingProfile> finishing{};
  // Made with a flyer, when set: the PNG of its first page, the session's
  // calendar, its mail draft (the PDF and the calendar attached).
  std::filesystem::path preview{};
  std::filesystem::path calendar{};
  std::filesystem::path mail{};

  // A brochure or a flyer: a PDF laid out (the edition's calendar is not).
  bool laid_out() const { return kind != Kind::edition_calendar; }
};

// The groups of the output folder's record of the files it holds
// (output_staging.hpp): a run that makes a whole group removes the files of
// it that it no longer makes.
inline constexpr std::string_view kPreviewsGroup = "previews";
inline constexpr std::string_view kAgendaGroup = "agenda";
inline constexpr std::string_view kMailGroup = "mail";

// The group of a job's main file: "brochure", "flyers" or "agenda".
std::string output_group(OutputJob::Kind kind);

// What a run makes.
struct EditionPlan {
  bool brochure = true;
  bool flyers = true;
  bool previews = false;   // a PNG per flyer
  bool calendars = false;  // a .ics per session and the edition's
  bool mails = false;      // a mail draft per session (with its flyer and calendar)
};

// The brochure first (when asked), then a flyer per session of `sessions`
// (with what the plan makes from it), then the edition's calendar.
std::vector<OutputJob> plan_edition(const catalogue::Catalogue& catalogue,
                                    const std::vector<catalogue::SessionRef>& sessions,
                                    const EditionPaths& paths, const EditionPlan& plan);
// The brochure and the flyers alone.
std::vector<OutputJob> plan_edition(const catalogue::Catalogue& catalogue,
                                    const std::vector<catalogue::SessionRef>& sessions,
                                    const EditionPaths& paths, bool brochure, bool flyers);

// Why this installation cannot make some of `jobs` (PDFs, previews or mail
// drafts whose module is missing), in French, so that a run stops before it
// starts; empty when it can make them all.
std::string unavailable_outputs(const std::vector<OutputJob>& jobs);

// The groups a plan's run makes as a whole.
std::vector<std::string> planned_groups(const EditionPlan& plan);

// What the documents share; the pointers a job's kind needs are set.
class LayoutsLeft;  // layouts_left.hpp

struct EditionInputs {
  const catalogue::Catalogue* catalogue = nullptr;
  const Resources* resources = nullptr;
  const typeset::Template* brochure_template = nullptr;
  const typeset::Template* flyer_template = nullptr;
  const FlyerSettings* flyer_settings = nullptr;
  const MailSettings* mail_settings = nullptr;          // with mail drafts
  const CalendarSettings* calendar_settings = nullptr;  // with calendars
  std::vector<catalogue::SessionRef> sessions;          // the edition's calendar's
  std::vector<std::string> recipients;                  // the mail drafts' To:
  pdf::WriteOptions write_options;  // its date is the mails' Date: and the events' DTSTAMP
  // When set, told of each layout made: the last lets the prepared paragraphs go.
  LayoutsLeft* layouts_left = nullptr;
};

// The write options of an edition's files: SOURCE_DATE_EPOCH when set, else
// the edition's first day (the catalogue's `start`, at midnight UTC), so that
// every file is dated and the same catalogue always gives the same bytes; the
// sRGB output intent loaded once. Problems go to `diagnostics`.
// `date_origin`, when given, says which: "SOURCE_DATE_EPOCH" or "edition-start".
pdf::WriteOptions edition_write_options(const catalogue::Catalogue& catalogue,
                                        base::Diagnostics& diagnostics,
                                        std::string* date_origin = nullptr);

// Midnight UTC of `date`, in seconds since 1970.
std::int64_t seconds_since_epoch(const catalogue::Date& date);

// A file staged with a job's main one (a flyer's preview, calendar, mail draft).
struct StagedCompanion {
  std::filesystem::path path;
  std::size_t bytes = 0;
  bool unchanged = false;  // the file already held these bytes (OutputStaging)
};

struct OutputResult {
  std::filesystem::path path;
  bool written = false;         // staged; false: an error was reported, nothing was staged
  bool staging_failed = false;  // made, but could not be written (the disk, the folder)
  int pages = 0;                // of a PDF
  std::size_t bytes = 0;
  bool unchanged = false;                   // the file already held these bytes: left as it was
  std::vector<StagedCompanion> companions;  // staged with it, in order
  base::Diagnostics diagnostics;  // layout's, rendering's and staging's, warnings included
};

// Lays out, renders and finishes one job's files, and stages each in
// `staging` under its group. Never throws for a problem of the input: it is in
// the result's diagnostics.
OutputResult produce(const OutputJob& job, const EditionInputs& inputs, OutputStaging& staging);

// The same, keeping the finished bytes instead of staging them (`verify`
// compares them with an archive's).
struct RenderedOutput {
  OutputResult result;
  std::string bytes;
};
RenderedOutput render_output(const OutputJob& job, const EditionInputs& inputs);

}  // namespace documents
