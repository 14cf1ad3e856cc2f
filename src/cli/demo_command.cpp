// brochure demo: the layout demo (tests/fixtures/demo.xml under the data
// directory unless another file is given) written as a PDF, out/demo.pdf by
// default.
#include <fmt/format.h>

#include <filesystem>
#include <system_error>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/file_size.hpp"
#include "cli/plural.hpp"
#include "documents/layout_demo.hpp"
#include "typeset/data_dir.hpp"

namespace cli {

int run_demo(const DemoOptions& options, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  const std::string demo_path = options.demo_path.empty()
                                    ? typeset::resolve_data_path(documents::kLayoutDemoPath)
                                    : options.demo_path;
  const fs::path output(options.output_path);
  if (output.has_parent_path()) {
    std::error_code error;
    fs::create_directories(output.parent_path(), error);
    if (error) {
      err << fmt::format("brochure : impossible de créer le dossier {} : {}\n",
                         output.parent_path().string(), error.message());
      return kExitFailure;
    }
  }

  base::Diagnostics diagnostics;
  const pdf::WriteOptions write_options = pdf::WriteOptions::from_environment(diagnostics);
  documents::DemoOutput written;
  if (!diagnostics.has_errors()) {
    written = documents::write_layout_demo(demo_path, output.string(), write_options, diagnostics);
  }
  report_diagnostics(diagnostics, err);
  if (!written.written) {
    err << fmt::format("brochure : {} n'a pas été écrit\n", output.string());
    return kExitFailure;
  }
  out << fmt::format("écrit {} ({}, {})\n", output.string(),
                     count_of(written.pages, "page", "pages"), file_size(written.bytes));
  return kExitSuccess;
}

}  // namespace cli
