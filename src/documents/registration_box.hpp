// The call to action: how to register, as a box of the flyer (the session's
// block, with its code) and of the brochure (the edition's block), and as
// plain lines for a mail draft. Only what the catalogue's block gives is
// said; the wording of each line is a template text with fields:
//
//   registration-label             « Inscription »
//   registration-website-and-code  « {website} — mentionnez le code {code} »
//   registration-website           « {website} »
//   registration-code              « Mentionnez le code {code} »
//   registration-email             « Par e-mail : {email} »
//   registration-phone             « Par téléphone : {phone} »
//   registration-deadline          « Avant le {deadline} »
//   registration-price             « Prix : {price} »
//
// {website}, {email} and {phone} are linked (https:, mailto:, tel:).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/fields.hpp"
#include "catalogue/registration.hpp"
#include "documents/template_requirements.hpp"
#include "typeset/blocks.hpp"

namespace documents {

struct RegistrationTexts {
  std::string label;
  std::string website_and_code;
  std::string website;
  std::string code;
  std::string email;
  std::string phone;
  std::string deadline;
  std::string price;
};

// The template's texts, each reported when missing, their fields checked
// against those a registration gives and `document_fields` (the flyer's
// {code}; none of the brochure's texts may speak of one session).
RegistrationTexts read_registration_texts(TemplateRequirements& needs,
                                          const std::vector<std::string_view>& document_fields);

// The fields a registration fills: {website}, {email}, {phone}, {deadline},
// {price} (each linked when it can be).
base::Fields registration_fields(const catalogue::Registration& registration);

// The field names registration_fields() may give.
std::vector<std::string_view> registration_field_names();

// The box's lines as paragraphs of `style`: the website (with the code to
// give, when the block asks for it and `fields` has {code}), e-mail, phone,
// deadline, price, then the block's own text. Empty when the block says
// nothing.
std::vector<typeset::Block> registration_lines(const catalogue::Registration& registration,
                                               const RegistrationTexts& texts,
                                               const base::Fields& fields,
                                               const std::string& style = {});

// A one-row table of `table_style`: the label, then the lines; nullopt when
// the block says nothing.
std::optional<typeset::Block> registration_box(const catalogue::Registration& registration,
                                               const RegistrationTexts& texts,
                                               const base::Fields& fields,
                                               const std::string& table_style);

// The same lines as plain text, one per line (a mail's body).
std::string registration_text(const catalogue::Registration& registration,
                              const RegistrationTexts& texts, const base::Fields& fields);

}  // namespace documents
