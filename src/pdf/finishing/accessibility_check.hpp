// A checker of our own for the PDF/UA-1 rules a layout can break, run on a
// finished file (the tests run it on every PDF of an edition; nothing offline
// in Debian validates PDF/UA):
//   - the catalogue: a structure tree, /MarkInfo /Marked true, /Lang, the
//     title shown (/DisplayDocTitle) and set, the XMP's pdfuaid:part 1;
//   - every glyph, path and image painted inside marked content that the
//     structure tree owns, or inside an artifact;
//   - table cells in rows, rows in tables; headings from H1 down without
//     skipping a level; every link annotation described and tagged by a Link
//     element; tab order by structure on every page;
//   - reading order: on each page, the structure tree meets the marked
//     content in the order it is painted (the flow's order).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pdf {

struct AccessibilityReport {
  std::vector<std::string> problems;  // plain French, one per broken rule and place
  int elements = 0;                   // structure elements
  int marked_sequences = 0;           // marked-content sequences with an MCID
  int artifacts = 0;                  // artifact sequences
  int links = 0;                      // link annotations
  bool ok() const { return problems.empty(); }
};

// Reads `pdf` (a whole file) and checks it; a file qpdf cannot read is one problem.
AccessibilityReport check_accessibility(std::string_view pdf);

}  // namespace pdf
