// Everything the documents of one run share, loaded and checked before any
// file is touched: the templates (with their fonts and the hyphenation
// patterns), the settings read from the flyer, mail and calendar templates,
// and the write options (edition_write_options). Used by render, flyer, mail,
// archive and verify.
//
//   base::Diagnostics diagnostics;
//   std::unique_ptr<documents::EditionSetup> setup = documents::prepare_edition(
//       catalogue, "templates/brochure.xml", "templates/flyer.xml", diagnostics);
//   if (!setup) { report diagnostics; fail; }
//   documents::produce(job, setup->inputs, staging);
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/edition_output.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/resources.hpp"

namespace documents {

// `inputs` points into the other members: kept in place (not copyable, not
// movable; held by unique_ptr).
struct EditionSetup {
  EditionSetup() = default;
  EditionSetup(const EditionSetup&) = delete;
  EditionSetup& operator=(const EditionSetup&) = delete;

  Resources resources;
  std::optional<FlyerSettings> flyer_settings;
  std::optional<MailSettings> mail_settings;
  std::optional<CalendarSettings> calendar_settings;
  EditionInputs inputs;
  // Where inputs.write_options.date comes from: "SOURCE_DATE_EPOCH" or
  // "edition-start" (the catalogue's first day).
  std::string date_origin;
};

// The templates of a run; an empty path: that document is not made.
struct EditionTemplates {
  std::string brochure{};
  std::string flyer{};
  std::string mail{};    // the mail drafts' (templates/mail.xml)
  std::string agenda{};  // the calendar files' (templates/agenda.xml)
};

// The templates, fonts and patterns of a run, loaded on a thread of their own
// from the moment this is made, so that the caller reads and checks the
// catalogue meanwhile: each takes some 5 ms before any document can start.
// The finishing module (libqpdf, 7 to 9 ms to load) is loaded meanwhile on a
// third thread, before the first PDF needs it.
//
//   documents::ResourcesLoading loading(templates, missing_characters);
//   catalogue = load the catalogue…
//   setup = documents::prepare_edition(*catalogue, templates, loading, diagnostics, …);
class ResourcesLoading {
 public:
  ResourcesLoading(const EditionTemplates& templates,
                   typeset::MissingCharacters missing_characters);
  // Waits for the resources (at most once); their problems go to `diagnostics`.
  std::optional<Resources> take(base::Diagnostics& diagnostics);

 private:
  struct Loaded {
    std::optional<Resources> resources;
    base::Diagnostics diagnostics;
  };
  std::future<Loaded> loading_;
  std::future<void> finishing_module_;  // waited for when this goes
};

// nullptr when anything is an error (all reported in `diagnostics`).
// Characters no font prints, in the catalogue's file or the templates', are
// reported where they were typed (printable_text.hpp): errors when
// `missing_characters` refuses them, else warnings, the layout then printing
// "?" without saying it again.
std::unique_ptr<EditionSetup> prepare_edition(
    const catalogue::Catalogue& catalogue, const EditionTemplates& templates,
    base::Diagnostics& diagnostics,
    typeset::MissingCharacters missing_characters = typeset::MissingCharacters::refuse);
// The same with the resources `loading` has loaded for `templates`
// (`missing_characters` must be the one it was given).
std::unique_ptr<EditionSetup> prepare_edition(
    const catalogue::Catalogue& catalogue, const EditionTemplates& templates,
    ResourcesLoading& loading, base::Diagnostics& diagnostics,
    typeset::MissingCharacters missing_characters = typeset::MissingCharacters::refuse);
std::unique_ptr<EditionSetup> prepare_edition(
    const catalogue::Catalogue& catalogue, const std::string& brochure_template,
    const std::string& flyer_template, base::Diagnostics& diagnostics,
    typeset::MissingCharacters missing_characters = typeset::MissingCharacters::refuse);

}  // namespace documents
