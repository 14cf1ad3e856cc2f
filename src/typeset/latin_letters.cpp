#include "typeset/latin_letters.hpp"

#include "base/utf8.hpp"

namespace typeset {

bool is_upper_latin(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x152 ||
         c == 0x178;
}

char32_t to_lower_latin(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x152) return 0x153;  // Œ → œ
  if (c == 0x178) return 0xFF;   // Ÿ → ÿ (both two bytes)
  return c;
}

std::string to_lower_latin(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  base::utf8::for_each_code_point(text, [&](const base::utf8::Sequence& sequence) {
    if (sequence.valid) {
      base::utf8::append(result, to_lower_latin(sequence.code_point));
    } else {
      result.append(text.substr(sequence.offset, sequence.length));  // bytes kept as they were
    }
  });
  return result;
}

bool is_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool is_digit(char32_t c) {
  return c >= U'0' && c <= U'9';
}

bool is_apostrophe(char32_t c) {
  return c == U'\'' || c == U'\u2019';
}

}  // namespace typeset
