// Producing an edition's files: which PDFs to write (the brochure, one flyer
// per session in date order) and writing one of them — laid out, rendered and
// moved into place atomically, so that a failure leaves the previous file.
// Each job only reads the shared catalogue, templates and resources, so jobs
// may run on several threads at once (parallel_ordered.hpp).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/output_paths.hpp"
#include "documents/resources.hpp"
#include "pdf/atomic_file.hpp"
#include "pdf/writer.hpp"
#include "typeset/template.hpp"

namespace documents {

struct OutputJob {
  enum class Kind { brochure, flyer };
  Kind kind = Kind::brochure;
  catalogue::SessionRef session;  // for a flyer
  std::filesystem::path path;
};

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
  // The output folders, synced once when the last copy of these inputs is
  // gone (after every job), rather than once per file.
  std::shared_ptr<pdf::DirectorySyncs> directory_syncs = std::make_shared<pdf::DirectorySyncs>();
};

struct OutputResult {
  std::filesystem::path path;
  bool written = false;  // false: layout or rendering reported an error, the file is untouched
  int pages = 0;
  std::size_t bytes = 0;
  base::Diagnostics diagnostics;  // layout's and rendering's, warnings included
};

// Lays out, renders and writes one job's file. Never throws for a problem of
// the input: it is in the result's diagnostics.
OutputResult produce(const OutputJob& job, const EditionInputs& inputs);

}  // namespace documents
