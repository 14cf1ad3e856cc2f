// A bag of positioned boxes not yet on a page: what a laid-out strip, a table
// row or a piece of fixed furniture holds, relative to its own origin.
#pragma once

#include <vector>

#include "typeset/boxes.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

struct BoxList {
  std::vector<FillBox> fills;
  std::vector<RuleBox> rules;
  std::vector<GlyphRun> glyphs;
  std::vector<LinkBox> links;
  std::vector<AnchorBox> anchors;

  bool empty() const;
  void translate(double dx, double dy);
  // Appends `other` moved by (dx, dy).
  void append(const BoxList& other, double dx = 0, double dy = 0);
  // Appends a set line whose baseline starts at (x, baseline).
  void append_line(const LineBox& line, double x, double baseline);
};

// Copies `boxes` onto `page`, moved by (dx, dy).
void paint(const BoxList& boxes, PageBox& page, double dx = 0, double dy = 0);

}  // namespace typeset
