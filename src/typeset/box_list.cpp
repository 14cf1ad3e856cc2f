#include "typeset/box_list.hpp"

namespace typeset {

namespace {

void move(Rect& rect, double dx, double dy) {
  rect.x += dx;
  rect.y += dy;
}

void move(Point& point, double dx, double dy) {
  point.x += dx;
  point.y += dy;
}

}  // namespace

bool BoxList::empty() const {
  return fills.empty() && rules.empty() && glyphs.empty() && links.empty() && anchors.empty();
}

void BoxList::translate(double dx, double dy) {
  for (auto& fill : fills) move(fill.rect, dx, dy);
  for (auto& rule : rules) {
    move(rule.from, dx, dy);
    move(rule.to, dx, dy);
  }
  for (auto& glyph : glyphs) move(glyph.origin, dx, dy);
  for (auto& link : links) move(link.rect, dx, dy);
  for (auto& anchor : anchors) move(anchor.at, dx, dy);
}

void BoxList::append(const BoxList& other, double dx, double dy) {
  BoxList moved = other;
  moved.translate(dx, dy);
  fills.insert(fills.end(), moved.fills.begin(), moved.fills.end());
  rules.insert(rules.end(), moved.rules.begin(), moved.rules.end());
  glyphs.insert(glyphs.end(), moved.glyphs.begin(), moved.glyphs.end());
  links.insert(links.end(), moved.links.begin(), moved.links.end());
  anchors.insert(anchors.end(), moved.anchors.begin(), moved.anchors.end());
}

void BoxList::append_line(const LineBox& line, double x, double baseline) {
  for (GlyphRun run : line.runs) {
    move(run.origin, x, baseline);
    glyphs.push_back(std::move(run));
  }
  for (LinkBox link : line.links) {
    move(link.rect, x, baseline);
    links.push_back(std::move(link));
  }
}

void paint(const BoxList& boxes, PageBox& page, double dx, double dy) {
  BoxList moved = boxes;
  moved.translate(dx, dy);
  page.fills.insert(page.fills.end(), moved.fills.begin(), moved.fills.end());
  page.rules.insert(page.rules.end(), moved.rules.begin(), moved.rules.end());
  page.glyphs.insert(page.glyphs.end(), moved.glyphs.begin(), moved.glyphs.end());
  page.links.insert(page.links.end(), moved.links.begin(), moved.links.end());
  page.anchors.insert(page.anchors.end(), moved.anchors.begin(), moved.anchors.end());
}

}  // namespace typeset
