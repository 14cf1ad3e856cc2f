// The XML file being read: its raw text, the diagnostics it produces, the
// positions of its elements and attributes, and the vocabulary of its format.
#pragma once

#include <cstddef>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "base/source_map.hpp"

namespace base {

// An element people write out of habit (HTML's <i>) and what the format writes instead.
struct ElementHint {
  std::string_view name;     // "i"
  std::string_view instead;  // "<em> (italique)"
};

// The element names of a file format: an element of the format in the wrong
// place is "misplaced", any other name "unknown" (with a suggestion).
struct XmlVocabulary {
  std::span<const std::string_view> elements;
  std::span<const ElementHint> hints;
};

class XmlSource {
 public:
  // `xml` must outlive the source and be the buffer pugixml parsed (same offsets).
  XmlSource(std::string_view xml, std::string file, Diagnostics& diagnostics,
            XmlVocabulary vocabulary = {});

  std::string_view xml() const { return map_.text(); }
  const std::string& file() const { return file_; }
  const XmlVocabulary& vocabulary() const { return vocabulary_; }

  SourcePosition position_at(std::size_t offset) const { return map_.position_at(offset); }
  // Of the '<' of an element; of the first character of a text node.
  SourcePosition node_position(pugi::xml_node node) const;
  // Of the attribute's name in the start tag; the element's when it is absent.
  SourcePosition attribute_position(pugi::xml_node element, std::string_view name) const;
  // Offset of the '<' of an element, of the first character of a text node.
  std::size_t node_offset(pugi::xml_node node) const;

  void error(SourcePosition position, std::string message);
  void warning(SourcePosition position, std::string message);

 private:
  SourceMap map_;
  // A file with thousands of errors is not one to fix error by error: past
  // this many, say so once and keep the messages short.
  static constexpr int kMaxErrors = 100;

  std::string file_;
  Diagnostics* diagnostics_;
  int errors_ = 0;
  XmlVocabulary vocabulary_;
};

}  // namespace base
