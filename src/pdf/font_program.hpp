// The TrueType programs embedded in our PDFs, cut by us rather than by
// libharu. libharu 2.3 re-reads each face for every PDF, keeps every glyph
// slot, the whole cmap and hmtx in its subsets, and the finishing pass then
// had to inflate them again to describe them. Here each font file is read
// once per run (FontProgramCache, shared by the run's threads), and each PDF
// gets a subset of exactly the glyphs it shows, renumbered from 0, with the
// CIDToGIDMap and CIDSet that go with it: libharu describes the font without
// embedding it, and the finishing pass attaches these (finishing/font_descriptors.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace pdf {

// What one PDF embeds for one face: matched with libharu's font by its
// /BaseFont (the PostScript name, libharu naming a font it does not embed
// without a subset tag).
struct FontSubset {
  std::string base_font;       // "LivretSans-Regular"
  std::string subset_name;     // "QZKWRB+LivretSans-Regular", the tag from the glyphs kept
  std::string program;         // a TrueType file (FontFile2), not deflated
  std::string cid_to_gid_map;  // two bytes per code up to the highest shown
  std::string cid_set;         // one bit per CID: 0 and every code shown
  long long cap_height = 0;    // 1/1000 em
};

// A TrueType file read and checked once, ready to cut subsets from.
class FontProgram {
 public:
  // Reads `path`; nullptr and `error` (French, naming the file) on failure.
  static std::shared_ptr<const FontProgram> load(const std::string& path, std::string& error);
  // The same from bytes already read (`name` is used in messages).
  static std::shared_ptr<const FontProgram> parse(std::string bytes, const std::string& name,
                                                  std::string& error);

  // A subset for the Basic Multilingual Plane `code_points` (libharu's codes,
  // which are the code points): .notdef, their glyphs and the glyphs these
  // are composed of, in that order; a (3,1) cmap for them; widths untouched.
  // A code point the face lacks maps to glyph 0, like libharu's own map.
  FontSubset subset(const std::set<char32_t>& code_points, const std::string& base_font) const;

  std::uint16_t glyph_count() const {
    return static_cast<std::uint16_t>(glyph_offsets_.size() - 1);
  }

 private:
  struct Table {
    std::uint32_t tag = 0;
    std::size_t offset = 0;
    std::size_t length = 0;
  };
  const Table* table(std::uint32_t tag) const;
  std::string table_bytes(std::uint32_t tag) const;
  std::string_view glyph_data(std::uint16_t glyph) const;
  std::uint16_t glyph_for(char32_t code_point) const;

  std::string bytes_;
  std::vector<Table> tables_;                                    // sorted by tag
  std::vector<std::size_t> glyph_offsets_;                       // loca: glyph_count + 1 offsets
  std::vector<std::pair<std::uint16_t, std::int16_t>> metrics_;  // advance, left side bearing
  std::vector<std::pair<char32_t, std::uint16_t>> cmap_;         // sorted code point → glyph
  long long cap_height_ = 0;
};

// The font programs of a run, by path: each file is read the first time a PDF
// asks for it, then shared. Safe to use from several threads.
class FontProgramCache {
 public:
  std::shared_ptr<const FontProgram> get(const std::string& path, std::string& error);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const FontProgram>> programs_;
};

}  // namespace pdf
