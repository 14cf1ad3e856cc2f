#include "pdf/embedded_fonts.hpp"

#include <hpdf_encoder.h>
#include <hpdf_version.h>

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

#include "base/utf8.hpp"
#include "pdf/haru_document.hpp"
#include "pdf/to_unicode.hpp"

namespace pdf {
namespace {

// The entry of a [high byte][low byte] table of libharu's CMap encoders.
template <typename Entry>
Entry& at(Entry (&table)[256][256], char32_t code_point) {
  return table[static_cast<std::size_t>(code_point >> 8 & 0xFF)][code_point & 0xFF];
}

// libharu 2.3 builds a UTF-8 TrueType font's widths (/W) and CIDToGIDMap for
// all 65 536 codes, looking each one up in the font's cmap by a linear search:
// most of a flyer's painting time, and a W array listing every glyph of the
// face. Given a CMap encoder whose tables hold only some codes, it builds them
// for those codes alone. This scope gives the document's UTF-8 encoder such
// tables (narrow(): the code points the next font will show) while
// HPDF_GetFont builds each font, then puts the encoder back as it was: showing
// text does not use them. The tables (256 KB) are saved and restored once per
// document, and only the entries of the previous font cleared between fonts.
class NarrowedEncoder {
 public:
  explicit NarrowedEncoder(HPDF_Doc pdf) {
#if HPDF_MAJOR_VERSION == 2 && HPDF_MINOR_VERSION == 3
    encoder_ = HPDF_GetEncoder(pdf, "UTF-8");
    if (encoder_ == nullptr || encoder_->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE ||
        encoder_->attr == nullptr)
      return;
    attr_ = static_cast<HPDF_CMapEncoderAttr>(encoder_->attr);
    saved_ = std::make_unique<Tables>();
    std::memcpy(saved_->cid_map, attr_->cid_map, sizeof saved_->cid_map);
    std::memcpy(saved_->unicode_map, attr_->unicode_map, sizeof saved_->unicode_map);
    saved_to_unicode_ = encoder_->to_unicode_fn;
    std::memset(attr_->cid_map, 0, sizeof attr_->cid_map);
    encoder_->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
#else
    (void)pdf;
#endif
  }

  // The encoder's tables hold `code_points` alone.
  void narrow(const std::set<char32_t>& code_points) {
    if (saved_ == nullptr) return;
    for (const char32_t code_point : added_) at(attr_->cid_map, code_point) = 0;
    added_.clear();
    char32_t highest = 0x20;
    add(0x20);  // never an empty table (libharu refuses a font without codes)
    for (const char32_t code_point : code_points) {
      if (code_point < 0x20 || code_point > 0xFFFF) continue;  // not shown by libharu 2.3
      add(code_point);
      highest = std::max(highest, code_point);
    }
    // libharu writes the widths and the map of codes below the highest only.
    if (highest < 0xFFFF) add(highest + 1);
  }

  ~NarrowedEncoder() {
    if (saved_ == nullptr) return;
    std::memcpy(attr_->cid_map, saved_->cid_map, sizeof saved_->cid_map);
    std::memcpy(attr_->unicode_map, saved_->unicode_map, sizeof saved_->unicode_map);
    encoder_->to_unicode_fn = saved_to_unicode_;
  }

  NarrowedEncoder(const NarrowedEncoder&) = delete;
  NarrowedEncoder& operator=(const NarrowedEncoder&) = delete;

 private:
  struct Tables {
    HPDF_UINT16 cid_map[256][256];
    HPDF_UNICODE unicode_map[256][256];
  };

  // Code, CID and Unicode value are the same number in libharu's UTF-8 fonts.
  void add(char32_t code_point) {
    at(attr_->cid_map, code_point) = static_cast<HPDF_UINT16>(code_point);
    at(attr_->unicode_map, code_point) = static_cast<HPDF_UNICODE>(code_point);
    added_.push_back(code_point);
  }

  HPDF_Encoder encoder_ = nullptr;
  HPDF_CMapEncoderAttr attr_ = nullptr;
  std::unique_ptr<Tables> saved_;
  HPDF_Encoder_ToUnicode_Func saved_to_unicode_ = nullptr;
  std::vector<char32_t> added_;  // the codes narrow() set last
};

// The code points of a face's runs: a bit each for the Basic Multilingual
// Plane, where a page's every character is looked up, then the ordered set
// the rest of the loading takes (a set insertion per character cost 1 % of a
// run's time).
class CodePointSet {
 public:
  void add(char32_t code_point) {
    if (code_point < kPlane) {
      if (basic_.empty()) basic_.resize(kPlane / 64);
      basic_[code_point / 64] |= std::uint64_t{1} << (code_point % 64);
    } else {
      beyond_.insert(code_point);
    }
  }

  std::set<char32_t> sorted() const {
    std::set<char32_t> code_points;
    for (std::size_t word = 0; word < basic_.size(); ++word) {
      for (std::uint64_t bits = basic_[word]; bits != 0; bits &= bits - 1) {
        const auto bit = static_cast<char32_t>(std::countr_zero(bits));
        code_points.insert(code_points.end(), static_cast<char32_t>(word * 64) + bit);
      }
    }
    code_points.insert(beyond_.begin(), beyond_.end());
    return code_points;
  }

 private:
  static constexpr char32_t kPlane = 0x10000;
  std::vector<std::uint64_t> basic_;
  std::set<char32_t> beyond_;
};

}  // namespace

bool EmbeddedFonts::load(HaruDocument& pdf, const typeset::DocumentBox& document,
                         const typeset::FontLibrary& fonts, FontProgramCache& programs,
                         std::string& error, bool word_spaces) {
  // Ordered: the same document embeds its fonts in the same order.
  std::map<typeset::FaceId, std::set<char32_t>> used;
  {
    std::map<typeset::FaceId, CodePointSet> seen;
    for (const typeset::PageBox& page : document.pages) {
      for (const typeset::GlyphRun& run : page.glyphs) {
        if (run.text.empty()) continue;  // not painted: its face need not be embedded
        CodePointSet& code_points = seen[run.face];
        base::utf8::for_each_code_point(run.text, [&](const base::utf8::Sequence& sequence) {
          if (sequence.valid) code_points.add(sequence.code_point);
        });
      }
    }
    for (const auto& [face_id, code_points] : seen) used.emplace(face_id, code_points.sorted());
  }

  for (auto& [face_id, code_points] : used) {
    const bool known = face_id >= 0 && static_cast<std::size_t>(face_id) < fonts.face_count();
    if (word_spaces && known && fonts.face(face_id).covers(U' ')) {
      code_points.insert(U' ');
      spaced_.insert(face_id);
    }
  }

  // Faces sharing a file share one font, built for the code points of all.
  std::map<std::string, std::set<char32_t>> code_points_by_path;
  std::vector<std::string> paths;  // in the order of the faces, as before
  for (const auto& [face_id, code_points] : used) {
    if (face_id < 0 || static_cast<std::size_t>(face_id) >= fonts.face_count()) {
      error = "police n° " + std::to_string(face_id) + " inconnue";
      return false;
    }
    const std::string& path = fonts.face(face_id).path();
    auto [entry, added] = code_points_by_path.try_emplace(path);
    if (added) paths.push_back(path);
    entry->second.insert(code_points.begin(), code_points.end());
  }

  NarrowedEncoder narrowed(pdf.get());
  for (const std::string& path : paths) {
    const std::set<char32_t>& code_points = code_points_by_path[path];
    const std::shared_ptr<const FontProgram> program = programs.get(path, error);
    if (program == nullptr) return false;
    // Not embedded by libharu: it would read the file again, copy its glyph
    // slots, cmap and hmtx whole and deflate them, for every PDF.
    const char* name = pdf.load_truetype(path);
    HPDF_Font font = nullptr;
    if (name != nullptr) {
      narrowed.narrow(code_points);
      font = HPDF_GetFont(pdf.get(), name, "UTF-8");
    }
    if (font == nullptr || pdf.failed()) {
      error = "impossible d'incorporer la police « " + path + " » : " + pdf.error_message();
      return false;
    }
    // libharu knows a font by its PostScript name: a second file of the same
    // name would be drawn with the first one's font, and miss its characters.
    const std::string base_font = HPDF_Font_GetFontName(font);
    for (const auto& [other_path, other_font] : by_path_) {
      if (other_font == font) {
        error = "les polices « " + other_path + " » et « " + path + " » portent le même nom (« " +
                base_font + " ») : un document ne peut pas utiliser les deux";
        return false;
      }
    }
    by_path_.emplace(path, font);
    subsets_.push_back(program->subset(code_points, base_font));
    if (!replace_to_unicode(font, identity_to_unicode_cmap(code_points))) {
      error = "impossible d'écrire la table ToUnicode d'une police : " + pdf.error_message();
      return false;
    }
  }
  for (const auto& [face_id, code_points] : used)
    by_face_[face_id] = by_path_.at(fonts.face(face_id).path());
  return true;
}

HPDF_Font EmbeddedFonts::font(typeset::FaceId face) const {
  const auto found = by_face_.find(face);
  return found == by_face_.end() ? nullptr : found->second;
}

}  // namespace pdf
