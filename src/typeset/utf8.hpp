// UTF-8 in and out, and the little case mapping French hyphenation needs.
// Invalid bytes decode to U+FFFD so that no input can stop the layout.
#pragma once

#include <string>
#include <string_view>

namespace typeset {

inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

// Decodes one code point at `offset` and advances `offset` past it.
char32_t decode_utf8(std::string_view text, std::size_t& offset);

std::u32string decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
std::string encode_utf8(std::u32string_view text);
std::size_t utf8_length(char32_t code_point);  // bytes

// Lower case for ASCII and accented Latin (É → é, Œ → œ). Every mapping keeps
// the UTF-8 length, so byte offsets found in the lowered word hold in the original.
char32_t to_lower_latin(char32_t code_point);
std::string to_lower_latin(std::string_view text);

bool is_upper_latin(char32_t code_point);
bool is_letter(char32_t code_point);  // Latin letters with their accents
bool is_digit(char32_t code_point);
bool is_apostrophe(char32_t code_point);  // ' and ’

}  // namespace typeset
