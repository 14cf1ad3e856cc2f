#include "documents/flyer.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "documents/flyer_content.hpp"
#include "documents/flyer_furniture.hpp"
#include "typeset/flow.hpp"
#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

constexpr const char* kBodyStyle = "body";

struct Attempt {
  typeset::DocumentBox document;
  base::Diagnostics diagnostics;
};

// The height a page's content spans, from its highest to its lowest mark.
double used_height(const typeset::PageBox& page) {
  double top = page.height;
  double bottom = 0;
  const auto span = [&](double from, double to) {
    top = std::min(top, from);
    bottom = std::max(bottom, to);
  };
  for (const typeset::GlyphRun& run : page.glyphs) span(run.origin.y - run.size, run.origin.y);
  for (const typeset::FillBox& fill : page.fills) span(fill.rect.y, fill.rect.bottom());
  for (const typeset::RuleBox& rule : page.rules)
    span(std::min(rule.from.y, rule.to.y), std::max(rule.from.y, rule.to.y));
  return std::max(0.0, bottom - top);
}

// Where the fit search should look first, guessed from the layout at the
// template's size: lines shorten and lengthen with the size, so the content's
// height goes as its square, and the first page, full, tells what a page
// holds. `pages` is the page count guessed at the smallest size, `step` the
// first step guessed to need no more.
struct FitGuess {
  int step = 0;
  double pages = 1;
};

FitGuess guess_fit(const typeset::DocumentBox& document, double base, int steps, double step_size) {
  const double page = used_height(document.pages.front());
  double content = 0;
  for (const typeset::PageBox& each : document.pages) content += used_height(each);
  if (page <= 0 || content <= 0) return {steps, 2};  // no guess: the minimum size first
  const auto pages_at = [&](int step) {
    const double factor = (base - step * step_size) / base;
    return std::max(1.0, std::ceil(content * factor * factor / page - 1e-6));
  };
  FitGuess guess{1, pages_at(steps)};
  while (guess.step < steps && pages_at(guess.step) > guess.pages) ++guess.step;
  return guess;
}

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
  // one sheet, a third page needs another). The page count does not grow as
  // the size goes down, so any search finds the same step; this one starts
  // from a guess made on the template's layout (a layout costs about what
  // painting the flyer does), checks the guess's neighbour, then bisects.
  Attempt build(FlyerFit& fit) {
    const double base = tmpl_.paragraph_style(kBodyStyle)->size;
    const int steps = std::max(
        0, static_cast<int>(
               std::floor((base - settings_.min_body_size) / settings_.shrink_step + 1e-9)));
    const auto size_at = [&](int step) { return base - step * settings_.shrink_step; };
    std::map<int, Attempt> tried;
    const auto pages_at = [&](int step) {
      auto found = tried.find(step);
      if (found == tried.end()) found = tried.emplace(step, lay_out(size_at(step), fit)).first;
      return found->second.document.pages.size();
    };
    const auto chosen = [&](int step) {
      return finish(std::move(tried.at(step)), size_at(step), fit);
    };

    const std::size_t largest_pages = pages_at(0);
    if (largest_pages <= 1 || steps == 0) return chosen(0);
    const FitGuess guess = guess_fit(tried.at(0).document, base, steps, settings_.shrink_step);
    // One page anywhere is the fewest possible; otherwise the minimum size tells.
    std::size_t fewest_pages = 0;
    if (guess.pages > 1) {
      fewest_pages = pages_at(steps);
    } else if (pages_at(guess.step) == 1 || (guess.step < steps && pages_at(guess.step + 1) == 1)) {
      fewest_pages = 1;
    } else {
      fewest_pages = pages_at(steps);
    }
    if (largest_pages <= fewest_pages) return chosen(0);

    // Invariant: step `fits` needs the fewest pages, step `overflows` more.
    int fits = steps;
    int overflows = 0;
    for (const auto& [step, attempt] : tried) {
      if (attempt.document.pages.size() <= fewest_pages) {
        fits = std::min(fits, step);
      } else {
        overflows = std::max(overflows, step);
      }
    }
    const auto narrow = [&](int step) {
      if (pages_at(step) <= fewest_pages) {
        fits = step;
      } else {
        overflows = step;
      }
    };
    // The guess is often the answer or next to it: its neighbour tells.
    if (overflows < guess.step && guess.step < fits) narrow(guess.step);
    if (fits - overflows > 1 && fits == guess.step) narrow(fits - 1);
    if (fits - overflows > 1 && overflows == guess.step) narrow(overflows + 1);
    while (fits - overflows > 1) narrow((fits + overflows) / 2);
    return chosen(fits);
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
    std::string subtitle = fill_fields(
        settings_.band_subtitle, {{"title", catalogue_.title}, {"edition", catalogue_.edition}});
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
                                 const Resources& resources, base::Diagnostics& diagnostics,
                                 FlyerFit* fit) {
  FlyerFit local_fit;
  FlyerFit& chosen = fit != nullptr ? *fit : local_fit;
  chosen = {};
  Attempt attempt = FlyerBuilder(catalogue, session, tmpl, settings, resources).build(chosen);
  diagnostics.append(std::move(attempt.diagnostics));
  return std::move(attempt.document);
}

typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const Resources& resources,
                                 base::Diagnostics& diagnostics, FlyerFit* fit) {
  const std::optional<FlyerSettings> settings = read_flyer_settings(tmpl, diagnostics);
  if (!settings) return {};
  return build_flyer(catalogue, session, tmpl, *settings, resources, diagnostics, fit);
}

}  // namespace documents
