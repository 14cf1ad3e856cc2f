// The key facts at the top of a course's sheet in the brochure: the same box
// as the flyer's (flyer_content.hpp), for every session of the course. One
// session: code, date(s), hours, place, operator, public. A sheet shared by
// several sessions (T2610 and T2703) gives its codes, then one row per
// session, labelled with its code, holding that session's dates, hours and
// place, so that no reader mixes them up; then operator and public. A
// session whose <registration> differs from the edition's gets its own
// registration line (the edition's is on the brochure's registration page).
// The sheet's generated rows and its public row are then left out of the
// sheet's table (sheet_rows_without_facts): nothing is said twice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalogue/model.hpp"
#include "documents/registration_box.hpp"
#include "documents/sheet_content.hpp"
#include "documents/template_requirements.hpp"
#include "typeset/blocks.hpp"

namespace documents {

inline constexpr const char* kFactsTableStyle = "facts";
inline constexpr const char* kFactsCodeStyle = "facts-code";
inline constexpr const char* kFactsNoteStyle = "facts-note";

// The template's words of the box (the flyer's names, "label-code"…).
struct KeyFactsTexts {
  std::string label_code;
  std::string label_codes;  // shared sheets only, like label_session and label_registration
  std::string label_date;
  std::string label_dates;
  std::string label_hours;
  std::string label_place;
  std::string label_operator;
  std::string label_public;
  std::string label_session;  // a session's row in a shared sheet: "{code}"
  std::string label_registration;
  std::string hours_unknown;
  std::string public_row_label;  // the sheet's row shown in the box
  std::string open_to_schools;   // when the section has no legend
};

// The texts, checked. A document whose boxes never speak of several sessions
// (the flyer) leaves out shared_sheets' texts: label-codes, label-session and
// label-registration.
KeyFactsTexts read_key_facts_texts(TemplateRequirements& needs, bool shared_sheets);

typeset::Block key_facts_block(const catalogue::Catalogue& catalogue,
                               const catalogue::Section& section, const catalogue::Course& course,
                               const std::string& codes, const SheetFormat& format,
                               const KeyFactsTexts& texts, const RegistrationTexts& registration);

}  // namespace documents
