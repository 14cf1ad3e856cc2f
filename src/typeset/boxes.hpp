// The result of layout: pages of positioned boxes. This is the whole contract
// between src/typeset and src/pdf: it knows nothing of PDF, and the painter
// makes no layout decision.
// Coordinates: points, origin at the page's top-left corner, y downwards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "typeset/fonts.hpp"
#include "typeset/geometry.hpp"
#include "typeset/structure.hpp"

namespace typeset {

// Text drawn in one face at one size: every character of `text` is covered by
// `face` (fallback already resolved). `origin` is the left end of the baseline.
// No-break and thin spaces are never in `text`: they are gaps between runs.
struct GlyphRun {
  Point origin;
  FaceId face = 0;
  double size = 10;
  Color color;
  std::string text;         // UTF-8
  double width = 0;         // advance width of `text`, points
  int element = kArtifact;  // its element in DocumentBox::structure (structure.hpp)
};

struct RuleBox {
  Point from;
  Point to;
  double thickness = 0.5;
  Color color;
};

struct FillBox {
  Rect rect;
  Color color;
};

// A raster image (PNG or JPEG file) scaled into `rect`. Its transparency is
// flattened onto `background`, the colour painted behind it (PDF/A-1 allows
// no soft mask).
struct ImageBox {
  Rect rect;
  std::string path;
  Color background{1, 1, 1};
};

// A clickable area: to a URI, or to a named destination in this document.
struct LinkBox {
  Rect rect;
  std::string uri;
  std::string destination;
  int element = kArtifact;  // its Link element in DocumentBox::structure
};

// A named place that links, outlines and cross-references point at.
struct AnchorBox {
  std::string name;
  Point at;
};

// A page made for a print shop: what it holds beyond the trimmed page.
struct PrintMargins {
  double bleed = 0;  // painted beyond the trim on every side, then cut off
  double slug = 0;   // beyond the bleed: room for crop marks
  double outside() const { return bleed + slug; }
};

struct PageBox {
  double width = 595.276;  // A4: the trimmed page; coordinates start at its corner
  double height = 841.89;
  // Set for print: the PDF page grows by these on every side (negative
  // coordinates reach into them) and says where to trim.
  std::optional<PrintMargins> print;
  std::vector<FillBox> fills;    // painted first
  std::vector<ImageBox> images;  // then images
  std::vector<RuleBox> rules;    // then rules
  std::vector<GlyphRun> glyphs;  // then text
  std::vector<LinkBox> links;
  std::vector<AnchorBox> anchors;
};

struct OutlineEntry {
  std::string title;
  std::string destination;  // an AnchorBox name
  int level = 0;            // 0 = top level
};

struct DocumentMetadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language;  // BCP 47 ("fr"); empty: not said
  std::string creator = "brochure";
};

// Page labels: pages [start_page, next range) are numbered `prefix` + arabic
// from `first_number`, or have no number when `numbered` is false.
struct PageLabelRange {
  int start_page = 0;
  std::string prefix;
  bool numbered = true;
  int first_number = 1;
};

struct DocumentBox {
  std::vector<PageBox> pages;
  std::vector<OutlineEntry> outline;
  std::vector<PageLabelRange> page_labels;
  DocumentMetadata metadata;
  // What the boxes mean (structure.hpp); empty: an untagged document.
  StructureTree structure;
};

}  // namespace typeset
