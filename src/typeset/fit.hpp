// Fitting a document on fewer pages by shrinking its text: the body's size
// goes down from the template's in steps, never under a minimum, and every
// paragraph style of the content shrinks with it (sizes, leadings, spaces);
// the page furniture keeps its sizes.
//
// The result is the largest size that keeps the document on at most
// `max_pages` pages; when even the minimum size does not, the largest size
// that keeps it on as few pages as the minimum allows (a two-page flyer
// prints on one sheet, a third page needs another) — up to `max_body_size`,
// above the template's own size, so that a document that needs more pages
// anyway fills them rather than leaving its last one nearly empty.
#pragma once

#include <functional>
#include <string>

#include "typeset/template.hpp"

namespace typeset {

struct FitRule {
  int max_pages = 1;
  double min_body_size = 0;  // points; the search never goes under it
  double max_body_size = 0;  // points; above the template's size only to fill more pages
  double step = 0.25;        // points
  std::string body_style = "body";
};

struct FitOutcome {
  double body_size = 0;  // the body style's size used
  int pages = 0;
  int layouts = 0;  // layouts tried to find it
};

// Where the search may start: the layout at the template's size says how high
// the content is and how much a page holds; lines shorten and lengthen with
// the size, so the content's height goes as its square.
struct FitEstimate {
  double content_height = 0;  // the content's stacked height at the template's size
  double page_height = 0;     // what one page holds
};

// The step the rule picks: step k sets the body at base_size - k × rule.step,
// from 0 (the template's size) to fit_steps() (the smallest), and below 0 (down
// to -grow_steps()) for a document that needs more than max_pages anyway.
// `pages_at(step)` lays the document out at that step and returns its page
// count; it is called as few times as the estimate allows (the page count does
// not grow as the size goes down, so any search finds the same step).
int choose_fit_step(double base_size, const FitRule& rule, const FitEstimate& estimate,
                    const std::function<int(int step)>& pages_at);

// The number of steps between the template's body size and the minimum.
int fit_steps(double base_size, const FitRule& rule);
// The number of steps between the template's body size and the maximum.
int grow_steps(double base_size, const FitRule& rule);

// `tmpl` with every paragraph style's size, leading and spaces scaled so that
// the body style is `body_size` points.
Template scaled_template(const Template& tmpl, const std::string& body_style, double body_size);

}  // namespace typeset
