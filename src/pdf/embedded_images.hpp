// The raster images a document shows (a logo in a page master's image slot),
// each loaded once into the PDF however many pages show it. libharu reads PNG
// and JPEG files.
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
  // Loads every image file of `document`. Each file that cannot be read as a
  // PNG or a JPEG adds a problem in French, naming it, to `problems`.
  void load(HaruDocument& pdf, const typeset::DocumentBox& document,
            std::vector<std::string>& problems);

  // The loaded image of a file; nullptr when it could not be loaded.
  HPDF_Image image(const std::string& path) const;

 private:
  std::map<std::string, HPDF_Image> by_path_;
};

}  // namespace pdf
