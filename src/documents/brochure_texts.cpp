#include "documents/brochure_texts.hpp"

#include <fmt/format.h>

#include "catalogue/french_dates.hpp"

namespace documents {

std::string capitalised(std::string text) {
  // Month and weekday names start with an ASCII letter; so do codes and names.
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string period_phrase(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl) {
  auto month_year = [](const catalogue::Date& date) {
    return capitalised(fmt::format("{} {}", catalogue::month_name(date.month), date.year));
  };
  return base::expand_fields(tmpl.text("period"), {{"start", month_year(catalogue.period_start)},
                                                   {"end", month_year(catalogue.period_end)}});
}

base::Fields document_fields(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl) {
  base::Fields fields = catalogue_fields(catalogue);
  fields.set("period", period_phrase(catalogue, tmpl));
  return fields;
}

std::string course_codes(const catalogue::Course& course, const typeset::Template& tmpl) {
  std::string codes;
  for (const catalogue::Session& session : course.sessions) {
    if (!codes.empty()) codes += tmpl.text("code-separator");
    codes += session.code;
  }
  return codes;
}

base::Fields course_fields(const catalogue::Catalogue& catalogue, const catalogue::Course& course,
                           const typeset::Template& tmpl) {
  const catalogue::Operator* op = catalogue.find_operator(course.operator_id);
  const bool atelier = course.kind == catalogue::CourseKind::atelier;
  return {{"operator", op != nullptr ? op->name : course.operator_id},
          {"kind", tmpl.text(atelier ? "kind-atelier" : "kind-intervision")},
          {"codes", course_codes(course, tmpl)},
          {"title", course.title}};
}

}  // namespace documents
