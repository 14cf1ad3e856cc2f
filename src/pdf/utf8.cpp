#include "pdf/utf8.hpp"

namespace pdf {

std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(offset);
  ++offset;
  if (lead < 0x80) return lead;
  int continuation = 0;
  char32_t code_point = 0;
  char32_t smallest = 0;  // rejects overlong forms
  if ((lead & 0xE0) == 0xC0) {
    continuation = 1;
    code_point = lead & 0x1F;
    smallest = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    continuation = 2;
    code_point = lead & 0x0F;
    smallest = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    continuation = 3;
    code_point = lead & 0x07;
    smallest = 0x10000;
  } else {
    return std::nullopt;
  }
  for (int i = 0; i < continuation; ++i) {
    if (offset >= text.size() || (byte(offset) & 0xC0) != 0x80) return std::nullopt;
    code_point = (code_point << 6) | (byte(offset) & 0x3F);
    ++offset;
  }
  if (code_point < smallest || code_point > 0x10FFFF) return std::nullopt;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return std::nullopt;
  return code_point;
}

}  // namespace pdf
