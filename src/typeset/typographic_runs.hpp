// What the text's runs become before they are set, where French typography
// wants a different form than the one typed:
//   - ordinals as superscripts: "1er" → 1ᵉʳ, "1ère"/"1re" → 1ʳᵉ, "9ème",
//     "2eme", "2e" → 2ᵉ, "2nd(e)" → 2ᵈ(ᵉ); and a superscript the catalogue
//     marks itself (9<sup>ème</sup>) takes the short form (ᵉ);
//   - e-mail addresses written as plain text become mailto: links.
// Everything else passes unchanged; so does the text when nothing applies.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "typeset/paragraph.hpp"

namespace typeset {

// The length of the ordinal suffix typed at `at` ("er" of "1er", "ᵉ" of
// "9ᵉ") when the runs above set it as a superscript — it ends a number of at
// most three digits that starts a word — else 0.
std::size_t ordinal_suffix_length(std::u32string_view text, std::size_t at);

// The runs as they will be set, or nullopt when they need no change (the
// common case: no copy).
std::optional<std::vector<InlineRun>> typographic_runs(const std::vector<InlineRun>& runs);

}  // namespace typeset
