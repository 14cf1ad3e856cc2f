// The brochure's generated phrases, from template texts with named fields
// ("{operator} · {kind} · {codes}") and catalogue values.
#pragma once

#include <string>

#include "base/fields.hpp"
#include "catalogue/model.hpp"
#include "documents/text_fields.hpp"
#include "typeset/template.hpp"

namespace documents {

// First letter in upper case ("septembre 2026" → "Septembre 2026").
std::string capitalised(std::string text);

// The fields every brochure text may use: {title}, {edition}, {publisher},
// {website} (linked), {period}.
base::Fields document_fields(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl);

// "Septembre 2026 – Juin 2027", from the catalogue's period and the
// template's "period" text.
std::string period_phrase(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl);

// The course's session codes joined by the template's "code-separator":
// "T2610 · T2703".
std::string course_codes(const catalogue::Course& course, const typeset::Template& tmpl);

// The fields of a course's texts: {operator}, {kind}, {codes}, {title}.
base::Fields course_fields(const catalogue::Catalogue& catalogue, const catalogue::Course& course,
                           const typeset::Template& tmpl);

}  // namespace documents
