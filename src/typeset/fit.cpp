#include "typeset/fit.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace typeset {

namespace {

struct StepGuess {
  int step = 0;      // the first step guessed to need no more pages than the last
  double pages = 1;  // the page count guessed at the smallest size
};

StepGuess guess(const FitEstimate& estimate, double base, int steps, double step_size) {
  if (estimate.page_height <= 0 || estimate.content_height <= 0) return {steps, 2};
  const auto pages_at = [&](int step) {
    const double factor = (base - step * step_size) / base;
    return std::max(
        1.0, std::ceil(estimate.content_height * factor * factor / estimate.page_height - 1e-6));
  };
  StepGuess result{1, pages_at(steps)};
  while (result.step < steps && pages_at(result.step) > result.pages) ++result.step;
  return result;
}

}  // namespace

int fit_steps(double base_size, const FitRule& rule) {
  if (rule.step <= 0) return 0;
  return std::max(
      0, static_cast<int>(std::floor((base_size - rule.min_body_size) / rule.step + 1e-9)));
}

int grow_steps(double base_size, const FitRule& rule) {
  if (rule.step <= 0 || rule.max_body_size <= base_size) return 0;
  return static_cast<int>(std::floor((rule.max_body_size - base_size) / rule.step + 1e-9));
}

int choose_fit_step(double base_size, const FitRule& rule, const FitEstimate& estimate,
                    const std::function<int(int step)>& pages_at_step) {
  const int steps = fit_steps(base_size, rule);
  std::map<int, int> tried;
  const auto pages_at = [&](int step) {
    auto found = tried.find(step);
    if (found == tried.end()) found = tried.emplace(step, pages_at_step(step)).first;
    return found->second;
  };
  const int max_pages = std::max(1, rule.max_pages);
  const int largest_pages = pages_at(0);
  if (largest_pages <= max_pages) return 0;
  // More pages than allowed even at the smallest size: the largest size, up
  // to the maximum, that needs no more pages than the template's size.
  const auto grown = [&](int target) {
    int fits = 0;  // needs at most `target` pages
    int overflows = grow_steps(base_size, rule) + 1;
    while (overflows - fits > 1) {
      const int middle = (fits + overflows) / 2;
      if (pages_at(-middle) <= target) {
        fits = middle;
      } else {
        overflows = middle;
      }
    }
    return -fits;
  };
  if (steps == 0) return grown(largest_pages);

  const StepGuess guessed = guess(estimate, base_size, steps, rule.step);
  // At most `max_pages` anywhere is the best possible; otherwise the minimum size tells.
  int target = 0;
  if (guessed.pages > max_pages) {
    target = std::max(max_pages, pages_at(steps));
  } else if (pages_at(guessed.step) <= max_pages ||
             (guessed.step < steps && pages_at(guessed.step + 1) <= max_pages)) {
    target = max_pages;
  } else {
    target = std::max(max_pages, pages_at(steps));
  }
  if (largest_pages <= target) return grown(target);

  // Invariant: step `fits` needs at most `target` pages, step `overflows` more.
  int fits = steps;
  int overflows = 0;
  for (const auto& [step, pages] : tried) {
    if (pages <= target) {
      fits = std::min(fits, step);
    } else {
      overflows = std::max(overflows, step);
    }
  }
  const auto narrow = [&](int step) {
    if (pages_at(step) <= target) {
      fits = step;
    } else {
      overflows = step;
    }
  };
  // The guess is often the answer or next to it: its neighbour tells.
  if (overflows < guessed.step && guessed.step < fits) narrow(guessed.step);
  if (fits - overflows > 1 && fits == guessed.step) narrow(fits - 1);
  if (fits - overflows > 1 && overflows == guessed.step) narrow(overflows + 1);
  while (fits - overflows > 1) narrow((fits + overflows) / 2);
  return fits;
}

Template scaled_template(const Template& tmpl, const std::string& body_style, double body_size) {
  Template scaled = tmpl;
  const ParagraphStyle* body = tmpl.paragraph_style(body_style);
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

}  // namespace typeset
