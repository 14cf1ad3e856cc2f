#include "typeset/box_dump.hpp"

#include <fmt/format.h>

#include <cmath>

namespace typeset {

namespace {

// Rounded to 0.01 pt, without "-0.00".
std::string number(double value) {
  double rounded = std::round(value * 100) / 100;
  if (rounded == 0) rounded = 0;
  return fmt::format("{:.2f}", rounded);
}

std::string color(const Color& c) {
  auto channel = [](double v) { return static_cast<int>(std::lround(v * 255)); };
  return fmt::format("#{:02x}{:02x}{:02x}", channel(c.r), channel(c.g), channel(c.b));
}

std::string rect(const Rect& r) {
  return fmt::format("{} {} {} {}", number(r.x), number(r.y), number(r.width), number(r.height));
}

}  // namespace

std::string dump_document(const DocumentBox& document) {
  std::string out;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    const PageBox& page = document.pages[p];
    out += fmt::format("page {} {}x{}\n", p + 1, number(page.width), number(page.height));
    for (const FillBox& fill : page.fills) {
      out += fmt::format("  fill {} {}\n", rect(fill.rect), color(fill.color));
    }
    for (const ImageBox& image : page.images) {
      out += fmt::format("  image {} {}\n", rect(image.rect), image.path);
    }
    for (const RuleBox& rule : page.rules) {
      out += fmt::format("  rule {} {} - {} {} w{} {}\n", number(rule.from.x), number(rule.from.y),
                         number(rule.to.x), number(rule.to.y), number(rule.thickness),
                         color(rule.color));
    }
    for (const GlyphRun& glyph : page.glyphs) {
      out += fmt::format("  text {} {} f{} s{} w{} {} \"{}\"\n", number(glyph.origin.x),
                         number(glyph.origin.y), glyph.face, number(glyph.size),
                         number(glyph.width), color(glyph.color), glyph.text);
    }
    for (const LinkBox& link : page.links) {
      out += fmt::format("  link {} {}{}\n", rect(link.rect), link.uri,
                         link.destination.empty() ? "" : "#" + link.destination);
    }
    for (const AnchorBox& anchor : page.anchors) {
      out +=
          fmt::format("  anchor {} {} {}\n", anchor.name, number(anchor.at.x), number(anchor.at.y));
    }
  }
  for (const OutlineEntry& entry : document.outline) {
    out += fmt::format("outline {} {} \"{}\"\n", entry.level, entry.destination, entry.title);
  }
  for (const PageLabelRange& range : document.page_labels) {
    out +=
        fmt::format("labels from {} {} {} \"{}\"\n", range.start_page + 1,
                    range.numbered ? "numbered" : "unnumbered", range.first_number, range.prefix);
  }
  return out;
}

}  // namespace typeset
