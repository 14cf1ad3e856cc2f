#include "typeset/page_furniture.hpp"

#include <algorithm>
#include <optional>

#include "typeset/field_runs.hpp"

namespace typeset {

namespace {

// Crop marks as print shops draw them: hairlines 5 mm long in registration
// black, starting 1 mm beyond the bleed (3 mm from the trim at least), with
// 1 mm of paper beyond their ends.
constexpr double kCropMarkLength = 5 * kMillimetre;
constexpr double kCropMarkWidth = 0.25;
constexpr double kCropMarkClearance = 1 * kMillimetre;

double crop_mark_offset(double bleed) {
  return std::max(bleed + 1 * kMillimetre, 3 * kMillimetre);
}

// One paragraph of a slot, set.
struct SetLine {
  ParagraphLayout layout;
  ParagraphStyle style;
};

base::Fields all_fields(const PageFields& page, const base::Fields& document) {
  base::Fields fields = document;
  fields.set("page", std::to_string(page.page));
  fields.set("pages", std::to_string(page.pages));
  fields.set("mark", page.mark);
  return fields;
}

std::vector<SetLine> set_slot(const std::vector<ZoneLine>& lines, const PageZone& zone,
                              Alignment alignment, double width, const base::Fields& fields,
                              LayoutContext& context) {
  std::vector<SetLine> set;
  for (const ZoneLine& line : lines) {
    ParagraphStyle style =
        context.paragraph_style(line.style.empty() ? zone.style : line.style, context.body_style);
    style.alignment = alignment;
    style.hyphenate = false;
    ParagraphLayout layout = context.set_paragraph(field_runs(line.text, fields, line.link), style,
                                                   width, context.diagnostics);
    set.push_back({std::move(layout), std::move(style)});
  }
  return set;
}

// The width the slot's text takes on its widest line.
double natural_width(const std::vector<SetLine>& slot) {
  double widest = 0;
  for (const SetLine& set : slot) {
    for (const LineBox& line : set.layout.lines) {
      if (line.runs.empty()) continue;
      double left = line.width;
      double right = 0;
      for (const GlyphRun& run : line.runs) {
        left = std::min(left, run.origin.x);
        right = std::max(right, run.origin.x + run.width);
      }
      widest = std::max(widest, right - left);
    }
  }
  return widest;
}

// The slot's ink, from the first line's ascent to the last line's descent.
double ink_height(const std::vector<SetLine>& slot) {
  double height = 0;
  for (std::size_t i = 0; i < slot.size(); ++i) {
    height += slot[i].layout.height();
    if (i + 1 < slot.size()) height += slot[i].style.space_after;
  }
  return height;
}

// Lines in line boxes of their leading, from `top` down (as body text).
void paint_stacked(const std::vector<SetLine>& slot, double x, double top, PageBox& page) {
  double y = top;
  for (const SetLine& set : slot) {
    for (const Strip& line : paragraph_strips(set.layout, set.style)) {
      paint(line.boxes, page, x, y);
      y += line.height;
    }
    y += set.style.space_after;
  }
}

// Lines whose ink starts at `top`.
void paint_ink(const std::vector<SetLine>& slot, double x, double top, PageBox& page) {
  for (const SetLine& set : slot) {
    if (set.layout.lines.empty()) continue;
    BoxList boxes;
    double baseline = top + set.layout.lines.front().ascent;
    for (const LineBox& line : set.layout.lines) {
      boxes.append_line(line, x, baseline);
      baseline += set.layout.leading;
    }
    paint(boxes, page);
    top += set.layout.height() + set.style.space_after;
  }
}

void paint_slot(const std::vector<SetLine>& slot, const PageZone& zone, double x, PageBox& page) {
  if (slot.empty()) return;
  switch (zone.align) {
    case ZoneAlign::top:
      paint_stacked(slot, x, zone.top + zone.padding, page);
      return;
    case ZoneAlign::middle:
      paint_ink(slot, x, zone.top + (zone.height - ink_height(slot)) / 2, page);
      return;
    case ZoneAlign::bottom:
      paint_ink(slot, x, zone.top + zone.height - zone.padding - ink_height(slot), page);
      return;
  }
}

// The images placed on the page, by slot name.
using PlacedImages = std::map<std::string, Rect, std::less<>>;

void paint_zone(const PageZone& zone, const PageMaster& master, const base::Fields& fields,
                const PlacedImages& images, LayoutContext& context, PageBox& page) {
  const Rect frame = master.frame();
  // The text's area: the frame's width, or what an image beside it leaves.
  double x = frame.x;
  if (const auto image = images.find(zone.beside); !zone.beside.empty() && image != images.end()) {
    x = std::clamp(image->second.right() + zone.beside_gap, frame.x, frame.right());
  }
  const double width = frame.right() - x;
  const std::vector<SetLine> right =
      set_slot(zone.right, zone, Alignment::right, width, fields, context);
  const std::vector<SetLine> center =
      set_slot(zone.center, zone, Alignment::center, width, fields, context);
  // The left slot takes what the right one leaves, less an em; at least half.
  double left_width = width;
  if (!right.empty()) {
    left_width = std::max(width / 2, width - natural_width(right) - right.front().style.size);
  }
  const std::vector<SetLine> left =
      set_slot(zone.left, zone, Alignment::left, left_width, fields, context);
  paint_slot(left, zone, x, page);
  paint_slot(center, zone, x, page);
  paint_slot(right, zone, x, page);
  if (zone.rule.visible()) {
    const double y = zone.rule_at_top ? zone.top : zone.top + zone.height;
    page.rules.push_back({{frame.x, y}, {frame.right(), y}, zone.rule.width, zone.rule.color});
  }
}

// The colour painted under the middle of `rect`: the last fill there, else
// the paper.
Color colour_behind(const Rect& rect, const PageBox& page) {
  const double x = rect.x + rect.width / 2;
  const double y = rect.y + rect.height / 2;
  for (auto fill = page.fills.rbegin(); fill != page.fills.rend(); ++fill) {
    if (x >= fill->rect.x && x <= fill->rect.right() && y >= fill->rect.y &&
        y <= fill->rect.bottom()) {
      return fill->color;
    }
  }
  return Color{1, 1, 1};
}

// The image scaled to fit its slot, keeping its proportions; its area, or
// nullopt when it has no size.
std::optional<Rect> place_image(const ImageSlot& slot, const PageImage& image, PageBox& page) {
  if (image.width <= 0 || image.height <= 0) return std::nullopt;
  const double scale = std::min(slot.area.width / image.width, slot.area.height / image.height);
  ImageBox box;
  box.path = image.path;
  box.rect.width = image.width * scale;
  box.rect.height = image.height * scale;
  box.rect.y = slot.area.y + (slot.area.height - box.rect.height) / 2;
  box.rect.x = slot.area.x;
  if (slot.align == Alignment::right) box.rect.x = slot.area.right() - box.rect.width;
  if (slot.align == Alignment::center) {
    box.rect.x = slot.area.x + (slot.area.width - box.rect.width) / 2;
  }
  box.background = colour_behind(box.rect, page);
  const Rect placed = box.rect;
  page.images.push_back(std::move(box));
  return placed;
}

}  // namespace

PrintMargins print_margins(const PageMaster& master, const PrintSetup& setup) {
  PrintMargins margins;
  margins.bleed = master.bleed;
  if (setup.crop_marks) {
    margins.slug =
        crop_mark_offset(master.bleed) + kCropMarkLength + kCropMarkClearance - master.bleed;
  }
  return margins;
}

void paint_bands(const PageMaster& master, double bleed, PageBox& page) {
  const Rect frame = master.frame();
  for (const PageBand& band : master.bands) {
    const double left = band.edges.left ? -bleed : frame.x;
    const double right = band.edges.right ? master.width + bleed : frame.right();
    const double top = band.edges.top ? -bleed : band.top;
    const double bottom = band.edges.bottom ? master.height + bleed : band.top + band.height;
    page.fills.push_back({{left, top, right - left, bottom - top}, band.fill});
  }
}

void paint_crop_marks(PageBox& page) {
  if (!page.print) return;
  const double near = crop_mark_offset(page.print->bleed);
  const double far = near + kCropMarkLength;
  const Color ink = registration_color();
  for (const double x : {0.0, page.width}) {
    const double out = x == 0 ? -1 : 1;  // away from the page
    for (const double y : {0.0, page.height}) {
      const double down = y == 0 ? -1 : 1;
      // Along the horizontal trim line, then along the vertical one.
      page.rules.push_back({{x + out * near, y}, {x + out * far, y}, kCropMarkWidth, ink});
      page.rules.push_back({{x, y + down * near}, {x, y + down * far}, kCropMarkWidth, ink});
    }
  }
}

void paint_zones(const PageMaster& master, const PageFields& page_fields,
                 const FurnitureContent& content, LayoutContext& context, PageBox& page) {
  const base::Fields fields = all_fields(page_fields, content.fields);
  // Images first: a zone's text may start beside one.
  PlacedImages placed;
  for (const ImageSlot& slot : master.images) {
    const auto image = content.images.find(slot.name);
    if (image == content.images.end()) continue;
    if (const std::optional<Rect> area = place_image(slot, image->second, page)) {
      placed[slot.name] = *area;
    }
  }
  for (const PageZone& zone : master.zones) {
    paint_zone(zone, master, fields, placed, context, page);
  }
}

PageImages template_images(const Template& tmpl) {
  PageImages images;
  for (const auto& [name, image] : tmpl.images) {
    images[name] = {image.path, static_cast<double>(image.pixel_width),
                    static_cast<double>(image.pixel_height)};
  }
  return images;
}

}  // namespace typeset
