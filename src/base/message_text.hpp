// Small helpers for writing the French messages of diagnostics. Whatever they
// quote comes out on one short line: a message never echoes a whole text.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace base {

// « text »: the French quotation marks around every value a message cites.
// Control characters (line breaks, tabs…) become spaces; a value of more than
// 60 characters is cut after 40, with its length: « Lorem ipsum… » (100000
// caractères).
std::string in_guillemets(std::string_view text);
// « path » for a file: whole when of a usual length, else its last 100
// characters after « … » (a cut path's end still names the file); what is not
// UTF-8 shows as U+FFFD, control characters as spaces.
std::string quoted_path(std::string_view path);
// The same without the quotation marks (a session code in « la session T2605 »),
// cut without its length: « la session T2gggg… ».
std::string shortened(std::string_view text);
// "a, b, c" for the first `max_items` of `items`, then "…"; each item
// shortened, the whole at most kMaxListCharacters (besides the first item).
inline constexpr std::size_t kMaxListCharacters = 120;
std::string short_list(std::span<const std::string> items, std::size_t max_items);
// <name> and </name>, a long name cut the same way.
std::string element_tag(std::string_view name);
std::string closing_tag(std::string_view name);
// The first line of `text`, trailing white space removed, cut after
// `max_characters` characters with "…".
std::string excerpt(std::string_view text, std::size_t max_characters);

}  // namespace base
