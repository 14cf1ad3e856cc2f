// Painting one page's boxes: fills, images, rules, then text, in the order the
// layout gave them. Coordinates are flipped here and nowhere else: layout's y
// grows downwards from the top edge, PDF's upwards from the bottom edge.
#pragma once

#include <hpdf.h>

#include "typeset/boxes.hpp"

namespace pdf {

class EmbeddedFonts;
class EmbeddedImages;

// PDF user-space y of a layout y on a page `page_height` points tall.
inline double pdf_y(double layout_y, double page_height) {
  return page_height - layout_y;
}

// Paints `box` on `page`. libharu reports failures to the document's error
// handler; the caller checks the document afterwards.
void paint_page(HPDF_Page page, const typeset::PageBox& box, const EmbeddedFonts& fonts,
                const EmbeddedImages& images);

}  // namespace pdf
