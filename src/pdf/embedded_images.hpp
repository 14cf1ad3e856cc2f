// The raster images a document shows (a logo in a page master's image slot),
// each loaded once into the PDF however many pages show it. A JPEG is
// embedded as it is (DCT); a PNG is decoded (libpng) and its transparency
// flattened onto the colour behind it, since PDF/A-1 allows no soft mask: the
// same logo over the band and over the paper is two images.
#pragma once

#include <hpdf.h>

#include <map>
#include <string>
#include <vector>

#include "typeset/boxes.hpp"

namespace pdf {

class HaruDocument;

class EmbeddedImages {
 public:
  // Loads every image of `document`. Each file that cannot be read as a PNG
  // or a JPEG adds a problem in French, naming it, to `problems`.
  void load(HaruDocument& pdf, const typeset::DocumentBox& document,
            std::vector<std::string>& problems);

  // The loaded image of a box; nullptr when it could not be loaded.
  HPDF_Image image(const typeset::ImageBox& box) const;

 private:
  std::map<std::string, HPDF_Image> by_key_;  // by file and background
};

// A PNG's RGBA pixels over an opaque `background`: 8-bit RGB, row after row.
std::vector<unsigned char> flatten_onto(const std::vector<unsigned char>& rgba,
                                        const typeset::Color& background);

}  // namespace pdf
