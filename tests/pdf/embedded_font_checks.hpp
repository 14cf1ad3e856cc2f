// What a PDF/A reader checks of each embedded CID TrueType font, read back
// from a finished PDF with qpdf: the program is there and well formed, its
// CIDSet lists exactly the CIDs it draws, its widths are the program's, and
// every code the pages show has a glyph. Shared by the pdf and cli tests.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "typeset/fonts.hpp"
#include "typeset/truetype.hpp"
#include "typeset/truetype_reader.hpp"

namespace font_checks {

inline std::string stream_bytes(QPDFObjectHandle stream) {
  const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
  return {reinterpret_cast<const char*>(data->getBuffer()), data->getSize()};
}

inline std::span<const std::uint8_t> as_bytes(const std::string& text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// One Type0 font of a file as the pages use it.
struct EmbeddedFont {
  std::string name;     // /BaseFont
  std::string program;  // FontFile2, inflated; empty when not embedded
  std::string cid_to_gid_map;
  std::string cid_set;
  std::vector<std::pair<unsigned, long long>> widths;  // from /W
  std::set<unsigned> shown;                            // codes shown on the pages
};

// The codes each font shows, from the pages' content streams (Tf, Tj, TJ, ', ").
class ShownCodes : public QPDFObjectHandle::ParserCallbacks {
 public:
  explicit ShownCodes(std::map<std::string, std::set<unsigned>>& by_resource)
      : by_resource_(by_resource) {}
  void handleObject(QPDFObjectHandle object) override {
    if (object.isOperator()) {
      const std::string op = object.getOperatorValue();
      if (op == "Tf" && operands_.size() == 2 && operands_[0].isName())
        font_ = operands_[0].getName();
      if (op == "Tj" || op == "'" || op == "\"" || op == "TJ")
        for (QPDFObjectHandle& operand : operands_) add(operand);
      operands_.clear();
    } else {
      operands_.push_back(object);
    }
  }
  void handleEOF() override {}

 private:
  void add(QPDFObjectHandle operand) {
    if (operand.isArray()) {
      for (QPDFObjectHandle item : operand.aitems()) add(item);
    } else if (operand.isString()) {
      const std::string bytes = operand.getStringValue();
      for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
        by_resource_[font_].insert(static_cast<unsigned char>(bytes[i]) << 8 |
                                   static_cast<unsigned char>(bytes[i + 1]));
    }
  }
  std::map<std::string, std::set<unsigned>>& by_resource_;
  std::vector<QPDFObjectHandle> operands_;
  std::string font_;
};

inline std::vector<EmbeddedFont> embedded_fonts(const std::string& pdf_bytes) {
  QPDF pdf;
  pdf.processMemoryFile("PDF", pdf_bytes.data(), pdf_bytes.size());
  std::map<QPDFObjGen, EmbeddedFont> fonts;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    std::map<std::string, std::set<unsigned>> shown;
    ShownCodes callbacks(shown);
    page.parseContents(&callbacks);
    QPDFObjectHandle resources = page.getAttribute("/Resources", false).getKey("/Font");
    for (auto& [resource, font] : resources.ditems()) {
      if (!font.getKey("/Subtype").isNameAndEquals("/Type0")) continue;
      EmbeddedFont& entry = fonts[font.getObjGen()];
      entry.shown.insert(shown[resource].begin(), shown[resource].end());
      if (!entry.name.empty()) continue;
      entry.name = font.getKey("/BaseFont").getName().substr(1);
      QPDFObjectHandle cid_font = font.getKey("/DescendantFonts").getArrayItem(0);
      QPDFObjectHandle descriptor = cid_font.getKey("/FontDescriptor");
      if (descriptor.getKey("/FontFile2").isStream())
        entry.program = stream_bytes(descriptor.getKey("/FontFile2"));
      if (descriptor.getKey("/CIDSet").isStream())
        entry.cid_set = stream_bytes(descriptor.getKey("/CIDSet"));
      if (cid_font.getKey("/CIDToGIDMap").isStream())
        entry.cid_to_gid_map = stream_bytes(cid_font.getKey("/CIDToGIDMap"));
      QPDFObjectHandle w = cid_font.getKey("/W");
      for (int i = 0; w.isArray() && i + 1 < w.getArrayNItems(); i += 2) {
        auto first = static_cast<unsigned>(w.getArrayItem(i).getIntValue());
        for (QPDFObjectHandle width : w.getArrayItem(i + 1).aitems())
          entry.widths.emplace_back(first++, width.getIntValue());
      }
    }
  }
  std::vector<EmbeddedFont> list;
  for (auto& [id, font] : fonts) list.push_back(std::move(font));
  return list;
}

inline std::set<unsigned> cids_in_set(const std::string& cid_set) {
  std::set<unsigned> cids;
  for (std::size_t byte = 0; byte < cid_set.size(); ++byte)
    for (unsigned bit = 0; bit < 8; ++bit)
      if (static_cast<unsigned char>(cid_set[byte]) & (0x80u >> bit))
        cids.insert(static_cast<unsigned>(byte * 8 + bit));
  return cids;
}

inline unsigned glyph_of(const std::string& map, unsigned cid) {
  if (2 * cid + 1 >= map.size()) return 0;
  return static_cast<unsigned char>(map[2 * cid]) << 8 |
         static_cast<unsigned char>(map[2 * cid + 1]);
}

// numGlyphs, and whether every composite glyph's components are below it.
inline std::pair<unsigned, bool> glyph_structure(const std::string& program) {
  typeset::TrueTypeReader file(as_bytes(program));
  std::map<std::string, std::pair<std::size_t, std::size_t>> tables;
  for (std::size_t i = 0; i < file.u16(4); ++i) {
    const std::size_t record = 12 + 16 * i;
    const std::string tag = program.substr(record, 4);
    tables[tag] = {file.u32(record + 8), file.u32(record + 12)};
  }
  const unsigned glyphs = file.u16(tables["maxp"].first + 4);
  const bool long_offsets = file.i16(tables["head"].first + 50) == 1;
  const auto offset = [&](std::size_t glyph) -> std::size_t {
    const std::size_t loca = tables["loca"].first;
    return tables["glyf"].first +
           (long_offsets ? file.u32(loca + 4 * glyph) : 2u * file.u16(loca + 2 * glyph));
  };
  bool components_ok = true;
  for (std::size_t glyph = 0; glyph < glyphs; ++glyph) {
    const std::size_t at = offset(glyph);
    if (offset(glyph + 1) == at || file.i16(at) >= 0) continue;
    std::size_t component = at + 10;
    unsigned flags = 0;
    do {
      flags = file.u16(component);
      if (file.u16(component + 2) >= glyphs) components_ok = false;
      component += 4 + ((flags & 1) ? 4 : 2) +
                   ((flags & 8)      ? 2
                    : (flags & 0x40) ? 4
                    : (flags & 0x80) ? 8
                                     : 0);
    } while ((flags & 0x20) && file.ok());
  }
  return {glyphs, components_ok && file.ok()};
}

// Everything a PDF/A-1b reader (and a printer) needs of `font`; `where`
// names the file in failures.
inline void expect_well_embedded(const EmbeddedFont& font, const std::string& where) {
  std::string trace = where;  // appended: GCC 12 warns wrongly (-Wrestrict) about a + " " + b
  trace += " : ";
  trace += font.name;
  SCOPED_TRACE(trace);
  ASSERT_FALSE(font.program.empty()) << "police non incorporée";
  // A subset's name: six capitals and '+'.
  ASSERT_GT(font.name.size(), 7u);
  EXPECT_EQ(font.name[6], '+');
  for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(font.name[i] >= 'A' && font.name[i] <= 'Z');

  typeset::FontFace face;
  std::string reason;
  ASSERT_TRUE(typeset::TrueTypeParser::parse(as_bytes(font.program), face, reason)) << reason;
  const auto [glyphs, components_ok] = glyph_structure(font.program);
  EXPECT_TRUE(components_ok);

  // The CIDSet lists CID 0 and exactly the CIDs the map sends to a glyph.
  std::set<unsigned> mapped{0};
  std::set<unsigned> glyphs_used{0};
  for (unsigned cid = 1; 2 * cid + 1 < font.cid_to_gid_map.size(); ++cid) {
    const unsigned glyph = glyph_of(font.cid_to_gid_map, cid);
    if (glyph == 0) continue;
    EXPECT_LT(glyph, glyphs) << "CID " << cid;
    mapped.insert(cid);
    glyphs_used.insert(glyph);
  }
  EXPECT_EQ(cids_in_set(font.cid_set), mapped);
  // No glyph of the program is left unused but for components.
  EXPECT_LE(glyphs_used.size(), glyphs);

  // Every code shown has its glyph, and its width is the program's.
  for (const unsigned code : font.shown)
    EXPECT_TRUE(mapped.contains(code)) << "U+" << std::hex << code << " sans glyphe";
  for (const auto& [cid, width] : font.widths) {
    if (!mapped.contains(cid)) continue;
    const double program_width = face.advance(static_cast<char32_t>(cid)) * 1000;
    EXPECT_LE(std::abs(program_width - static_cast<double>(width)), 1.0) << "CID " << cid;
  }
}

}  // namespace font_checks
