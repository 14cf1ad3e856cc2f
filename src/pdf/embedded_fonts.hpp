// The faces a document draws with, embedded once each into one PDF as
// UTF-8 TrueType subsets. Faces the document does not use are not loaded.
#pragma once

#include <hpdf.h>

#include <map>
#include <string>

#include "typeset/boxes.hpp"
#include "typeset/fonts.hpp"

namespace pdf {

class HaruDocument;

class EmbeddedFonts {
 public:
  // Loads every face used by a glyph run of `document` (several faces sharing
  // a file are loaded once). On failure returns false with `error` set in
  // French, naming the file; libharu's own error is in `pdf`'s state.
  bool load(HaruDocument& pdf, const typeset::DocumentBox& document,
            const typeset::FontLibrary& fonts, std::string& error);

  // The loaded font of a face used by the document; nullptr otherwise.
  HPDF_Font font(typeset::FaceId face) const;
  std::size_t file_count() const { return by_path_.size(); }

 private:
  std::map<typeset::FaceId, HPDF_Font> by_face_;
  std::map<std::string, HPDF_Font> by_path_;
};

}  // namespace pdf
