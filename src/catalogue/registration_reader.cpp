#include "catalogue/registration_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <string>

#include "base/element_shape.hpp"
#include "base/utf8.hpp"
#include "catalogue/contact_forms.hpp"
#include "catalogue/date_attribute.hpp"
#include "catalogue/limits.hpp"
#include "catalogue/rich_text_reader.hpp"
#include "catalogue/value_forms.hpp"

namespace catalogue {

namespace {

constexpr std::array<std::string_view, 6> kRegistrationAttributes = {
    "website", "email", "phone", "deadline", "price", "mention-code"};
constexpr std::array<std::string_view, 2> kBooleans = {"false", "true"};

class RegistrationReader {
 public:
  RegistrationReader(base::XmlSource& source, pugi::xml_node element)
      : source_(source), element_(element) {}

  Registration read() {
    Registration registration;
    registration.position = source_.node_position(element_);
    base::check_attributes(source_, element_, kRegistrationAttributes);
    registration.website = checked("website", web_address_problem);
    registration.email = checked("email", email_problem);
    registration.phone = checked("phone", phone_problem);
    registration.price = price();
    registration.deadline_position = source_.attribute_position(element_, "deadline");
    registration.deadline = read_date_attribute(source_, element_, "deadline", Presence::optional);
    if (auto mention = base::choice_attribute(source_, element_, "mention-code", kBooleans)) {
      registration.mention_code = *mention == 1;
    }
    registration.text = read_paragraph(source_, element_);
    const std::size_t length = base::utf8::code_point_count(plain_text(registration.text));
    if (length > kMaxNoteLength) {
      source_.error(registration.position,
                    fmt::format("le texte de l'inscription compte {} caractères ; {} au plus sont "
                                "permis",
                                length, kMaxNoteLength));
    }
    if (registration.empty() && !element_.attribute("mention-code")) {
      source_.warning(registration.position,
                      "le bloc <registration> est vide : il ne dit pas comment s'inscrire");
    }
    return registration;
  }

 private:
  // The attribute's value, white space collapsed; a problem of its form is
  // reported at the attribute (the value is kept: nothing is written anyway).
  template <typename Check>
  std::string checked(std::string_view name, Check problem_of) {
    const pugi::xml_attribute attribute = element_.attribute(std::string(name).c_str());
    if (!attribute) return {};
    std::string value = collapse_white_space(attribute.value());
    if (auto problem = problem_of(value)) {
      source_.error(source_.attribute_position(element_, name), std::move(*problem));
    }
    return value;
  }

  std::string price() {
    const pugi::xml_attribute attribute = element_.attribute("price");
    if (!attribute) return {};
    std::string value = collapse_white_space(attribute.value());
    const base::SourcePosition position = source_.attribute_position(element_, "price");
    if (value.empty()) source_.error(position, "le prix est vide");
    if (base::utf8::code_point_count(value) > kMaxLabelLength) {
      source_.error(position, fmt::format("le prix compte {} caractères ; {} au plus sont permis",
                                          base::utf8::code_point_count(value), kMaxLabelLength));
    }
    return value;
  }

  base::XmlSource& source_;
  pugi::xml_node element_;
};

}  // namespace

Registration read_registration(base::XmlSource& source, pugi::xml_node element) {
  return RegistrationReader(source, element).read();
}

}  // namespace catalogue
