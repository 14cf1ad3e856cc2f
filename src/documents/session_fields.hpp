// What a plain-text document says about one session — a mail draft's body, a
// calendar event's description — as fields of its template's texts, every
// value plain text (no layout): {title}, {edition}, {publisher}, {website}
// (the full address: mail programs and agendas link it as written), {code},
// {course-title}, {kind} ("atelier"), {kind-title} ("Atelier"), {dates},
// {hours}, {place}, {operator}, {public},
// {registration} (the registration block's lines, registration_box.hpp).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/fields.hpp"
#include "catalogue/model.hpp"
#include "documents/registration_box.hpp"
#include "documents/template_requirements.hpp"

namespace documents {

// The template's words around the values.
struct SessionTexts {
  std::string kind_atelier;      // "atelier": the kind, as a sentence says it
  std::string kind_intervision;  // "intervision"
  std::string hours_unknown;     // when the catalogue gives no hours
  std::string public_row_label;  // the sheet row that says who the session is for
  RegistrationTexts registration;
};

// The field names session_fields() gives, for checking a template's texts,
// followed by a document's own (`more`).
std::vector<std::string_view> session_field_names(std::span<const std::string_view> more = {});

// Reads the texts (each reported when missing; the registration texts' fields
// checked against session_field_names()).
SessionTexts read_session_texts(TemplateRequirements& needs);

base::Fields session_fields(const catalogue::Catalogue& catalogue,
                            const catalogue::SessionRef& session, const SessionTexts& texts);

// `text` (a template's, as written between its tags) as lines: the
// indentation common to its lines and the blank lines around it removed, the
// fields filled in (a value of several lines keeps them), trailing spaces cut;
// a line whose fields are all empty is left out.
std::string plain_text_from_template(std::string_view text, const base::Fields& fields);

// The same as one line (a subject, an event's title): lines joined by spaces.
std::string one_line_from_template(std::string_view text, const base::Fields& fields);

}  // namespace documents
