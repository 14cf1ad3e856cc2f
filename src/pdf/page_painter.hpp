// Painting one page's boxes: fills, images, rules, then text, in the order the
// layout gave them. Coordinates are flipped here and nowhere else: layout's y
// grows downwards from the top edge, PDF's upwards from the bottom edge. A
// page made for print is shifted by what lies beyond its trim (the layout's
// origin is the trimmed page's corner). This is the only code that sets
// colours: sRGB, or CMYK for a print shop.
#pragma once

#include <hpdf.h>

#include "typeset/boxes.hpp"

namespace pdf {

class ContentTagger;
class EmbeddedFonts;
class EmbeddedImages;

// PDF user-space y of a layout y on a page `page_height` points tall.
inline double pdf_y(double layout_y, double page_height) {
  return page_height - layout_y;
}

// The colours the pages are painted in.
enum class PaintColors {
  srgb,        // the templates' values (screen, mail, archive)
  device_cmyk  // the templates' print values, derived when missing (print shops)
};

// Paints `box` on `page`. libharu reports failures to the document's error
// handler; the caller checks the document afterwards. With `tagger` (begun on
// this page), every glyph run is marked as its element's content, and
// fills, images, rules and runs of no element as artifacts.
void paint_page(HPDF_Page page, const typeset::PageBox& box, const EmbeddedFonts& fonts,
                const EmbeddedImages& images, PaintColors colors = PaintColors::srgb,
                ContentTagger* tagger = nullptr);

}  // namespace pdf
