#include "pdf/to_unicode.hpp"

#include <fmt/format.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <vector>

namespace pdf {

std::string identity_to_unicode_cmap(const std::set<char32_t>& code_points) {
  std::set<unsigned> blocks;  // high bytes of the codes in use
  for (const char32_t code_point : code_points)
    if (code_point <= 0xFFFF) blocks.insert(static_cast<unsigned>(code_point >> 8));

  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // A bfrange may vary only in its last byte, and a block holds at most 100.
  const std::vector<unsigned> ordered(blocks.begin(), blocks.end());
  for (std::size_t first = 0; first < ordered.size(); first += 100) {
    const std::size_t count = std::min<std::size_t>(100, ordered.size() - first);
    cmap += fmt::format("{} beginbfrange\n", count);
    for (std::size_t i = first; i < first + count; ++i)
      cmap += fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", ordered[i]);
    cmap += "endbfrange\n";
  }
  cmap +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return cmap;
}

bool replace_to_unicode(HPDF_Font font, const std::string& cmap) {
  auto* to_unicode = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (to_unicode == nullptr || to_unicode->stream == nullptr) return true;
  HPDF_MemStream_FreeData(to_unicode->stream);
  return HPDF_Stream_Write(to_unicode->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                           static_cast<HPDF_UINT>(cmap.size())) == HPDF_OK;
}

}  // namespace pdf
