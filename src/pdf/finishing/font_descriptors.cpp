// Finishing step: complete the font descriptors of TrueType CID fonts (see
// finishing_steps.hpp). libharu builds a descriptor only while it saves,
// without /CIDSet and /CapHeight, which PDF/A requires. Our PDFs have libharu
// describe each font without embedding it, and the font's program, map and
// descriptor values come made (font_program.hpp): attaching them costs no
// parsing. A font libharu embedded itself is completed from what the file
// holds (its font program, its CIDToGIDMap).
#include <cmath>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <set>
#include <span>

#include "pdf/finishing/finishing_steps.hpp"
#include "typeset/fonts.hpp"
#include "typeset/truetype.hpp"
#include "typeset/truetype_reader.hpp"

namespace pdf::finishing {
namespace {

std::string stream_bytes(QPDFObjectHandle stream) {
  const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
  return {reinterpret_cast<const char*>(data->getBuffer()), data->getSize()};
}

std::span<const std::uint8_t> as_bytes(const std::string& text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// maxp's numGlyphs, or 0 when the font program has no readable maxp.
std::size_t glyph_count(const std::string& font_program) {
  typeset::TrueTypeReader file(as_bytes(font_program));
  const std::size_t tables = file.u16(4);
  for (std::size_t i = 0; i < tables && file.ok(); ++i) {
    const std::size_t record = 12 + i * 16;
    if (file.u32(record) != 0x6D617870) continue;  // 'maxp'
    typeset::TrueTypeReader maxp = file.slice(file.u32(record + 8), file.u32(record + 12));
    const std::size_t count = maxp.u16(4);
    return maxp.ok() ? count : 0;
  }
  return 0;
}

// One bit per CID, high bit first (PDF 1.7, 9.8.3.3): set for CID 0 and for
// every CID that the CIDToGIDMap sends to a glyph of the font program.
std::string cid_set(QPDFObjectHandle cid_to_gid, std::size_t glyphs) {
  std::string bits;
  std::size_t last = 0;  // the highest CID present
  const auto mark = [&](std::size_t cid) {
    if (bits.size() <= cid / 8) bits.resize(cid / 8 + 1, '\0');
    bits[cid / 8] = static_cast<char>(bits[cid / 8] | (0x80 >> (cid % 8)));
    last = cid;
  };
  mark(0);
  if (cid_to_gid.isStream()) {
    const std::string map = stream_bytes(cid_to_gid);
    for (std::size_t cid = 1; 2 * cid + 1 < map.size(); ++cid) {
      const unsigned gid = static_cast<unsigned char>(map[2 * cid]) << 8 |
                           static_cast<unsigned char>(map[2 * cid + 1]);
      if (gid != 0 && gid < glyphs) mark(cid);
    }
  } else {  // /Identity: CID n is glyph n
    for (std::size_t cid = 1; cid < glyphs; ++cid) mark(cid);
  }
  bits.resize(last / 8 + 1);
  return bits;
}

class DescriptorCompleter {
 public:
  DescriptorCompleter(QPDF& pdf, const std::vector<FontSubset>& fonts, bool compress)
      : pdf_(pdf), fonts_(fonts), compress_(compress) {}

  bool visit_resources(QPDFObjectHandle resources, std::string& error) {
    if (!resources.isDictionary()) return true;
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (fonts.isDictionary()) {
      for (auto& [name, font] : fonts.ditems())
        if (!visit_font(font, error)) return false;
    }
    // Form XObjects (a page placed on a sheet) have resources of their own.
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (xobjects.isDictionary()) {
      for (auto& [name, xobject] : xobjects.ditems()) {
        if (!xobject.isStream() || !first_visit(xobject)) continue;
        if (!xobject.getDict().getKey("/Subtype").isNameAndEquals("/Form")) continue;
        if (!visit_resources(xobject.getDict().getKey("/Resources"), error)) return false;
      }
    }
    return true;
  }

 private:
  bool first_visit(QPDFObjectHandle object) {
    return !object.isIndirect() || seen_.insert(object.getObjGen()).second;
  }

  bool visit_font(QPDFObjectHandle font, std::string& error) {
    if (!font.isDictionary() || !first_visit(font)) return true;
    if (!font.getKey("/Subtype").isNameAndEquals("/Type0")) return true;
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (!descendants.isArray() || descendants.getArrayNItems() != 1) return true;
    QPDFObjectHandle cid_font = descendants.getArrayItem(0);
    if (!cid_font.isDictionary() || !cid_font.getKey("/Subtype").isNameAndEquals("/CIDFontType2"))
      return true;
    QPDFObjectHandle descriptor = cid_font.getKey("/FontDescriptor");
    if (!descriptor.isDictionary()) return true;
    QPDFObjectHandle program = descriptor.getKey("/FontFile2");
    if (!program.isStream()) {
      if (const FontSubset* subset = subset_for(font)) attach(font, cid_font, descriptor, *subset);
      return true;  // otherwise not embedded: nothing to describe
    }

    const std::string bytes = stream_bytes(program);
    const std::string name = font.getKey("/BaseFont").isName()
                                 ? font.getKey("/BaseFont").getName().substr(1)
                                 : std::string("?");
    if (!descriptor.hasKey("/CapHeight")) {
      typeset::FontFace face;
      std::string reason;
      if (!typeset::TrueTypeParser::parse(as_bytes(bytes), face, reason)) {
        error = "police incorporée « " + name + " » illisible : " + reason;
        return false;
      }
      const long long cap_height = std::llround(face.metrics().cap_height * 1000);
      descriptor.replaceKey("/CapHeight", QPDFObjectHandle::newInteger(cap_height));
    }
    if (!descriptor.hasKey("/CIDSet")) {
      const std::size_t glyphs = glyph_count(bytes);
      if (glyphs == 0) {
        error = "police incorporée « " + name + " » illisible : table « maxp » absente";
        return false;
      }
      // One bit per code up to the highest shown (U+2022 •: 1 KB, mostly
      // zeros), deflated like the file's other streams.
      descriptor.replaceKey("/CIDSet",
                            new_map_stream(cid_set(cid_font.getKey("/CIDToGIDMap"), glyphs)));
    }
    return true;
  }

  const FontSubset* subset_for(QPDFObjectHandle font) const {
    QPDFObjectHandle name = font.getKey("/BaseFont");
    if (!name.isName()) return nullptr;
    const std::string base_font = name.getName().substr(1);
    for (const FontSubset& subset : fonts_)
      if (subset.base_font == base_font) return &subset;
    return nullptr;
  }

  void attach(QPDFObjectHandle font, QPDFObjectHandle cid_font, QPDFObjectHandle descriptor,
              const FontSubset& subset) {
    const QPDFObjectHandle name = QPDFObjectHandle::newName("/" + subset.subset_name);
    font.replaceKey("/BaseFont", name);
    cid_font.replaceKey("/BaseFont", name);
    descriptor.replaceKey("/FontName", name);
    QPDFObjectHandle program = new_stream(pdf_, subset.program, compress_);
    program.getDict().replaceKey(
        "/Length1", QPDFObjectHandle::newInteger(static_cast<long long>(subset.program.size())));
    descriptor.replaceKey("/FontFile2", program);
    descriptor.replaceKey("/CapHeight", QPDFObjectHandle::newInteger(subset.cap_height));
    descriptor.replaceKey("/CIDSet", new_map_stream(subset.cid_set));
    cid_font.replaceKey("/CIDToGIDMap", new_map_stream(subset.cid_to_gid_map));
  }

  // A CIDSet or a CIDToGIDMap: mostly zeros.
  QPDFObjectHandle new_map_stream(const std::string& data) {
    if (!compress_) return new_stream(pdf_, data, false);
    return new_deflated_stream(pdf_, deflated(data));
  }

  QPDF& pdf_;
  const std::vector<FontSubset>& fonts_;
  bool compress_;
  std::set<QPDFObjGen> seen_;
};

}  // namespace

bool complete_font_descriptors(QPDF& pdf, const std::vector<FontSubset>& fonts, bool compress,
                               std::string& error) {
  DescriptorCompleter completer(pdf, fonts, compress);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    // Resources may be inherited from the page tree.
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    if (!completer.visit_resources(resources, error)) return false;
  }
  return true;
}

}  // namespace pdf::finishing
