#include "documents/registration_box.hpp"

#include "catalogue/french_dates.hpp"
#include "documents/text_fields.hpp"
#include "typeset/field_runs.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

namespace {

constexpr std::string_view kRegistrationFields[] = {"website", "email", "phone", "deadline",
                                                    "price"};

// The texts of the lines to print, in order, with their fields unfilled.
std::vector<std::string> line_texts(const catalogue::Registration& registration,
                                    const RegistrationTexts& texts) {
  std::vector<std::string> lines;
  const bool mention_code = registration.mention_code.value_or(false);
  if (!registration.website.empty()) {
    lines.push_back(mention_code ? texts.website_and_code : texts.website);
  } else if (mention_code) {
    lines.push_back(texts.code);
  }
  if (!registration.email.empty()) lines.push_back(texts.email);
  if (!registration.phone.empty()) lines.push_back(texts.phone);
  if (registration.deadline) lines.push_back(texts.deadline);
  if (!registration.price.empty()) lines.push_back(texts.price);
  return lines;
}

// The paragraph's text, each link whose target the text does not show
// written after it: « la boîte à outils (https://…) ».
std::string text_with_links(const catalogue::Paragraph& paragraph) {
  std::string text;
  for (const catalogue::TextRun& run : paragraph.runs) {
    if (run.line_break) {
      text += "\n";
      continue;
    }
    text += run.text;
    if (!run.link.empty() && run.link.find(website_as_printed(run.text)) == std::string::npos) {
      text += " (" + run.link + ")";
    }
  }
  return text;
}

}  // namespace

std::vector<std::string_view> registration_field_names() {
  return {std::begin(kRegistrationFields), std::end(kRegistrationFields)};
}

RegistrationTexts read_registration_texts(TemplateRequirements& needs,
                                          const std::vector<std::string_view>& document_fields) {
  std::vector<std::string_view> fields = registration_field_names();
  fields.insert(fields.end(), document_fields.begin(), document_fields.end());
  RegistrationTexts texts;
  texts.label = needs.text("registration-label");
  texts.website_and_code = needs.text("registration-website-and-code", fields);
  texts.website = needs.text("registration-website", fields);
  texts.code = needs.text("registration-code", fields);
  texts.email = needs.text("registration-email", fields);
  texts.phone = needs.text("registration-phone", fields);
  texts.deadline = needs.text("registration-deadline", fields);
  texts.price = needs.text("registration-price", fields);
  return texts;
}

base::Fields registration_fields(const catalogue::Registration& registration) {
  base::Fields fields;
  if (!registration.website.empty()) {
    fields.set("website", website_as_printed(registration.website), registration.website);
  }
  if (!registration.email.empty()) {
    fields.set("email", registration.email, "mailto:" + registration.email);
  }
  if (!registration.phone.empty()) {
    fields.set("phone", registration.phone, catalogue::phone_link(registration.phone));
  }
  if (registration.deadline) fields.set("deadline", catalogue::long_date(*registration.deadline));
  if (!registration.price.empty()) fields.set("price", registration.price);
  return fields;
}

std::vector<typeset::Block> registration_lines(const catalogue::Registration& registration,
                                               const RegistrationTexts& texts,
                                               const base::Fields& fields,
                                               const std::string& style) {
  const base::Fields all = fields.with(registration_fields(registration));
  std::vector<typeset::Block> lines;
  for (const std::string& text : line_texts(registration, texts)) {
    lines.push_back(typeset::paragraph_block(style, typeset::field_runs(text, all)));
  }
  if (!registration.text.runs.empty()) {
    lines.push_back(typeset::paragraph_block(style, typeset::inline_runs(registration.text)));
  }
  return lines;
}

std::optional<typeset::Block> registration_box(const catalogue::Registration& registration,
                                               const RegistrationTexts& texts,
                                               const base::Fields& fields,
                                               const std::string& table_style) {
  std::vector<typeset::Block> lines = registration_lines(registration, texts, fields);
  if (lines.empty()) return std::nullopt;
  typeset::TableRow row;
  row.cells.push_back({{typeset::paragraph_block("", texts.label)}, /*header=*/true});
  row.cells.push_back({std::move(lines)});
  return typeset::Block{typeset::TableBlock{table_style, {std::move(row)}}};
}

std::string registration_text(const catalogue::Registration& registration,
                              const RegistrationTexts& texts, const base::Fields& fields) {
  base::Fields all = fields.with(registration_fields(registration));
  // In a mail, the full address: mail programs link it as written.
  if (!registration.website.empty()) all.set("website", registration.website);
  std::string text;
  for (const std::string& line : line_texts(registration, texts)) {
    text += base::expand_fields(line, all) + "\n";
  }
  if (!registration.text.runs.empty()) text += text_with_links(registration.text) + "\n";
  if (!text.empty()) text.pop_back();
  return text;
}

}  // namespace documents
