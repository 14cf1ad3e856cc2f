// What the user asked for on the command line, one struct per command.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "catalogue/limits.hpp"
#include "cli/option_parser.hpp"
#include "typeset/paragraph.hpp"

namespace cli {

struct VersionRequest {};

// A character no font has (--missing-characters): an error (no PDF prints a
// "?"), or a warning with "?" on paper.
enum class MissingCharacters { error, warning };
// What the layout does with such a character when the user asked `rule`.
typeset::MissingCharacters layout_rule(MissingCharacters rule);

// How `list` writes: an aligned table for the terminal, JSON for programs,
// CSV for a spreadsheet.
enum class ListFormat { text, json, csv };

// brochure list FICHIER [--format text|json|csv] [--summary]
struct ListOptions {
  std::string catalogue_path;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
  ListFormat format = ListFormat::text;
  bool summary = false;  // the year in figures rather than the sessions
};

// Which documents `render` produces (--only).
enum class RenderSelection { brochure_and_flyers, brochure_only, flyers_only };

// The templates used when none is given (found under the data directory).
inline constexpr std::string_view kBrochureTemplate = "templates/brochure.xml";
inline constexpr std::string_view kFlyerTemplate = "templates/flyer.xml";
inline constexpr std::string_view kMailTemplate = "templates/mail.xml";
inline constexpr std::string_view kAgendaTemplate = "templates/agenda.xml";

// brochure check FICHIER [--template FICHIER] [--flyer-template FICHIER]
//                        [--missing-characters error|warning]
// The catalogue and the templates render would use; their fonts are those the
// catalogue's characters are checked against.
struct CheckOptions {
  std::string catalogue_path;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
  std::string template_path = std::string(kBrochureTemplate);
  std::string flyer_template_path = std::string(kFlyerTemplate);
  MissingCharacters missing_characters = MissingCharacters::error;
};

// brochure render FICHIER [--out DOSSIER] [--template FICHIER] [--flyer-template FICHIER]
//                         [--only brochure|flyers] [--jobs N] [--preview]
//                         [--missing-characters error|warning]
// (with the flyers, the calendars: agenda/)
struct RenderOptions {
  std::string catalogue_path;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
  std::string output_directory;       // empty: out/<edition> (documents/output_paths.hpp)
  std::string template_path = std::string(kBrochureTemplate);
  std::string flyer_template_path = std::string(kFlyerTemplate);
  RenderSelection selection = RenderSelection::brochure_and_flyers;
  int jobs = 0;          // 0: one per processor
  bool preview = false;  // a PNG of each flyer's first page (previews/)
  MissingCharacters missing_characters = MissingCharacters::error;
};

// brochure flyer FICHIER CODE [-o FICHIER] [--template FICHIER] [--preview]
//                             [--missing-characters error|warning]
struct FlyerOptions {
  std::string catalogue_path;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
  std::string session_code;
  std::string
      output_path;  // empty: where `render` puts it, out/<edition>/flyers/<CODE>-<titre>.pdf
  std::string template_path = std::string(kFlyerTemplate);
  bool preview = false;  // a PNG of its first page beside it
  MissingCharacters missing_characters = MissingCharacters::error;
};

// brochure mail FICHIER [--out DOSSIER] [--to ADRESSE…] [--template FICHIER]
//                       [--mail-template FICHIER] [--jobs N]
// (the flyers and the calendars it attaches are written too)
struct MailOptions {
  std::string catalogue_path;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
  std::string output_directory;       // empty: out/<edition>
  std::vector<std::string> recipients;
  std::string flyer_template_path = std::string(kFlyerTemplate);
  std::string mail_template_path = std::string(kMailTemplate);
  int jobs = 0;
};

// The A5 brochure, for a booklet.
inline constexpr std::string_view kBrochureA5Template = "templates/brochure-a5.xml";

// brochure print FICHIER [--out DOSSIER] [--template FICHIER] [--a5] [--marks] [--booklet]
// (docs: README, "Envoyer à l'imprimeur")
struct PrintOptions {
  std::string catalogue_path;
  std::string output_directory;  // empty: out/<edition>; the files go into its print/
  std::string template_path = std::string(kBrochureTemplate);
  bool crop_marks = false;            // --marks
  bool booklet = false;               // --booklet
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
};

// The layout demo's PDF when -o is not given.
inline constexpr std::string_view kDemoOutput = "out/demo.pdf";

// brochure demo [FICHIER] [-o FICHIER]
struct DemoOptions {
  std::string demo_path;  // empty: tests/fixtures/demo.xml under the data directory
  std::string output_path = std::string(kDemoOutput);
};

// brochure archive FICHIER [--out DOSSIER] [--template FICHIER] [--flyer-template FICHIER]
//                          [--jobs N]
struct ArchiveOptions {
  std::string catalogue_path;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
  std::string output_directory;       // empty: archive/<edition> (documents/archive.hpp)
  std::string template_path = std::string(kBrochureTemplate);
  std::string flyer_template_path = std::string(kFlyerTemplate);
  int jobs = 0;  // 0: one per processor
};

// brochure verify DOSSIER [--jobs N]
struct VerifyOptions {
  std::string directory;
  int jobs = 0;
};

// brochure next-edition FICHIER ÉDITION [-o FICHIER] [--force]
struct NextEditionOptions {
  std::string catalogue_path;
  std::string edition;      // "2027-2028"
  std::string output_path;  // empty: <ÉDITION>.xml beside the catalogue
  bool replace_existing = false;
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
};

// brochure watch FICHIER [--out DOSSIER] [--template FICHIER] [--flyer-template FICHIER]
//                        [--jobs N] [--missing-characters error|warning]
struct WatchOptions {
  std::string catalogue_path;
  std::string output_directory;  // empty: out/<edition>
  std::string template_path = std::string(kBrochureTemplate);
  std::string flyer_template_path = std::string(kFlyerTemplate);
  int jobs = 0;
  MissingCharacters missing_characters = MissingCharacters::error;
  int max_renders = 0;  // --renders N: stop after N renders that followed a save (0: never)
  catalogue::CatalogueLimits limits;  // --max-sessions, --max-size
};

// The largest --jobs value accepted.
inline constexpr int kMaxJobs = 64;

using Invocation = std::variant<UsageError, HelpRequest, VersionRequest, CheckOptions, ListOptions,
                                RenderOptions, FlyerOptions, MailOptions, PrintOptions, DemoOptions,
                                ArchiveOptions, VerifyOptions, NextEditionOptions, WatchOptions>;

// Parses the arguments that follow the program name.
Invocation parse_arguments(const std::vector<std::string>& arguments);

// The help texts, in French: the general one, and one per command (empty for
// an unknown command).
std::string general_help();
std::string command_help(std::string_view command);

}  // namespace cli
