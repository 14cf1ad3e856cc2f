// The elements of the catalogue format (docs/catalogue-format.md), to tell a
// misplaced element from an unknown one, and the HTML habits it answers.
#pragma once

#include <array>
#include <string_view>

#include "base/xml_source.hpp"

namespace catalogue {

inline constexpr std::array<std::string_view, 25> kFormatElements = {"catalogue",
                                                                     "title",
                                                                     "publisher",
                                                                     "responsible-editor",
                                                                     "registration",
                                                                     "operators",
                                                                     "operator",
                                                                     "section",
                                                                     "note",
                                                                     "legend",
                                                                     "course",
                                                                     "session",
                                                                     "day",
                                                                     "place",
                                                                     "sheet",
                                                                     "row",
                                                                     "p",
                                                                     "ul",
                                                                     "ol",
                                                                     "li",
                                                                     "em",
                                                                     "strong",
                                                                     "sup",
                                                                     "a",
                                                                     "br"};

// Presentation elements copied from HTML: what the format writes instead.
inline constexpr std::array<base::ElementHint, 2> kHtmlHints = {
    base::ElementHint{"i", "<em> (italique)"}, base::ElementHint{"b", "<strong> (gras)"}};

inline constexpr base::XmlVocabulary kVocabulary{kFormatElements, kHtmlHints};

}  // namespace catalogue
