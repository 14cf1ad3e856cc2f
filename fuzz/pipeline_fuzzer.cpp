// Bytes → the whole pipeline on whatever catalogue they make: reading, then,
// when the catalogue is valid, the brochure and the first session's flyer laid
// out with the shipped templates and fonts and painted into PDF bytes in
// memory. Layout and painting must take any valid catalogue without a crash,
// and report what they cannot set within the rules for messages.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "catalogue/reader.hpp"
#include "documents/brochure.hpp"
#include "documents/flyer.hpp"
#include "documents/resources.hpp"
#include "fuzz_support.hpp"
#include "pdf/writer.hpp"

namespace {

const std::string kBrochureTemplate = BROCHURE_SOURCE_DIR "/templates/brochure.xml";
const std::string kFlyerTemplate = BROCHURE_SOURCE_DIR "/templates/flyer.xml";

// Fonts, templates and patterns: loaded once, as a run of the tool does.
const documents::Resources& resources() {
  static const documents::Resources loaded = [] {
    base::Diagnostics diagnostics;
    documents::ResourceRequest request;
    request.template_paths = {kBrochureTemplate, kFlyerTemplate};
    request.data_dir = BROCHURE_SOURCE_DIR;
    std::optional<documents::Resources> resources = documents::load_resources(request, diagnostics);
    if (!resources) std::abort();
    return std::move(*resources);
  }();
  return loaded;
}

void paint(const typeset::DocumentBox& document, base::Diagnostics& diagnostics) {
  pdf::RenderResult rendered = pdf::render_pdf(document, resources().fonts(), pdf::WriteOptions{});
  if (rendered.ok() && !rendered.bytes.starts_with("%PDF-")) std::abort();
  diagnostics.append(std::move(rendered.diagnostics));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const documents::Resources& shared = resources();
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  catalogue::LoadResult loaded = catalogue::load_catalogue_from_string(xml, "fuzz.xml");
  fuzz::check_messages(loaded.diagnostics);
  if (!loaded.value) return 0;
  const catalogue::Catalogue& catalogue = *loaded.value;

  base::Diagnostics diagnostics;
  const typeset::DocumentBox brochure = documents::build_brochure(
      catalogue, *shared.find_template(kBrochureTemplate), shared, diagnostics);
  if (!diagnostics.has_errors()) paint(brochure, diagnostics);

  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(catalogue);
  if (!sessions.empty()) {
    const typeset::DocumentBox flyer = documents::build_flyer(
        catalogue, sessions.front(), *shared.find_template(kFlyerTemplate), shared, diagnostics);
    if (!diagnostics.has_errors()) paint(flyer, diagnostics);
  }
  fuzz::check_messages(diagnostics);
  return 0;
}
