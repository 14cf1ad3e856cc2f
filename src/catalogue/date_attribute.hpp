// A date written as an attribute (<day date="2026-09-24">, a registration
// deadline): read and checked the same way wherever it appears.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "base/xml_source.hpp"
#include "catalogue/date.hpp"

namespace catalogue {

enum class Presence { required, optional };

// The date, or nullopt after reporting a missing (required) attribute, a
// malformed one (« doit s'écrire AAAA-MM-JJ ») or a day that does not exist.
// An optional attribute that is absent gives nullopt and no message.
std::optional<Date> read_date_attribute(base::XmlSource& source, pugi::xml_node element,
                                        std::string_view name,
                                        Presence presence = Presence::required);

}  // namespace catalogue
