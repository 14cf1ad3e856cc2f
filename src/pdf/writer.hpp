// From laid-out pages to a PDF file: the one entry point of src/pdf.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "pdf/finishing.hpp"
#include "pdf/font_program.hpp"
#include "typeset/boxes.hpp"
#include "typeset/fonts.hpp"

namespace pdf {

class DirectorySyncs;

struct WriteOptions {
  // Streams and fonts deflated: these files are emailed.
  bool compress = true;
  // CreationDate and ModDate, in seconds since 1970 UTC; none when absent.
  // Never the clock: two runs on the same input give the same bytes.
  std::optional<std::int64_t> date;
  // What the finishing pass makes of libharu's file: PDF/A-1b by default.
  FinishingProfile finishing = FinishingProfile::screen();
  // Outline entries shallower than this show their children on opening
  // (1: the top level is open, its children's children are folded).
  int outline_open_depth = 1;
  // When set, write_pdf leaves the folder's sync to it (once per folder for
  // a run writing many files); otherwise the folder is synced after the file.
  DirectorySyncs* directory_syncs = nullptr;
  // The font files read once for every PDF of a run (shared by its threads);
  // when null, each PDF reads the files it uses.
  std::shared_ptr<FontProgramCache> font_programs;

  // Defaults, with `date` from SOURCE_DATE_EPOCH when it is set, the sRGB
  // output intent loaded once and a font program cache for the run. An invalid SOURCE_DATE_EPOCH
  // adds an error to `diagnostics` (named after `origin`), and so does a missing profile.
  static WriteOptions from_environment(base::Diagnostics& diagnostics,
                                       const std::string& origin = "SOURCE_DATE_EPOCH");
};

struct RenderResult {
  std::string bytes;  // the whole PDF; empty on failure
  base::Diagnostics diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

struct WriteResult {
  std::size_t size = 0;  // bytes written
  base::Diagnostics diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

// Paints `document` into a PDF in memory, then finishes it (finishing.hpp:
// PDF/A-1b unless options say otherwise). Every face used by a glyph run is
// embedded once as a subset; diagnostics (in French, with file `name`) report
// characters a face lacks, links and bookmarks to unknown anchors, font files
// libharu cannot embed, and any other libharu error.
RenderResult render_pdf(const typeset::DocumentBox& document, const typeset::FontLibrary& fonts,
                        const WriteOptions& options, const std::string& name = "PDF");
// The same bytes from a document the caller gives up: each page's boxes are
// freed as soon as libharu holds the page, so a long document is not held
// twice. The pages are left with their sizes only, and the structure tree
// is freed once read.
RenderResult render_pdf(typeset::DocumentBox&& document, const typeset::FontLibrary& fonts,
                        const WriteOptions& options, const std::string& name = "PDF");

// render_pdf, then write_file_atomically: on failure `path` keeps its previous
// content (or stays absent) and no temporary file is left behind.
WriteResult write_pdf(const typeset::DocumentBox& document, const typeset::FontLibrary& fonts,
                      const std::string& path, const WriteOptions& options);

}  // namespace pdf
