#include "pdf/embedded_fonts.hpp"

#include <set>

#include "pdf/haru_document.hpp"
#include "pdf/to_unicode.hpp"
#include "pdf/utf8.hpp"

namespace pdf {

bool EmbeddedFonts::load(HaruDocument& pdf, const typeset::DocumentBox& document,
                         const typeset::FontLibrary& fonts, std::string& error) {
  // Ordered: the same document embeds its fonts in the same order.
  std::map<typeset::FaceId, std::set<char32_t>> used;
  for (const typeset::PageBox& page : document.pages) {
    for (const typeset::GlyphRun& run : page.glyphs) {
      if (run.text.empty()) continue;  // not painted: its face need not be embedded
      std::set<char32_t>& code_points = used[run.face];
      for (std::size_t offset = 0; offset < run.text.size();)
        if (const auto code_point = decode_utf8(run.text, offset)) code_points.insert(*code_point);
    }
  }

  std::map<HPDF_Font, std::set<char32_t>> code_points_by_font;
  for (const auto& [face_id, code_points] : used) {
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
    code_points_by_font[loaded->second].insert(code_points.begin(), code_points.end());
  }
  for (const auto& [font, code_points] : code_points_by_font) {
    if (!replace_to_unicode(font, identity_to_unicode_cmap(code_points))) {
      error = "impossible d'écrire la table ToUnicode d'une police : " + pdf.error_message();
      return false;
    }
  }
  return true;
}

HPDF_Font EmbeddedFonts::font(typeset::FaceId face) const {
  const auto found = by_face_.find(face);
  return found == by_face_.end() ? nullptr : found->second;
}

}  // namespace pdf
