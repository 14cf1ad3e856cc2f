// What the flyer reads from its template by name (templates/flyer.xml): the
// fixed texts of its content, the spaces between its parts and how far it may
// shrink to stay on one page. Read once per template and checked, so that a
// template missing a name is refused before any flyer is laid out, with the
// name and the file in the message. The band and the footer are the page
// master's furniture (fields: flyer_fields in flyer.hpp).
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "documents/key_facts.hpp"
#include "documents/registration_box.hpp"
#include "typeset/template.hpp"

namespace documents {

struct FlyerSettings {
  std::string page_master;  // "flyer"

  // Space between the title, the key facts, the registration box and the sheet.
  double after_title = 0;
  double after_facts = 0;
  double after_registration = 0;
  // One page when the body can shrink to fit, down to min_body_size; a flyer
  // that needs more pages anyway may grow up to max_body_size to fill them.
  double min_body_size = 0;
  double max_body_size = 0;
  double shrink_step = 0;

  std::string kind_atelier;
  std::string kind_intervision;
  KeyFactsTexts facts;           // the key facts' labels, as in the brochure's sheets
  std::string sheet_pending;     // {website}
  std::string document_title;    // the PDF's title: {code}, {title}…
  std::string document_subject;  // {kind}, {title}, {edition}…
  RegistrationTexts registration;
};

// The paragraph, list, table and columns styles the flyer names; checked
// with the rest.
inline constexpr const char* kFlyerParagraphStyles[] = {"body", "sheet-label", "notice"};
inline constexpr const char* kFlyerListStyle = "bullets";
// The sheet's columns styles, from the widest measure to the densest: a flyer
// takes the first that keeps it on one page at the house size.
inline constexpr const char* kFlyerSheetColumns[] = {"sheet", "sheet-dense"};
inline constexpr const char* kFlyerPageMaster = "flyer";

// The boxes of key facts and registration: compact above a sheet, larger on
// the flyer of a session without one (its page has room to spare).
struct FlyerBoxStyles {
  const char* title;  // paragraph style
  const char* facts_table;
  const char* facts_code;  // paragraph styles of the code and the notes of the public
  const char* facts_note;
  const char* registration_table;
};
inline constexpr FlyerBoxStyles kFlyerBoxes{"title", "facts", "facts-code", "facts-note",
                                            "registration"};
inline constexpr FlyerBoxStyles kFlyerBoxesWithoutSheet{
    "title-large", "facts-large", "facts-code-large", "facts-note-large", "registration-large"};

// The fields the flyer's page masters (and its registration texts) may show.
inline constexpr std::string_view kFlyerFields[] = {"title", "edition", "publisher",   "website",
                                                    "kind",  "code",    "course-title"};

// Reads the settings; every missing or unusable name is reported (as an error
// of the template's file). nullopt when anything is missing.
std::optional<FlyerSettings> read_flyer_settings(const typeset::Template& tmpl,
                                                 base::Diagnostics& diagnostics);

}  // namespace documents
