// UTF-8, decoded and encoded in one place. Well-formed means Unicode's table
// 3-7: no overlong form, no surrogate, nothing above U+10FFFF, no truncated
// sequence. An ill-formed stretch is its "maximal subpart" (Unicode 3.9, as in
// browsers): the longest start of a sequence that could still have been valid,
// or one byte. The lenient functions give U+FFFD for each, so that no input
// can stop the layout; the strict ones say where the text stops being UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace base::utf8 {

inline constexpr char32_t kReplacementCharacter = U'\uFFFD';
inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// One step of decoding: a character, or an ill-formed subpart.
struct Sequence {
  std::size_t offset = 0;                       // of its first byte
  std::size_t length = 0;                       // in bytes, at least 1
  char32_t code_point = kReplacementCharacter;  // U+FFFD when not valid
  bool valid = false;
};

namespace detail {
Sequence decode_multibyte(std::string_view text, std::size_t offset);
}

// The sequence starting at `text[offset]` (offset < text.size()).
inline Sequence decode(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  if (lead < 0x80) return {offset, 1, lead, true};
  return detail::decode_multibyte(text, offset);
}

// The character at `offset`, or U+FFFD for an ill-formed subpart; moves
// `offset` past what it read.
inline char32_t decode_lenient(std::string_view text, std::size_t& offset) {
  const Sequence sequence = decode(text, offset);
  offset += sequence.length;
  return sequence.code_point;
}

// Every character of `text`, U+FFFD for each ill-formed subpart.
std::u32string decode_all(std::string_view text);

// Calls `visit(const Sequence&)` for each character or ill-formed subpart, in
// order; stops early when `visit` returns false.
template <class Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  std::size_t offset = 0;
  while (offset < text.size()) {
    const Sequence sequence = decode(text, offset);
    offset += sequence.length;
    if constexpr (std::is_same_v<std::invoke_result_t<Visit&, const Sequence&>, bool>) {
      if (!visit(sequence)) return;
    } else {
      visit(sequence);
    }
  }
}

// Characters in `text`, an ill-formed subpart counting as one (as its U+FFFD would).
std::size_t code_point_count(std::string_view text);

// Offset of the first byte of the first ill-formed subpart, or npos.
std::size_t first_invalid(std::string_view text);

// Bytes `code_point` takes in UTF-8 (3 for what is written as U+FFFD).
std::size_t encoded_length(char32_t code_point);

// Appends `code_point`; a surrogate or a value above U+10FFFF becomes U+FFFD.
void append(std::string& out, char32_t code_point);
std::string encode(std::u32string_view text);

}  // namespace base::utf8
