#include "documents/template_requirements.hpp"

#include <fmt/format.h>

#include "base/fields.hpp"
#include "base/suggest.hpp"

namespace documents {

namespace {
// The names a template defines of one kind, for a suggestion.
template <typename Map>
std::vector<std::string_view> names_of(const Map& defined) {
  std::vector<std::string_view> names;
  for (const auto& [name, value] : defined) names.push_back(name);
  return names;
}

// "{title}, {code}": the fields a text may use, for messages.
std::string field_list(const std::vector<std::string_view>& fields) {
  std::string names;
  for (std::string_view name : fields) {
    names += names.empty() ? "" : ", ";
    names += fmt::format("{{{}}}", name);
  }
  return names;
}

}  // namespace

TemplateRequirements::TemplateRequirements(const typeset::Template& tmpl, std::string document,
                                           base::Diagnostics& diagnostics)
    : tmpl_(tmpl), document_(std::move(document)), diagnostics_(diagnostics) {}

std::string TemplateRequirements::text(std::string_view name) {
  const auto found = tmpl_.texts.find(name);
  if (found != tmpl_.texts.end()) return found->second;
  missing("le texte", name, "<text name=…>", names_of(tmpl_.texts));
  return {};
}

std::string TemplateRequirements::text(std::string_view name,
                                       const std::vector<std::string_view>& fields) {
  std::string value = text(name);
  const auto position = tmpl_.text_positions.find(name);
  for (const std::string& field : base::unknown_fields(value, fields)) {
    diagnostics_.error(
        tmpl_.source_file,
        position != tmpl_.text_positions.end() ? position->second : base::SourcePosition{},
        fmt::format("le texte « {} » utilise le champ {{{}}}, que {} ne connaît pas "
                    "(champs possibles : {})",
                    name, field, document_, field_list(fields)));
    ok_ = false;
  }
  return value;
}

double TemplateRequirements::length(std::string_view name) {
  if (const auto value = tmpl_.length(name)) return *value;
  missing("la longueur", name, "<length name=… value=…>", names_of(tmpl_.lengths));
  return 0;
}

typeset::Color TemplateRequirements::color(std::string_view name) {
  if (const auto value = tmpl_.color(name)) return *value;
  missing("la couleur", name, "<color name=… value=…>", names_of(tmpl_.colors));
  return {};
}

void TemplateRequirements::paragraph_style(std::string_view name) {
  if (!tmpl_.paragraph_style(name)) {
    missing("le style de paragraphe", name, "<paragraph-style>", names_of(tmpl_.paragraph_styles));
  }
}

void TemplateRequirements::list_style(std::string_view name) {
  if (!tmpl_.list_style(name)) {
    missing("le style de liste", name, "<list-style>", names_of(tmpl_.list_styles));
  }
}

void TemplateRequirements::table_style(std::string_view name) {
  if (!tmpl_.table_style(name)) {
    missing("le style de tableau", name, "<table-style>", names_of(tmpl_.table_styles));
  }
}

void TemplateRequirements::columns_style(std::string_view name) {
  if (!tmpl_.columns_style(name)) {
    missing("le style de colonnes", name, "<columns-style>", names_of(tmpl_.columns_styles));
  }
}

const typeset::PageMaster* TemplateRequirements::page_master(std::string_view name) {
  const typeset::PageMaster* master = tmpl_.page_master(name);
  if (master == nullptr) {
    missing("le gabarit de page", name, "<page-master>", names_of(tmpl_.page_masters));
  }
  return master;
}

void TemplateRequirements::zone_fields(std::string_view master_name,
                                       const std::vector<std::string_view>& fields) {
  const typeset::PageMaster* master = tmpl_.page_master(master_name);
  if (master == nullptr) return;
  std::vector<std::string_view> known = fields;
  for (std::string_view page_field : {"page", "pages", "mark"}) known.push_back(page_field);
  const std::string names = field_list(known);
  for (const typeset::PageZone& zone : master->zones) {
    for (const auto* slot : {&zone.left, &zone.center, &zone.right}) {
      for (const typeset::ZoneLine& line : *slot) {
        for (const std::string* text : {&line.text, &line.link}) {
          for (const std::string& field : base::unknown_fields(*text, known)) {
            error(
                fmt::format("le gabarit de page « {} » utilise le champ {{{}}}, que {} ne "
                            "connaît pas (champs possibles : {})",
                            master_name, field, document_, names));
          }
        }
      }
    }
  }
}

void TemplateRequirements::error(std::string message) {
  diagnostics_.error(tmpl_.source_file, tmpl_.position, std::move(message));
  ok_ = false;
}

void TemplateRequirements::missing(std::string_view kind, std::string_view name,
                                   std::string_view element,
                                   const std::vector<std::string_view>& defined) {
  error(fmt::format("{} « {} » manque : {} en a besoin (à définir par {}){}", kind, name, document_,
                    element, base::suggestion_suffix(name, defined)));
}

}  // namespace documents
