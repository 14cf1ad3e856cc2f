// Small helpers for writing the French messages of diagnostics.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace base {

// « text »: the French quotation marks around every value a message cites.
std::string in_guillemets(std::string_view text);
// The first line of `text`, trailing white space removed, cut after
// `max_characters` characters with "…".
std::string excerpt(std::string_view text, std::size_t max_characters);

}  // namespace base
