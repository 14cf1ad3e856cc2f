#include "catalogue/date_attribute.hpp"

#include <fmt/format.h>

#include <string>

#include "base/element_shape.hpp"
#include "base/message_text.hpp"
#include "catalogue/value_forms.hpp"

namespace catalogue {

std::optional<Date> read_date_attribute(base::XmlSource& source, pugi::xml_node element,
                                        std::string_view name, Presence presence) {
  std::optional<std::string_view> text;
  if (presence == Presence::required) {
    text = base::required_attribute(source, element, name);
  } else if (const pugi::xml_attribute attribute = element.attribute(std::string(name).c_str())) {
    text = attribute.value();
  }
  if (!text) return std::nullopt;
  if (auto date = parse_iso_date(*text)) return date;
  source.error(source.attribute_position(element, name),
               has_shape(*text, "dddd-dd-dd")
                   ? fmt::format("la date {} n'existe pas", *text)
                   : fmt::format("la date {} doit s'écrire AAAA-MM-JJ, par exemple 2026-09-24",
                                 base::in_guillemets(*text)));
  return std::nullopt;
}

}  // namespace catalogue
