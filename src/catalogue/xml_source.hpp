// The XML file being read: its raw text, the diagnostics it produces, and the
// positions of its elements and attributes.
#pragma once

#include <cstddef>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "catalogue/source_map.hpp"

namespace catalogue {

class XmlSource {
 public:
  // `xml` must outlive the source and be the buffer pugixml parsed (same offsets).
  XmlSource(std::string_view xml, std::string file, base::Diagnostics& diagnostics);

  std::string_view xml() const { return map_.text(); }
  const std::string& file() const { return file_; }

  base::SourcePosition position_at(std::size_t offset) const { return map_.position_at(offset); }
  // Of the '<' of an element; of the first character of a text node.
  base::SourcePosition node_position(pugi::xml_node node) const;
  // Of the attribute's name in the start tag; the element's when it is absent.
  base::SourcePosition attribute_position(pugi::xml_node element, std::string_view name) const;
  // Offset of the '<' of an element, of the first character of a text node.
  std::size_t node_offset(pugi::xml_node node) const;

  void error(base::SourcePosition position, std::string message);
  void warning(base::SourcePosition position, std::string message);

 private:
  SourceMap map_;
  std::string file_;
  base::Diagnostics* diagnostics_;
};

}  // namespace catalogue
