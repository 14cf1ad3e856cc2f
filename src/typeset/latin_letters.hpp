// What the layout knows about Latin letters as French text uses them: case,
// letters with their accents, digits, apostrophes. Enough for hyphenation,
// French spacing and telling words apart; not a Unicode database.
#pragma once

#include <string>
#include <string_view>

namespace typeset {

// Lower case for ASCII and accented Latin (É → é, Œ → œ). Every mapping keeps
// the UTF-8 length, so byte offsets found in the lowered word hold in the original.
char32_t to_lower_latin(char32_t code_point);
std::string to_lower_latin(std::string_view text);

bool is_upper_latin(char32_t code_point);
bool is_letter(char32_t code_point);  // Latin letters with their accents
bool is_digit(char32_t code_point);
bool is_apostrophe(char32_t code_point);  // ' and ’

}  // namespace typeset
