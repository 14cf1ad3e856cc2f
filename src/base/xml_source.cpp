#include "base/xml_source.hpp"

#include <fmt/format.h>

#include "base/xml_scan.hpp"

namespace base {

XmlSource::XmlSource(std::string_view xml, std::string file, Diagnostics& diagnostics,
                     XmlVocabulary vocabulary)
    : map_(xml), file_(std::move(file)), diagnostics_(&diagnostics), vocabulary_(vocabulary) {}

std::size_t XmlSource::node_offset(pugi::xml_node node) const {
  const std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return 0;
  // pugixml points at the element's name, one byte after its '<'.
  if (node.type() == pugi::node_element && offset > 0) return static_cast<std::size_t>(offset) - 1;
  return static_cast<std::size_t>(offset);
}

SourcePosition XmlSource::node_position(pugi::xml_node node) const {
  return map_.position_at(node_offset(node));
}

SourcePosition XmlSource::attribute_position(pugi::xml_node element, std::string_view name) const {
  const std::ptrdiff_t name_offset = element.offset_debug();
  if (name_offset < 0) return node_position(element);
  for (const RawAttribute& attribute :
       scan_start_tag(xml(), static_cast<std::size_t>(name_offset))) {
    if (attribute.name == name) return map_.position_at(attribute.offset);
  }
  return node_position(element);
}

void XmlSource::error(SourcePosition position, std::string message) {
  if (++errors_ > kMaxErrors) {
    if (errors_ == kMaxErrors + 1) {
      diagnostics_->error(file_, {},
                          fmt::format("plus de {} erreurs dans ce fichier : seules les {} "
                                      "premières sont signalées",
                                      kMaxErrors, kMaxErrors));
    }
    return;
  }
  diagnostics_->error(file_, position, std::move(message));
}

void XmlSource::warning(SourcePosition position, std::string message) {
  diagnostics_->warning(file_, position, std::move(message));
}

}  // namespace base
