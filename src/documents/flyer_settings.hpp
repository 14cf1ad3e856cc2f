// What the flyer reads from its template by name (templates/flyer.xml): the
// lengths, colours and fixed texts of its furniture and content. Read once per
// template and checked, so that a template missing a name is refused before
// any flyer is laid out, with the name and the file in the message.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "typeset/geometry.hpp"
#include "typeset/template.hpp"

namespace documents {

struct FlyerSettings {
  std::string page_master;  // "flyer"

  // The band across the top, and the footer.
  typeset::Color accent;
  typeset::Color rule;
  double band_height = 0;
  double band_padding = 0;
  double footer_top = 0;
  double footer_rule_width = 0;
  double after_title = 0;
  double after_facts = 0;
  // One page when the body can shrink to fit, down to min_body_size.
  double min_body_size = 0;
  double shrink_step = 0;

  std::string kind_atelier;
  std::string kind_intervision;
  std::string band_subtitle;  // {title} and {edition}
  std::string label_code;
  std::string label_date;
  std::string label_dates;
  std::string label_hours;
  std::string label_place;
  std::string label_operator;
  std::string label_public;
  std::string hours_unknown;
  std::string public_row_label;
  std::string open_to_schools;
  std::string sheet_heading_atelier;
  std::string sheet_heading_intervision;
  std::string sheet_pending;  // {website}
  std::string page_number;    // {page} and {pages}
};

// The paragraph, list and table styles the flyer names; checked with the rest.
inline constexpr const char* kFlyerParagraphStyles[] = {
    "body",       "band-fund",  "band-subtitle", "band-kind",  "title",  "heading", "facts-label",
    "facts-cell", "facts-code", "sheet-label",   "sheet-cell", "notice", "footer"};
inline constexpr const char* kFlyerListStyle = "bullets";
inline constexpr const char* kFlyerFactsTable = "facts";
inline constexpr const char* kFlyerSheetTable = "sheet";
inline constexpr const char* kFlyerPageMaster = "flyer";

// Reads the settings; every missing or unusable name is reported (as an error
// of the template's file). nullopt when anything is missing.
std::optional<FlyerSettings> read_flyer_settings(const typeset::Template& tmpl,
                                                 base::Diagnostics& diagnostics);

}  // namespace documents
