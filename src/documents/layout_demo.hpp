// The layout demo (tests/fixtures/demo.xml with templates/demo.xml): a page or
// two showing what the typesetting engine does, laid out with the real fonts,
// hyphenation and line breaker and written as a PDF by `brochure demo`.
//
//   base::Diagnostics diagnostics;
//   documents::DemoOutput written = documents::write_layout_demo(
//       "tests/fixtures/demo.xml", "out/demo.pdf", pdf::WriteOptions{}, diagnostics);
//   print diagnostics; if (!written.written) fail;
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "documents/layout_demo_reader.hpp"
#include "documents/resources.hpp"
#include "pdf/writer.hpp"
#include "typeset/boxes.hpp"
#include "typeset/flow.hpp"
#include "typeset/pagination.hpp"

namespace documents {

// The demo shipped with the program, under the data directory.
inline constexpr std::string_view kLayoutDemoPath = "tests/fixtures/demo.xml";

struct DemoLayout {
  typeset::DocumentBox document;
  typeset::FlowReport report;
  // The pages before furniture: frames, strips, table rows with their cells
  // (for checks that nothing leaves its frame or its cell).
  std::vector<typeset::PageLayout> pages;
};

// The resources the demo needs: its template, the fonts it names, the French
// hyphenation patterns. nullopt after reporting a problem.
std::optional<Resources> load_demo_resources(const LayoutDemo& demo,
                                             base::Diagnostics& diagnostics);

// Checks every style and page master the demo names against its template
// (reported at the demo's line and column), then lays the demo out. Problems
// setting the text (a missing character, an overfull line) are reported under
// the demo's file name. nullopt when anything is an error.
std::optional<DemoLayout> build_layout_demo(const LayoutDemo& demo, const Resources& resources,
                                            base::Diagnostics& diagnostics);

struct DemoOutput {
  bool written = false;
  int pages = 0;
  std::size_t bytes = 0;
};

// Reads the demo at `demo_path`, loads what it needs, lays it out and writes
// it atomically to `output_path` (left as it was on failure).
DemoOutput write_layout_demo(const std::string& demo_path, const std::string& output_path,
                             const pdf::WriteOptions& options, base::Diagnostics& diagnostics);

}  // namespace documents
