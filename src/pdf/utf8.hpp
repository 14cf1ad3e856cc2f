// Decoding the UTF-8 of glyph runs, strictly: the painter must not guess.
#pragma once

#include <optional>
#include <string_view>

namespace pdf {

// The code point starting at `text[offset]`, advancing `offset` past it; nullopt
// (offset past the bad byte) for an invalid, overlong or surrogate sequence.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& offset);

}  // namespace pdf
