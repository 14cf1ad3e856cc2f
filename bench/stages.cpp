// Per-stage timings of one edition, in-process, best and median of N runs:
//   load catalogue, load fonts/templates/patterns, lay the brochure out, paint
//   it (PDF bytes in memory), lay out and paint every flyer; plus what one PDF
//   pays for embedding its fonts (libharu reads the TTF files again for each
//   document) — measured on a one-word page.
//
//   bench_stages [CATALOGUE] [RUNS]     (defaults: xml/2026-2027.xml, 7)
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "catalogue/reader.hpp"
#include "documents/brochure.hpp"
#include "documents/flyer.hpp"
#include "documents/resources.hpp"
#include "pdf/writer.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
  double best_ms = 0;
  double median_ms = 0;
};

Timing measure(int runs, const std::function<void()>& work) {
  std::vector<double> samples;
  for (int run = 0; run < runs; ++run) {
    const Clock::time_point start = Clock::now();
    work();
    samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(samples.begin(), samples.end());
  return {samples.front(), samples[samples.size() / 2]};
}

void print(const std::string& stage, const Timing& timing, const std::string& note = {}) {
  fmt::print("{:<44} {:>9.2f} {:>9.2f}  {}\n", stage, timing.best_ms, timing.median_ms, note);
}

[[noreturn]] void fail(const std::string& what, const base::Diagnostics& diagnostics) {
  fmt::print(stderr, "bench_stages : {}\n", what);
  for (const base::Diagnostic& diagnostic : diagnostics.items()) {
    fmt::print(stderr, "{}\n", base::format_diagnostic(diagnostic));
  }
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string source = BROCHURE_SOURCE_DIR;
  const std::string catalogue_path = argc > 1 ? argv[1] : source + "/xml/2026-2027.xml";
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
  const std::string brochure_template = source + "/templates/brochure.xml";
  const std::string flyer_template = source + "/templates/flyer.xml";

  fmt::print("{:<44} {:>9} {:>9}\n", fmt::format("stage ({} runs)", runs), "best ms", "median ms");

  catalogue::LoadResult loaded;
  print("load catalogue",
        measure(runs, [&] { loaded = catalogue::load_catalogue(catalogue_path); }));
  if (!loaded.value) fail("catalogue illisible", loaded.diagnostics);
  const catalogue::Catalogue& catalogue = *loaded.value;

  std::optional<documents::Resources> resources;
  base::Diagnostics resource_diagnostics;
  documents::ResourceRequest request;
  request.template_paths = {brochure_template, flyer_template};
  print("load fonts, templates, patterns", measure(runs, [&] {
          resource_diagnostics = {};
          resources = documents::load_resources(request, resource_diagnostics);
        }));
  if (!resources) fail("ressources illisibles", resource_diagnostics);
  const typeset::Template& brochure = *resources->find_template(brochure_template);
  const typeset::Template& flyer = *resources->find_template(flyer_template);
  base::Diagnostics diagnostics;
  const std::optional<documents::FlyerSettings> settings =
      documents::read_flyer_settings(flyer, diagnostics);
  if (!settings) fail("modèle de flyer incomplet", diagnostics);
  const pdf::WriteOptions options;

  typeset::DocumentBox brochure_box;
  Timing timing = measure(runs, [&] {
    base::Diagnostics ignored;
    brochure_box = documents::build_brochure(catalogue, brochure, *resources, ignored);
  });
  print("layout brochure", timing, fmt::format("{} pages", brochure_box.pages.size()));
  std::size_t brochure_bytes = 0;
  timing = measure(runs, [&] {
    brochure_bytes = pdf::render_pdf(brochure_box, resources->fonts(), options).bytes.size();
  });
  print("paint brochure (PDF in memory)", timing, fmt::format("{} Ko", brochure_bytes / 1024));

  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(catalogue);
  std::vector<typeset::DocumentBox> flyer_boxes(sessions.size());
  int layouts = 0;
  std::vector<documents::FlyerFit> fits(sessions.size());
  timing = measure(runs, [&] {
    layouts = 0;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
      base::Diagnostics ignored;
      flyer_boxes[i] = documents::build_flyer(catalogue, sessions[i], flyer, *settings, *resources,
                                              ignored, &fits[i]);
      layouts += fits[i].layouts;
    }
  });
  print(fmt::format("layout {} flyers", sessions.size()), timing,
        fmt::format("{} layouts tried in all", layouts));
  // What the fit search chose and what it cost, flyer by flyer.
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    fmt::print("    {:<8} body {:>5.2f} pt  {} page(s)  {} layout(s)\n", sessions[i].session->code,
               fits[i].body_size, fits[i].pages, fits[i].layouts);
  }
  std::size_t flyer_bytes = 0;
  timing = measure(runs, [&] {
    flyer_bytes = 0;
    for (const typeset::DocumentBox& box : flyer_boxes) {
      flyer_bytes += pdf::render_pdf(box, resources->fonts(), options).bytes.size();
    }
  });
  print(fmt::format("paint {} flyers (PDF in memory)", sessions.size()), timing,
        fmt::format("{} Ko in all", flyer_bytes / 1024));

  // One word in the body face: the cost of a PDF that embeds one font.
  typeset::DocumentBox tiny;
  tiny.pages.emplace_back();
  typeset::GlyphRun word;
  word.origin = {72, 72};
  word.face = resources->fonts().face_of("Livret Sans", typeset::FontStyle::regular);
  word.size = 10;
  word.text = "atelier";
  tiny.pages.back().glyphs.push_back(word);
  print("one PDF, one word, one font embedded",
        measure(runs, [&] { pdf::render_pdf(tiny, resources->fonts(), options); }));
  return 0;
}
