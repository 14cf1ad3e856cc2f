// Fonts as the layout sees them: TrueType files parsed once per process for
// their metrics and character coverage, grouped in families with a fallback.
// Nothing here knows about PDF; src/pdf embeds the same files by path.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "typeset/truetype_kerning.hpp"

namespace typeset {

enum class FontStyle : std::uint8_t { regular = 0, italic = 1, bold = 2, bold_italic = 3 };

using FaceId = int;  // index into a FontLibrary

// Vertical metrics in em (1.0 = the font size); descender is negative.
struct FaceMetrics {
  double ascender = 0.8;
  double descender = -0.2;
  double line_gap = 0;
  double cap_height = 0.7;
  double x_height = 0.5;
};

// One parsed TrueType face (cmap, hmtx, head, hhea, OS/2, name, GPOS kerning).
class FontFace {
 public:
  // Reads and parses the file; on failure returns nullptr and sets `error`
  // to a plain-French reason.
  static std::unique_ptr<FontFace> load(const std::string& path, std::string& error);

  const std::string& path() const { return path_; }
  const std::string& postscript_name() const { return postscript_name_; }
  const FaceMetrics& metrics() const { return metrics_; }
  bool covers(char32_t code_point) const;
  // Advance width in em, exact (hmtx / unitsPerEm); 0 for a code point the face
  // does not cover. libharu writes widths truncated to 1/1000 em: at most
  // 0.001 em less per glyph in the PDF, far below what layout can see.
  double advance(char32_t code_point) const;
  // The same in the face's units (hmtx), 0 for a code point it does not cover;
  // advance() is advance_units() / units_per_em().
  std::uint16_t advance_units(char32_t code_point) const;
  double units_per_em() const { return units_per_em_; }
  // The pair kerning of `left` followed by `right` (GPOS `kern`), in em:
  // negative brings `right` closer. 0 where the face has no such pair.
  double kerning(char32_t left, char32_t right) const;

 private:
  std::optional<std::uint16_t> glyph(char32_t code_point) const;
  std::string path_;
  std::string postscript_name_;
  FaceMetrics metrics_;
  std::vector<std::uint16_t> advances_;                   // per glyph, font units
  std::vector<std::pair<char32_t, std::uint16_t>> cmap_;  // sorted code point → glyph
  // The glyphs of the code points below U+2100 (Latin, punctuation, the
  // French spaces), found without searching cmap_: every character of every
  // paragraph asks for its glyph several times (3 % of a run's work went to
  // the search). 0: no glyph (cmap_ holds none mapped to glyph 0).
  static constexpr char32_t kDirectCodes = 0x2100;
  std::vector<std::uint16_t> direct_;
  void index_direct_glyphs();
  double units_per_em_ = 1000;
  PairKerning kerning_;
  friend class TrueTypeParser;
};

// All faces of a process, loaded once and shared by every document written.
class FontLibrary {
 public:
  // Faces one library holds at most: a prepared glyph keeps its face in 16
  // bits (prepared_text.hpp). A template names a few dozen at most.
  static constexpr std::size_t kMaxFaces = 32767;
  // Loads a family's four faces (any may repeat another's path). Returns false
  // and sets `error` (naming the file) when a face cannot be read.
  bool add_family(std::string name, const std::string& regular, const std::string& italic,
                  const std::string& bold, const std::string& bold_italic, std::string& error);
  // The family that draws what the others cannot.
  void set_fallback(std::string family_name) { fallback_ = std::move(family_name); }

  bool has_family(std::string_view name) const;
  const FontFace& face(FaceId id) const { return *faces_[static_cast<std::size_t>(id)]; }
  std::size_t face_count() const { return faces_.size(); }
  FaceId face_of(std::string_view family, FontStyle style) const;  // -1 if unknown

  // The face that draws `code_point` in this family and style: the family's own
  // face if it covers it, else the fallback family's face of the same style,
  // else nullopt (the caller reports the character).
  std::optional<FaceId> face_for(std::string_view family, FontStyle style,
                                 char32_t code_point) const;

 private:
  struct Family {
    std::string name;
    FaceId faces[4] = {-1, -1, -1, -1};
  };
  FaceId load_face(const std::string& path, std::string& error);
  std::vector<std::unique_ptr<FontFace>> faces_;
  std::vector<Family> families_;
  std::string fallback_;
};

// The faces shipped in fonts/ (see fonts/README.md): Carlito reduced and
// renamed "Livret Sans" (metrics of Calibri), and DejaVu Sans for ✓ ■ U+00A0…
inline constexpr std::string_view bundled_main_family = "Livret Sans";
inline constexpr std::string_view bundled_fallback_family = "DejaVu Sans";

// Adds both bundled families, found under data_dir()/fonts, and makes DejaVu
// Sans the fallback. Returns false and sets `error` (naming the file) on failure.
bool add_bundled_families(FontLibrary& library, std::string& error);

}  // namespace typeset
