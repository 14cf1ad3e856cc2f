// File names made from titles: plain ASCII, lower case, words joined by '-',
// so that a flyer's name says what it is about and survives every mail client,
// file system and USB stick ("T2605-anticiper-la-venue-d-un-stagiaire.pdf").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace documents {

inline constexpr std::size_t kSlugMaxLength = 40;

// The words of `title` in ASCII lower case joined by '-': accents folded
// (é → e, œ → oe, ß → ss), other letters transliterated (ł → l, æ → ae,
// α → a, ș → s), apostrophes, punctuation, spaces and symbols become one '-'. Longer than
// `max_length`, it is cut at the last word boundary that fits (inside a word only when the first
// word alone is too long), then short French function words left dangling at the end
// ("au", "de", "l"…) are dropped. Holds only [a-z0-9-], never starts or
// ends with '-', may be empty.
std::string slug(std::string_view title, std::size_t max_length = kSlugMaxLength);

}  // namespace documents
