#include "pdf/booklet.hpp"

#include "pdf/finishing_module.hpp"

namespace pdf {

BookletPlan plan_booklet(int pages, bool back_cover) {
  BookletPlan plan;
  if (pages <= 0) return plan;
  plan.pages = pages;
  const int booklet_pages = (pages + 3) / 4 * 4;
  plan.blanks = booklet_pages - pages;
  plan.blanks_after = back_cover && pages >= 2 ? pages - 1 : pages;
  // The document's page at a position of the booklet (1-based), 0 for a blank.
  const auto page_at = [&](int position) {
    if (position <= plan.blanks_after) return position;
    if (position <= plan.blanks_after + plan.blanks) return 0;
    return position - plan.blanks;
  };
  for (int sheet = 0; sheet < booklet_pages / 4; ++sheet) {
    const int outer = booklet_pages - 2 * sheet;  // the higher page of the outside
    plan.sides.push_back({page_at(outer), page_at(2 * sheet + 1)});
    plan.sides.push_back({page_at(2 * sheet + 2), page_at(outer - 1)});
  }
  return plan;
}

FinishingResult impose_booklet(std::string_view pdf, const BookletPlan& plan,
                               std::optional<std::int64_t> date) {
  const FinishingModule module = finishing_module();
  if (!module) return {.bytes = {}, .error = module.error};
  return module.functions->impose_booklet(pdf, plan, date);
}

}  // namespace pdf
