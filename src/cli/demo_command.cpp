// brochure demo: the layout demo (tests/fixtures/demo.xml under the data
// directory unless another file is given) written as a PDF, out/demo.pdf by
// default, through the same staging as every other output.
#include <fmt/format.h>

#include <filesystem>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/edition_writing.hpp"
#include "cli/file_size.hpp"
#include "cli/plural.hpp"
#include "documents/demo_output.hpp"
#include "documents/layout_demo.hpp"
#include "typeset/data_dir.hpp"

namespace cli {

int run_demo(const DemoOptions& options, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  const std::string demo_path = options.demo_path.empty()
                                    ? typeset::resolve_data_path(documents::kLayoutDemoPath)
                                    : options.demo_path;
  const fs::path output(options.output_path);

  base::Diagnostics diagnostics;
  // The demo has no edition: dated by SOURCE_DATE_EPOCH alone, else undated.
  const pdf::WriteOptions write_options = pdf::WriteOptions::from_environment(diagnostics);
  documents::RenderedDemo rendered;
  if (!diagnostics.has_errors())
    rendered = documents::render_layout_demo(demo_path, write_options, diagnostics);
  report_diagnostics(diagnostics, err);
  if (!rendered.ok) {
    err << fmt::format("brochure : {} n'a pas été écrit\n", output.string());
    return kExitFailure;
  }

  const SingleFile written = write_single_file(output, rendered.bytes, "demo", err);
  if (!written.ok) return kExitFailure;
  out << file_line(output, written.unchanged,
                   fmt::format("{}, {}", count_of(rendered.pages, "page", "pages"),
                               file_size(rendered.bytes.size())))
      << "\n";
  return kExitSuccess;
}

}  // namespace cli
