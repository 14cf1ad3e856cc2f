// Producing an edition's files: which PDFs to write (the brochure, one flyer
// per session in date order) and making one of them — laid out, rendered,
// finished and staged (output_staging.hpp): nothing replaces the previous
// edition until every file is ready. Each job only reads the shared catalogue,
// templates and resources, so jobs may run on several threads at once
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
#include "documents/output_paths.hpp"
#include "documents/output_staging.hpp"
#include "documents/resources.hpp"
#include "pdf/writer.hpp"
#include "typeset/template.hpp"

namespace documents {

struct OutputJob {
  enum class Kind { brochure, flyer };
  Kind kind = Kind::brochure;
  catalogue::SessionRef session;  // for a flyer
  std::filesystem::path path;
  // How this file is finished when not as the inputs' write options say (the
  // archive's brochure: PDF/A-3b carrying its sources).
  std::shared_ptr<const pdf::FinishingProfile> finishing;
};

// The group a job's file belongs to in the output folder's record of the
// files it holds (output_staging.hpp): "brochure" or "flyers".
std::string output_group(OutputJob::Kind kind);

// The brochure first (when asked), then a flyer per session of `sessions`.
std::vector<OutputJob> plan_edition(const catalogue::Catalogue& catalogue,
                                    const std::vector<catalogue::SessionRef>& sessions,
                                    const EditionPaths& paths, bool brochure, bool flyers);

// What the documents share; the pointers a job's kind needs are set.
struct EditionInputs {
  const catalogue::Catalogue* catalogue = nullptr;
  const Resources* resources = nullptr;
  const typeset::Template* brochure_template = nullptr;
  const typeset::Template* flyer_template = nullptr;
  const FlyerSettings* flyer_settings = nullptr;
  pdf::WriteOptions write_options;
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

struct OutputResult {
  std::filesystem::path path;
  bool written = false;         // staged; false: an error was reported, nothing was staged
  bool staging_failed = false;  // made, but could not be written (the disk, the folder)
  int pages = 0;
  std::size_t bytes = 0;
  base::Diagnostics diagnostics;  // layout's, rendering's and staging's, warnings included
};

// Lays out, renders and finishes one job's file, and stages it in `staging`
// under its output_group. Never throws for a problem of the input: it is in
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
