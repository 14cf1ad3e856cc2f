// The inputs that once broke the pipeline fuzz target, replayed in the
// ordinary build as the target runs them: the catalogue read, then, when it is
// valid, the brochure and the first session's flyer laid out and painted in
// memory; no crash, every message within the rules.
#include <gtest/gtest.h>

#include "../support/corpus.hpp"
#include "catalogue/reader.hpp"
#include "documents/brochure.hpp"
#include "documents/flyer.hpp"
#include "documents_test_support.hpp"
#include "pdf/writer.hpp"

namespace {

const documents::Resources& both_templates() {
  static const std::optional<documents::Resources> resources = [] {
    base::Diagnostics diagnostics;
    return documents::load_resources(
        {.template_paths = {documents_test::kBrochureTemplate, documents_test::kFlyerTemplate},
         .data_dir = documents_test::kSourceDir},
        diagnostics);
  }();
  if (!resources) std::abort();
  return *resources;
}

TEST(FuzzRegressions, PipelineInputsAreLaidOutAndPainted) {
  const documents::Resources& resources = both_templates();
  for (const auto& file : test_support::corpus_files("fuzz/regressions/pipeline")) {
    SCOPED_TRACE(file.string());
    const catalogue::LoadResult loaded = catalogue::load_catalogue(file.string());
    test_support::expect_messages_within_rules(loaded.diagnostics);
    if (!loaded.value) continue;
    base::Diagnostics diagnostics;
    const typeset::DocumentBox brochure = documents::build_brochure(
        *loaded.value, *resources.find_template(documents_test::kBrochureTemplate), resources,
        diagnostics);
    if (!diagnostics.has_errors()) {
      diagnostics.append(pdf::render_pdf(brochure, resources.fonts(), {}).diagnostics);
    }
    const auto sessions = catalogue::sessions_by_date(*loaded.value);
    if (!sessions.empty()) {
      const typeset::DocumentBox flyer = documents::build_flyer(
          *loaded.value, sessions.front(), *resources.find_template(documents_test::kFlyerTemplate),
          resources, diagnostics);
      if (!diagnostics.has_errors()) {
        diagnostics.append(pdf::render_pdf(flyer, resources.fonts(), {}).diagnostics);
      }
    }
    test_support::expect_messages_within_rules(diagnostics);
  }
}

}  // namespace
