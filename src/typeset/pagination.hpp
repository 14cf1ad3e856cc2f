// Cutting the vertical list into pages: strips fill each page's frame; when
// one does not fit, the page ends at the last legal break (widows, orphans,
// keep-with-next, min rows), a table row is split at a cut legal for every
// cell, and a table's header is repeated on the next page.
//
// Progress: every page closed holds at least one content strip or a non-empty
// part of a split row, and a split's rest has strictly fewer strips, so the
// loop ends after at most (strips + lines) pages.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/strip.hpp"
#include "typeset/template.hpp"

namespace typeset {

struct PlacedStrip {
  Strip strip;
  double y = 0;  // top, page coordinates
  double x = 0;  // the frame's left
  bool repeated_header = false;
};

struct PageLayout {
  std::string master;
  Rect frame;
  std::vector<PlacedStrip> strips;
};

struct PaginationInput {
  const Template* tmpl = nullptr;
  std::string first_master;
  const std::vector<std::vector<Strip>>* table_headers = nullptr;  // by table id
  base::Diagnostics* diagnostics = nullptr;
};

// `strips` is the vertical list, consumed from the front as pages fill.
std::vector<PageLayout> paginate(std::deque<Strip> strips, const PaginationInput& input);

}  // namespace typeset
