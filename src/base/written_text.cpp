#include "base/written_text.hpp"

#include "base/utf8.hpp"
#include "base/xml_scan.hpp"

namespace base {

namespace {

void visit_decoded(const DecodedText& decoded, const WrittenCharacterFn& visit) {
  utf8::for_each_code_point(decoded.text, [&](const utf8::Sequence& character) {
    visit(character.code_point, decoded.offsets[character.offset]);
  });
}

bool is_namespace_declaration(std::string_view name) {
  return name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xsi:");
}

}  // namespace

void for_each_written_character(const XmlSource& source, pugi::xml_node root,
                                const WrittenCharacterFn& visit) {
  const std::string_view xml = source.xml();
  const auto walk = [&](auto& self, pugi::xml_node node) -> void {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return;
    const auto at = static_cast<std::size_t>(offset);
    switch (node.type()) {
      case pugi::node_element:
        for (const RawAttribute& attribute : scan_start_tag(xml, at)) {
          if (is_namespace_declaration(attribute.name)) continue;
          visit_decoded(decode_range(xml, attribute.value_begin, attribute.value_end), visit);
        }
        for (pugi::xml_node child : node.children()) self(self, child);
        return;
      case pugi::node_pcdata:
        visit_decoded(decode_text(xml, at), visit);
        return;
      case pugi::node_cdata:
        visit_decoded(decode_cdata(xml, at), visit);
        return;
      default:
        return;  // comments, processing instructions, declarations
    }
  };
  walk(walk, root);
}

}  // namespace base
