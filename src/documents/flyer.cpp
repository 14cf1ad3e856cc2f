#include "documents/flyer.hpp"

#include <cmath>

#include "documents/flyer_content.hpp"
#include "documents/flyer_furniture.hpp"
#include "typeset/flow.hpp"
#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

constexpr const char* kBodyStyle = "body";

struct Attempt {
  typeset::DocumentBox document;
  catalogue::Diagnostics diagnostics;
};

class FlyerBuilder {
 public:
  FlyerBuilder(const catalogue::Catalogue& catalogue, const catalogue::SessionRef& session,
               const typeset::Template& tmpl, const FlyerSettings& settings,
               const Resources& resources)
      : catalogue_(catalogue),
        session_(session),
        tmpl_(tmpl),
        settings_(settings),
        resources_(resources),
        content_(flyer_content(catalogue, session, settings)) {}

  // The largest body size, from the template's down to the minimum in steps,
  // that keeps the flyer on one page; when none does, the largest that keeps
  // it on as few pages as the minimum size allows (a two-page flyer prints on
  // one sheet, a third page needs another). Found by bisection: the page count
  // does not grow as the size goes down.
  Attempt build(FlyerFit& fit) {
    const double base = tmpl_.paragraph_style(kBodyStyle)->size;
    const int steps = std::max(
        0, static_cast<int>(
               std::floor((base - settings_.min_body_size) / settings_.shrink_step + 1e-9)));
    const auto size_at = [&](int step) { return base - step * settings_.shrink_step; };

    Attempt largest = lay_out(size_at(0), fit);
    if (largest.document.pages.size() <= 1 || steps == 0) {
      return finish(std::move(largest), size_at(0), fit);
    }
    Attempt best = lay_out(size_at(steps), fit);
    const std::size_t fewest_pages = best.document.pages.size();
    if (largest.document.pages.size() <= fewest_pages) {
      return finish(std::move(largest), size_at(0), fit);
    }

    // Invariant: step `fits` needs the fewest pages, step `overflows` more.
    int fits = steps;
    int overflows = 0;
    while (fits - overflows > 1) {
      const int middle = (fits + overflows) / 2;
      Attempt attempt = lay_out(size_at(middle), fit);
      if (attempt.document.pages.size() <= fewest_pages) {
        fits = middle;
        best = std::move(attempt);
      } else {
        overflows = middle;
      }
    }
    return finish(std::move(best), size_at(fits), fit);
  }

 private:
  Attempt lay_out(double body_size, FlyerFit& fit) {
    ++fit.layouts;
    Attempt attempt;
    const typeset::Template scaled = scaled_template(tmpl_, body_size);
    const typeset::SetParagraphFn set_paragraph =
        typeset::text_setter(resources_.text_context(catalogue_.source_path, attempt.diagnostics));
    typeset::Flow flow(scaled, set_paragraph, attempt.diagnostics, settings_.page_master);
    flow.set_body_style(kBodyStyle);
    flow.add(content_);
    attempt.document = flow.finish(metadata());
    return attempt;
  }

  Attempt finish(Attempt attempt, double body_size, FlyerFit& fit) {
    fit.body_size = body_size;
    fit.pages = static_cast<int>(attempt.document.pages.size());
    // The furniture in the template's own sizes; its text problems are the run's too.
    const typeset::SetParagraphFn set_paragraph =
        typeset::text_setter(resources_.text_context(catalogue_.source_path, attempt.diagnostics));
    paint_flyer_furniture(attempt.document, furniture_text(), tmpl_, settings_, set_paragraph);
    return attempt;
  }

  FlyerFurnitureText furniture_text() const {
    std::string subtitle = replace_field(settings_.band_subtitle, "title", catalogue_.title);
    subtitle = replace_field(std::move(subtitle), "edition", catalogue_.edition);
    return {catalogue_.publisher.name, std::move(subtitle),
            kind_name(session_.course->kind, settings_), catalogue_.publisher.website};
  }

  typeset::DocumentMetadata metadata() const {
    typeset::DocumentMetadata metadata;
    metadata.title = session_.session->code + " – " + session_.course->title;
    metadata.author = catalogue_.publisher.name;
    metadata.subject = kind_name(session_.course->kind, settings_) + " – " + catalogue_.title +
                       " " + catalogue_.edition;
    metadata.keywords = session_.session->code;
    metadata.language = "fr";
    return metadata;
  }

  const catalogue::Catalogue& catalogue_;
  const catalogue::SessionRef& session_;
  const typeset::Template& tmpl_;
  const FlyerSettings& settings_;
  const Resources& resources_;
  std::vector<typeset::Block> content_;
};

void move_diagnostics(const catalogue::Diagnostics& from, catalogue::Diagnostics& to) {
  for (const catalogue::Diagnostic& diagnostic : from.items()) to.add(diagnostic);
}

}  // namespace

typeset::Template scaled_template(const typeset::Template& tmpl, double body_size) {
  typeset::Template scaled = tmpl;
  const typeset::ParagraphStyle* body = tmpl.paragraph_style(kBodyStyle);
  if (body == nullptr || body->size <= 0) return scaled;
  const double factor = body_size / body->size;
  if (factor == 1) return scaled;
  for (auto& [name, style] : scaled.paragraph_styles) {
    style.size *= factor;
    style.leading *= factor;
    style.space_before *= factor;
    style.space_after *= factor;
  }
  return scaled;
}

typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const FlyerSettings& settings,
                                 const Resources& resources, catalogue::Diagnostics& diagnostics,
                                 FlyerFit* fit) {
  FlyerFit local_fit;
  FlyerFit& chosen = fit != nullptr ? *fit : local_fit;
  chosen = {};
  Attempt attempt = FlyerBuilder(catalogue, session, tmpl, settings, resources).build(chosen);
  move_diagnostics(attempt.diagnostics, diagnostics);
  return std::move(attempt.document);
}

typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const Resources& resources,
                                 catalogue::Diagnostics& diagnostics, FlyerFit* fit) {
  const std::optional<FlyerSettings> settings = read_flyer_settings(tmpl, diagnostics);
  if (!settings) return {};
  return build_flyer(catalogue, session, tmpl, *settings, resources, diagnostics, fit);
}

}  // namespace documents
