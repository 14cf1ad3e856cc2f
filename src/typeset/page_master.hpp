// Page masters: a page's size and frame (where the flow's content goes), and
// its furniture — what the page layout puts on every page made from the
// master besides the content: bands of colour, zones of text (running heads,
// footers, the flyer's band), and image slots (a logo). Furniture is laid out
// with the page, once the page count and the page's running mark are known;
// documents give its texts through fields ({title}, {code}…), never paint it.
//
// A document's first page uses the master it names; each next page uses the
// master's `next` (a compact running head after a full first page), or the
// same master when it names none. Read from <page-master> in templates
// (docs/templates.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "typeset/geometry.hpp"
#include "typeset/paragraph.hpp"
#include "typeset/styles.hpp"

namespace typeset {

// The page edges a band runs to. A band runs to an edge it names (and, for
// print, into the master's bleed beyond it); on a side it does not name, it
// stops at the frame.
struct PageEdges {
  bool top = false;
  bool right = false;
  bool bottom = false;
  bool left = false;
};

// A filled rectangle behind the content, `height` points tall from `top`
// (from the top edge of the page).
struct PageBand {
  double top = 0;
  double height = 0;
  Color fill;
  PageEdges edges;
};

enum class ZoneAlign { top, middle, bottom };

// One paragraph of a zone's slot. `text` and `link` may hold fields: the
// page's {page}, {pages}, {mark}, and the document's own.
struct ZoneLine {
  std::string text;
  std::string style;  // paragraph style; empty: the zone's
  std::string link;   // a URI or "#anchor" once filled in; empty: no link
};

// A zone of text across the frame's width, from `top` (from the top edge of
// the page), `height` tall: a header, a footer, the text of a band. Its three
// slots are set left, centred and right-aligned; the left slot takes the
// width the right one leaves. Lines stack from the top of the zone (each
// `leading` tall, as body text), or are centred on the zone's middle (their
// ink, from the first line's ascent to the last's descent), or sit on its
// bottom.
struct PageZone {
  double top = 0;
  double height = 0;
  double padding = 0;  // between the zone's top or bottom edge and its lines
  std::string style;   // paragraph style of lines that name none
  ZoneAlign align = ZoneAlign::top;
  std::vector<ZoneLine> left;
  std::vector<ZoneLine> center;
  std::vector<ZoneLine> right;
  RuleStyle rule;
  bool rule_at_top = false;  // the rule runs along the zone's top (a footer) or bottom (a header)
  // The image slot the zone's text starts beside (the flyer's band: text right
  // of the logo), `beside_gap` further; when the slot shows nothing, the text
  // starts at the frame's edge as usual.
  std::string beside;
  double beside_gap = 10;
};

// A place for an image the document may supply by name (the fund's logo):
// the image is scaled to fit `area`, keeping its proportions, and aligned in
// it. Nothing is drawn when the document supplies none.
struct ImageSlot {
  std::string name;
  Rect area;  // page coordinates
  Alignment align = Alignment::left;
};

inline constexpr double kMillimetre = 72 / 25.4;

// The bleed a master has unless it says otherwise (3 mm, what print shops
// ask for), and the most it may have (10 mm).
inline constexpr double kDefaultBleed = 3 * kMillimetre;
inline constexpr double kMaxBleed = 10 * kMillimetre;

// A template whose pages are A5 or smaller (their short side at most A5's)
// keeps its body text at this size at least: an A4 brochure shrunk to A5
// would set it under 7 pt, too small to read on paper.
inline constexpr double kSmallPageWidth = 419.528;  // A5's short side
inline constexpr double kMinSmallPageBodySize = 8;

struct PageMaster {
  double width = 595.276;  // A4: the trimmed page
  double height = 841.89;
  // For print only: how far bands that run to an edge go beyond it, to be
  // trimmed off (screen and mail PDFs have none).
  double bleed = kDefaultBleed;
  Insets margins{56.7, 56.7, 56.7, 56.7};  // the frame is the page minus the margins
  std::vector<PageBand> bands;             // painted first, in order
  std::vector<PageZone> zones;             // painted over the content
  std::vector<ImageSlot> images;
  bool numbered = true;  // false: the page has no number in its label (a cover)
  std::string label;     // page label prefix ("Couverture"), for unnumbered pages
  std::string next;      // master of the following page; empty: this one

  Rect frame() const {
    return {margins.left, margins.top, width - margins.left - margins.right,
            height - margins.top - margins.bottom};
  }
};

}  // namespace typeset
