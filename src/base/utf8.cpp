#include "base/utf8.hpp"

namespace base::utf8 {

namespace {
bool is_surrogate(char32_t code_point) {
  return code_point >= 0xD800 && code_point <= 0xDFFF;
}

bool is_encodable(char32_t code_point) {
  return code_point <= kMaxCodePoint && !is_surrogate(code_point);
}
}  // namespace

namespace detail {

// The lead byte gives the length and the range of the second byte (which is
// where overlong forms, surrogates and values above U+10FFFF are ruled out);
// every later byte is 80..BF.
Sequence decode_multibyte(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) -> unsigned { return static_cast<unsigned char>(text[i]); };
  const unsigned lead = byte(offset);
  std::size_t length = 0;
  char32_t code_point = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // below: overlong
    if (lead == 0xED) high = 0x9F;  // above: surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // below: overlong
    if (lead == 0xF4) high = 0x8F;  // above: beyond U+10FFFF
  } else {
    return {offset, 1, kReplacementCharacter, false};  // C0, C1, F5..FF, a continuation byte
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (offset + i >= text.size()) return {offset, i, kReplacementCharacter, false};
    const unsigned next = byte(offset + i);
    if (next < low || next > high) return {offset, i, kReplacementCharacter, false};
    low = 0x80;
    high = 0xBF;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  return {offset, length, code_point, true};
}

}  // namespace detail

std::u32string decode_all(std::string_view text) {
  std::u32string result;
  result.reserve(text.size());
  for_each_code_point(text,
                      [&](const Sequence& sequence) { result.push_back(sequence.code_point); });
  return result;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for_each_code_point(text, [&](const Sequence&) { ++count; });
  return count;
}

std::size_t first_invalid(std::string_view text) {
  std::size_t found = std::string_view::npos;
  for_each_code_point(text, [&](const Sequence& sequence) {
    if (!sequence.valid) found = sequence.offset;
    return sequence.valid;
  });
  return found;
}

std::size_t encoded_length(char32_t code_point) {
  if (!is_encodable(code_point)) return 3;
  if (code_point < 0x80) return 1;
  if (code_point < 0x800) return 2;
  if (code_point < 0x10000) return 3;
  return 4;
}

void append(std::string& out, char32_t code_point) {
  if (!is_encodable(code_point)) code_point = kReplacementCharacter;
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

std::string encode(std::u32string_view text) {
  std::string result;
  result.reserve(text.size());
  for (char32_t code_point : text) append(result, code_point);
  return result;
}

}  // namespace base::utf8
