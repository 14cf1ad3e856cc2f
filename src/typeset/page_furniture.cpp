#include "typeset/page_furniture.hpp"

#include "typeset/cross_reference.hpp"

namespace typeset {

namespace {

void paint_zone(const PageZone& zone, bool is_header, const PageMaster& master,
                const PageFields& fields, LayoutContext& context, PageBox& page) {
  const double left = master.margins.left;
  const double width = master.width - master.margins.left - master.margins.right;
  const std::pair<const std::string*, Alignment> texts[] = {{&zone.left, Alignment::left},
                                                            {&zone.center, Alignment::center},
                                                            {&zone.right, Alignment::right}};
  for (auto [text, alignment] : texts) {
    if (text->empty()) continue;
    ParagraphStyle style = context.paragraph_style(zone.style, context.body_style);
    style.alignment = alignment;
    style.hyphenate = false;
    InlineRun run;
    run.text = expand_page_fields(*text, fields.page, fields.pages, fields.mark);
    double y = zone.top;
    for (const Strip& line : paragraph_strips(context.set_paragraph({run}, style, width), style)) {
      BoxList boxes = line.boxes;
      paint(boxes, page, left, y);
      y += line.height;
    }
  }
  if (zone.rule.visible()) {
    const double y = is_header ? zone.top + zone.height : zone.top;
    page.rules.push_back({{left, y}, {left + width, y}, zone.rule.width, zone.rule.color});
  }
}

}  // namespace

void paint_furniture(const PageMaster& master, const PageFields& fields, LayoutContext& context,
                     PageBox& page) {
  if (master.header) paint_zone(*master.header, true, master, fields, context, page);
  if (master.footer) paint_zone(*master.footer, false, master, fields, context, page);
}

}  // namespace typeset
