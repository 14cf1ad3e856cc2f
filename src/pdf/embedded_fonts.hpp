// The faces a document draws with, each described once in one PDF as a UTF-8
// TrueType font: libharu measures and shows text with it without embedding
// it; the program embedded is a subset cut here from the run's parsed font
// (font_program.hpp), which the finishing pass attaches. Faces the document
// does not use are not loaded.
#pragma once

#include <hpdf.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "pdf/font_program.hpp"
#include "typeset/boxes.hpp"
#include "typeset/fonts.hpp"

namespace pdf {

class HaruDocument;

class EmbeddedFonts {
 public:
  // Loads every face used by a glyph run of `document` (several faces sharing
  // a file are loaded once). On failure returns false with `error` set in
  // French, naming the file; libharu's own error is in `pdf`'s state.
  // Font files are read through `programs` (once per run). With
  // `word_spaces`, every face that has a space can show one besides its
  // runs' text (a tagged page marks the ends of words: page_painter.hpp).
  bool load(HaruDocument& pdf, const typeset::DocumentBox& document,
            const typeset::FontLibrary& fonts, FontProgramCache& programs, std::string& error,
            bool word_spaces = false);

  // The loaded font of a face used by the document; nullptr otherwise.
  HPDF_Font font(typeset::FaceId face) const;
  std::size_t file_count() const { return by_path_.size(); }
  // What the finishing pass embeds: one subset per font, in loading order.
  const std::vector<FontSubset>& subsets() const { return subsets_; }
  // Can `face` show a space that none of its runs holds? (load's word_spaces)
  bool shows_space(typeset::FaceId face) const { return spaced_.count(face) > 0; }

 private:
  std::map<typeset::FaceId, HPDF_Font> by_face_;
  std::map<std::string, HPDF_Font> by_path_;
  std::vector<FontSubset> subsets_;
  std::set<typeset::FaceId> spaced_;
};

}  // namespace pdf
