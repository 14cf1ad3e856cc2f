// The layout demo rendered into memory, for `brochure demo` to stage and
// write like every other output (output_staging.hpp).
#pragma once

#include <string>

#include "base/diagnostics.hpp"
#include "pdf/writer.hpp"

namespace documents {

struct RenderedDemo {
  bool ok = false;
  int pages = 0;
  std::string bytes;  // the finished PDF
};

// Reads the demo at `demo_path`, loads what it needs, lays it out and renders
// it. Problems go to `diagnostics`; ok is false when any is an error.
RenderedDemo render_layout_demo(const std::string& demo_path, const pdf::WriteOptions& options,
                                base::Diagnostics& diagnostics);

}  // namespace documents
