// Every character written in an XML file's text and attribute values — what a
// document may print — with the offset where it was written (an entity such
// as &#x1D49; at its '&'). Names, markup, comments and namespace declarations
// are not text.
#pragma once

#include <cstddef>
#include <functional>
#include <pugixml.hpp>

#include "base/xml_source.hpp"

namespace base {

using WrittenCharacterFn = std::function<void(char32_t code_point, std::size_t offset)>;

// Calls `visit` for each character of `root`'s text and attribute values and
// those of its descendants, in file order.
void for_each_written_character(const XmlSource& source, pugi::xml_node root,
                                const WrittenCharacterFn& visit);

}  // namespace base
