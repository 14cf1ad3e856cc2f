#include "documents/flyer_furniture.hpp"

#include <algorithm>

#include "documents/flyer_content.hpp"
#include "typeset/box_list.hpp"

namespace documents {

namespace {

struct SetText {
  typeset::ParagraphLayout layout;
  double height = 0;  // first ascent + (lines - 1) × leading + last descent
};

typeset::InlineRun run_of(std::string text, std::string link = {}) {
  typeset::InlineRun run;
  run.text = std::move(text);
  run.link = std::move(link);
  return run;
}

class FurniturePainter {
 public:
  FurniturePainter(const typeset::Template& tmpl, const FlyerSettings& settings,
                   const typeset::SetParagraphFn& set_paragraph)
      : tmpl_(tmpl), settings_(settings), set_paragraph_(set_paragraph) {}

  void band(typeset::PageBox& page, const FlyerFurnitureText& text) const {
    const double height = settings_.band_height;
    const double padding = settings_.band_padding;
    const double width = page.width - 2 * padding;
    page.fills.insert(page.fills.begin(),
                      typeset::FillBox{{0, 0, page.width, height}, settings_.accent});

    // The kind takes the right; the fund and the edition share what is left.
    const typeset::ParagraphStyle& kind_style = style("band-kind");
    const SetText kind = set({run_of(text.kind)}, kind_style, width);
    const double kind_width = kind.layout.lines.empty() ? 0 : natural_width(kind.layout);
    const double left_width = std::max(width / 2, width - kind_width - kind_style.size);
    const SetText fund = set({run_of(text.fund)}, style("band-fund"), left_width);
    const SetText subtitle = set({run_of(text.subtitle)}, style("band-subtitle"), left_width);

    // Both columns centred on the band's middle.
    const double left_height = fund.height + style("band-fund").space_after + subtitle.height;
    double top = (height - left_height) / 2;
    paint_lines(fund.layout, page, padding, top);
    top += fund.height + style("band-fund").space_after;
    paint_lines(subtitle.layout, page, padding, top);
    paint_lines(kind.layout, page, padding, (height - kind.height) / 2);
  }

  void footer(typeset::PageBox& page, const FlyerFurnitureText& text, int number, int count) const {
    const double padding = settings_.band_padding;
    const double width = page.width - 2 * padding;
    const double top = settings_.footer_top;
    if (settings_.footer_rule_width > 0) {
      page.rules.push_back(
          {{padding, top}, {padding + width, top}, settings_.footer_rule_width, settings_.rule});
    }
    typeset::ParagraphStyle footer = style("footer");
    const double baseline_top = top + footer.leading / 2;

    footer.alignment = typeset::Alignment::left;
    paint_lines(set({run_of(text.fund)}, footer, width / 2).layout, page, padding, baseline_top);
    footer.alignment = typeset::Alignment::center;
    paint_lines(set({run_of(website_as_printed(text.website), text.website)}, footer, width).layout,
                page, padding, baseline_top);
    footer.alignment = typeset::Alignment::right;
    std::string page_number =
        fill_fields(settings_.page_number,
                    {{"page", std::to_string(number)}, {"pages", std::to_string(count)}});
    paint_lines(set({run_of(std::move(page_number))}, footer, width).layout, page, padding,
                baseline_top);
  }

 private:
  const typeset::ParagraphStyle& style(const char* name) const {
    return *tmpl_.paragraph_style(name);  // checked by read_flyer_settings
  }

  SetText set(std::vector<typeset::InlineRun> runs, const typeset::ParagraphStyle& style,
              double width) const {
    typeset::ParagraphStyle plain = style;
    plain.hyphenate = false;
    SetText result{set_paragraph_(runs, plain, width), 0};
    result.height = result.layout.height();
    return result;
  }

  // The width the text takes on its widest line (right-aligned lines start late).
  static double natural_width(const typeset::ParagraphLayout& layout) {
    double widest = 0;
    for (const typeset::LineBox& line : layout.lines) {
      double left = line.width;
      double right = 0;
      for (const typeset::GlyphRun& run : line.runs) {
        left = std::min(left, run.origin.x);
        right = std::max(right, run.origin.x + run.width);
      }
      widest = std::max(widest, right - left);
    }
    return widest;
  }

  // Paints the lines with the top of the first at `top`.
  static void paint_lines(const typeset::ParagraphLayout& layout, typeset::PageBox& page, double x,
                          double top) {
    if (layout.lines.empty()) return;
    typeset::BoxList boxes;
    double baseline = top + layout.lines.front().ascent;
    for (const typeset::LineBox& line : layout.lines) {
      boxes.append_line(line, x, baseline);
      baseline += layout.leading;
    }
    typeset::paint(boxes, page);
  }

  const typeset::Template& tmpl_;
  const FlyerSettings& settings_;
  const typeset::SetParagraphFn& set_paragraph_;
};

}  // namespace

void paint_flyer_furniture(typeset::DocumentBox& document, const FlyerFurnitureText& text,
                           const typeset::Template& tmpl, const FlyerSettings& settings,
                           const typeset::SetParagraphFn& set_paragraph) {
  const FurniturePainter painter(tmpl, settings, set_paragraph);
  const int count = static_cast<int>(document.pages.size());
  for (int index = 0; index < count; ++index) {
    typeset::PageBox& page = document.pages[static_cast<std::size_t>(index)];
    painter.band(page, text);
    painter.footer(page, text, index + 1, count);
  }
}

}  // namespace documents
