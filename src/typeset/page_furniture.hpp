// A page's furniture, laid out from its master once the page count and the
// page's running mark are known: bands go under the content, zones of text and
// images over it. The texts' fields are filled from the page ({page},
// {pages}, {mark}) and from the document's fields; a field that has a link
// (the fund's website) is linked.
#pragma once

#include <map>
#include <string>

#include "base/fields.hpp"
#include "typeset/boxes.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/page_master.hpp"
#include "typeset/template.hpp"

namespace typeset {

struct PageFields {
  int page = 1;
  int pages = 1;
  std::string mark;
};

// An image a document supplies for a master's image slot: the file, and its
// size in any unit (only its proportions matter).
struct PageImage {
  std::string path;
  double width = 0;
  double height = 0;
};

using PageImages = std::map<std::string, PageImage, std::less<>>;

// The images a template names (<image name="logo" file="…"/>), for the slots
// of the same name.
PageImages template_images(const Template& tmpl);

// What the furniture of a document's pages says besides the page fields.
struct FurnitureContent {
  base::Fields fields;
  PageImages images;  // by slot name
};

// How a document's pages are made for a print shop: each page gets its
// master's bleed (bands that run to an edge run into it), and crop marks
// when asked.
struct PrintSetup {
  bool crop_marks = false;
};

// What a page made from `master` holds beyond the trim for `setup`.
PrintMargins print_margins(const PageMaster& master, const PrintSetup& setup);

// The bands of `master`, to paint before the content; a band that runs to an
// edge runs `bleed` points beyond it.
void paint_bands(const PageMaster& master, double bleed, PageBox& page);

// Crop marks at the four corners of the trim, in the page's slug: beyond the
// bleed, so they never print over what is kept or over the bleed.
void paint_crop_marks(PageBox& page);

// The zones and images of `master`, to paint after the content.
void paint_zones(const PageMaster& master, const PageFields& page_fields,
                 const FurnitureContent& content, LayoutContext& context, PageBox& page);

}  // namespace typeset
