// Saddle-stitched booklets: the pages of a finished PDF imposed two by two on
// sheets twice as wide (A5 pages centred on A4 sheets), in the order that, printed on
// both sides, folded in the middle and stapled at the fold, reads from the
// first page to the last. The pages are placed as form XObjects (libqpdf),
// cut to their TrimBox: a print variant's bleed and crop marks stay off the
// sheet.
//
//   pdf::BookletPlan plan = pdf::plan_booklet(pages, /*back_cover=*/false);
//   pdf::FinishingResult booklet = pdf::impose_booklet(print_pdf, plan, date);
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "pdf/finishing.hpp"

namespace pdf {

// One side of a sheet: the pages at its left and its right, counted from 1
// in the document; 0 is a blank.
struct SheetSide {
  int left = 0;
  int right = 0;
};

struct BookletPlan {
  int pages = 0;   // of the document
  int blanks = 0;  // added so that the booklet's page count is a multiple of 4
  // Where the blanks go in the booklet: after the page of this number (the
  // page before the back cover, or the last page).
  int blanks_after = 0;
  // Sheet by sheet: the outside, then the inside. In booklet positions the
  // two pages of a side always add up to the booklet's page count + 1.
  std::vector<SheetSide> sides;

  int booklet_pages() const { return pages + blanks; }
  int sheets() const { return static_cast<int>(sides.size()) / 2; }
};

// The order for `pages` pages. The blanks go where a designer puts them:
// before the back cover when the document ends with one (`back_cover`),
// otherwise at the end (the booklet's back stays blank).
BookletPlan plan_booklet(int pages, bool back_cover);

// Imposes `pdf` (finished, every page of the same trim size) by `plan`: a new
// PDF of plan.sides.size() pages, each twice as wide as a page (an A4 sheet
// for A5 pages), dated `date`,
// its /ID computed from its content. The result's error is French.
FinishingResult impose_booklet(std::string_view pdf, const BookletPlan& plan,
                               std::optional<std::int64_t> date);

}  // namespace pdf
