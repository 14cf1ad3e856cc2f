// What pugixml does not keep about the raw XML text: where each attribute is
// written, where each character of a text was written (before entities were
// replaced), and which element is still open at a given point.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace base {

struct RawAttribute {
  std::string_view name;
  std::size_t offset = 0;       // of the name's first byte
  std::size_t value_begin = 0;  // the value as written, between its quotes
  std::size_t value_end = 0;
};

// The attributes of the start tag whose element name begins at `name_offset`
// (the byte after '<'), in written order, duplicates included.
std::vector<RawAttribute> scan_start_tag(std::string_view xml, std::size_t name_offset);

// Character data with, for each byte of `text`, the offset in the file of the
// character it comes from (an entity such as &amp; maps to its '&').
struct DecodedText {
  std::string text;
  std::vector<std::size_t> offsets;
  // Entities XML does not know (&nbsp; copied from HTML): name and offset of '&'.
  std::vector<std::pair<std::string, std::size_t>> unknown_entities;
  // Offsets of '&' that start no entity at all ("A & B"): XML wants &amp;.
  std::vector<std::size_t> bare_ampersands;
};

// Decodes the text that starts at `offset` and runs to the next '<'.
DecodedText decode_text(std::string_view xml, std::size_t offset);
// Decodes the bytes [begin, end) of the file (an attribute's value).
DecodedText decode_range(std::string_view xml, std::size_t begin, std::size_t end);
// The content of a CDATA section starting at `offset`, up to its "]]>".
DecodedText decode_cdata(std::string_view xml, std::size_t offset);

struct OpenElement {
  std::string_view name;
  std::size_t offset = 0;  // of the '<'
};

// The innermost element whose start tag comes before `end` and which is not
// closed before it (for "this closing tag does not match" messages).
std::optional<OpenElement> innermost_open_element(std::string_view xml, std::size_t end);

// The element name written at `offset` (letters, digits, '-', '_', ':', '.').
std::string_view name_at(std::string_view xml, std::size_t offset);

}  // namespace base
