// What XML forbids and pugixml lets through, found in the raw text with the
// offset of the offending byte:
// - characters: bytes that are not UTF-8, control characters (U+0000…) and
//   the non-characters U+FFFE, U+FFFF; a file that is not text at all;
// - syntax (on text pugixml parsed): "--" inside a comment, "]]>" in text,
//   "<" in an attribute value, character references to forbidden characters
//   (&#1;), an XML declaration that is not first, a DOCTYPE after the root
//   element, entity and attribute-list declarations in a DOCTYPE (refused:
//   pugixml would not expand them, and a catalogue needs none), text or
//   elements outside the root element (pugixml silently drops them).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace base {

struct XmlProblem {
  std::size_t offset = 0;  // of the first offending byte
  std::string message;     // French, one line
};

// Whether XML 1.0 allows `code_point` in a document (its Char production),
// control characters U+007F…U+009F excluded too: invisible, and never printed.
bool is_xml_character(char32_t code_point);

// The character problems of `xml`, in order. Bytes that are not UTF-8 stop the
// search (one problem); so does a file that is not text, whose problem says so
// and asks whether it is really `what` ("un catalogue"). At most a few dozen.
std::vector<XmlProblem> find_character_problems(std::string_view xml, std::string_view what);

// The syntax problems of `xml`, which pugixml parsed without error, in order;
// at most a few dozen.
std::vector<XmlProblem> find_syntax_problems(std::string_view xml);

}  // namespace base
