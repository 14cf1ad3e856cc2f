#include "pdf/embedded_fonts.hpp"

#include <set>

#include "pdf/haru_document.hpp"

namespace pdf {

bool EmbeddedFonts::load(HaruDocument& pdf, const typeset::DocumentBox& document,
                         const typeset::FontLibrary& fonts, std::string& error) {
  std::set<typeset::FaceId> used;  // ordered: the same document embeds in the same order
  for (const typeset::PageBox& page : document.pages)
    for (const typeset::GlyphRun& run : page.glyphs) used.insert(run.face);

  for (const typeset::FaceId face_id : used) {
    if (face_id < 0 || static_cast<std::size_t>(face_id) >= fonts.face_count()) {
      error = "police n° " + std::to_string(face_id) + " inconnue";
      return false;
    }
    const std::string& path = fonts.face(face_id).path();
    auto loaded = by_path_.find(path);
    if (loaded == by_path_.end()) {
      const char* name = HPDF_LoadTTFontFromFile(pdf.get(), path.c_str(), HPDF_TRUE);
      HPDF_Font font = name ? HPDF_GetFont(pdf.get(), name, "UTF-8") : nullptr;
      if (font == nullptr || pdf.failed()) {
        error = "impossible d'incorporer la police « " + path + " » : " + pdf.error_message();
        return false;
      }
      loaded = by_path_.emplace(path, font).first;
    }
    by_face_[face_id] = loaded->second;
  }
  return true;
}

HPDF_Font EmbeddedFonts::font(typeset::FaceId face) const {
  const auto found = by_face_.find(face);
  return found == by_face_.end() ? nullptr : found->second;
}

}  // namespace pdf
