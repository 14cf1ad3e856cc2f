// The catalogue must be UTF-8: where it is not, say where.
#pragma once

#include <cstddef>
#include <string_view>

namespace catalogue {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong
// forms and surrogates included), or npos.
std::size_t first_invalid_utf8(std::string_view text);

}  // namespace catalogue
