#include "cli/options.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>

#include "base/message_text.hpp"
#include "catalogue/contact_forms.hpp"

namespace cli {

typeset::MissingCharacters layout_rule(MissingCharacters rule) {
  return rule == MissingCharacters::error ? typeset::MissingCharacters::refuse
                                          : typeset::MissingCharacters::replace_quietly;
}

namespace {

void store_catalogue_path(auto& options, std::string value) {
  options.catalogue_path = std::move(value);
}

constexpr std::string_view kCatalogueDescription = "le catalogue XML, par ex. xml/2026-2027.xml";

// --max-sessions N, --max-size MO: the catalogue's limits, raised on purpose.
template <auto Member, class Options>
std::optional<std::string> store_limit(Options& options, std::string_view value,
                                       std::string_view option, std::size_t most) {
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < 1 || number > most) {
    return fmt::format("{} attend un nombre entier de 1 à {}, pas « {} »", option, most,
                       base::shortened(value));
  }
  options.limits.*Member = number;
  return std::nullopt;
}
template <class Options>
std::optional<std::string> store_max_sessions(Options& options, std::string_view value) {
  return store_limit<&catalogue::CatalogueLimits::max_sessions>(options, value, "--max-sessions",
                                                                catalogue::kMostSessions);
}
template <class Options>
std::optional<std::string> store_max_size(Options& options, std::string_view value) {
  return store_limit<&catalogue::CatalogueLimits::max_megabytes>(options, value, "--max-size",
                                                                 catalogue::kMostMegabytes);
}
// A command's own options, then the two limits: every command that reads a
// catalogue takes them.
template <class Options, std::size_t N>
constexpr std::array<OptionRule<Options>, N + 2> with_limits(
    const std::array<OptionRule<Options>, N>& own) {
  std::array<OptionRule<Options>, N + 2> all{};
  std::copy(own.begin(), own.end(), all.begin());
  all[N] = {"--max-sessions", "", "N", "sessions acceptées au plus (par défaut : 500)",
            store_max_sessions<Options>};
  all[N + 1] = {"--max-size", "", "MO",
                "taille du catalogue acceptée au plus, en Mo (par défaut : 16)",
                store_max_size<Options>};
  return all;
}

// Stores the value in one text member of the options (a path).
template <auto Member, class Options>
std::optional<std::string> store_text(Options& options, std::string_view value) {
  options.*Member = value;
  return std::nullopt;
}
template <class Options>
constexpr auto store_template = store_text<&Options::template_path, Options>;
template <class Options>
constexpr auto store_flyer_template = store_text<&Options::flyer_template_path, Options>;
template <class Options>
constexpr auto store_output_directory = store_text<&Options::output_directory, Options>;
// Sets one boolean member of the options (a flag: --preview, --marks…).
template <auto Member, class Options>
std::optional<std::string> store_flag(Options& options, std::string_view) {
  options.*Member = true;
  return std::nullopt;
}

// --missing-characters, shared by the commands that print the catalogue.
template <class Options>
std::optional<std::string> store_missing_characters(Options& options, std::string_view value) {
  if (value == "error") {
    options.missing_characters = MissingCharacters::error;
  } else if (value == "warning") {
    options.missing_characters = MissingCharacters::warning;
  } else {
    return fmt::format("--missing-characters attend « error » ou « warning », pas « {} »", value);
  }
  return std::nullopt;
}
template <class Options>
constexpr OptionRule<Options> kMissingCharactersOption = {
    "--missing-characters", "", "error|warning",
    "caractère qu'aucune police n'a : erreur (défaut) ou avertissement (« ? » imprimé)",
    store_missing_characters<Options>};

// The templates, for check, render and archive.
constexpr std::string_view kTemplateDescription = "modèle de la brochure (templates/brochure.xml)";
constexpr std::string_view kFlyerTemplateDescription = "modèle des flyers (templates/flyer.xml)";

// --- check ---------------------------------------------------------------

constexpr PositionalRule<CheckOptions> kCheckPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<CheckOptions>},
};
constexpr auto kCheckOptions = with_limits(std::to_array<OptionRule<CheckOptions>>({
    {"--template", "", "FICHIER", kTemplateDescription, store_template<CheckOptions>},
    {"--flyer-template", "", "FICHIER", kFlyerTemplateDescription,
     store_flyer_template<CheckOptions>},
    kMissingCharactersOption<CheckOptions>,
}));
constexpr CommandRules<CheckOptions> kCheckRules = {
    "check", "Vérifie le catalogue et les modèles, et signale chaque problème.", kCheckPositionals,
    kCheckOptions};

// --- list ----------------------------------------------------------------

constexpr PositionalRule<ListOptions> kListPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<ListOptions>},
};
constexpr auto kListOptions = with_limits(std::to_array<OptionRule<ListOptions>>({
    {"--format", "", "text|json|csv",
     "tableau (défaut), JSON pour un programme, CSV pour un tableur",
     [](ListOptions& options, std::string_view value) -> std::optional<std::string> {
       if (value == "text") {
         options.format = ListFormat::text;
       } else if (value == "json") {
         options.format = ListFormat::json;
       } else if (value == "csv") {
         options.format = ListFormat::csv;
       } else {
         return fmt::format("--format attend « text », « json » ou « csv », pas {}",
                            base::in_guillemets(value));
       }
       return std::nullopt;
     }},
    {"--summary", "", "",
     "l'année en chiffres : sessions et jours par mois, par opérateur, par lieu",
     store_flag<&ListOptions::summary, ListOptions>},
}));
constexpr CommandRules<ListOptions> kListRules = {
    "list", "Affiche les sessions du catalogue, par date, ou le bilan de l'année.",
    kListPositionals, kListOptions};

// --- render --------------------------------------------------------------

std::optional<std::string> store_selection(RenderOptions& options, std::string_view value) {
  if (value == "brochure") {
    options.selection = RenderSelection::brochure_only;
  } else if (value == "flyers") {
    options.selection = RenderSelection::flyers_only;
  } else {
    return fmt::format("--only attend « brochure » ou « flyers », pas « {} »", value);
  }
  return std::nullopt;
}

template <class Options>
std::optional<std::string> store_jobs(Options& options, std::string_view value) {
  int jobs = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), jobs);
  if (error != std::errc() || end != value.data() + value.size() || jobs < 1 || jobs > kMaxJobs) {
    return fmt::format("--jobs attend un nombre entier de 1 à {}, pas « {} »", kMaxJobs, value);
  }
  options.jobs = jobs;
  return std::nullopt;
}

template <class Options>
constexpr auto store_preview = store_flag<&Options::preview, Options>;

constexpr std::string_view kJobsDescription =
    "PDF produits à la fois (par défaut : un par processeur)";

constexpr PositionalRule<RenderOptions> kRenderPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<RenderOptions>},
};
constexpr auto kRenderOptions = with_limits(std::to_array<OptionRule<RenderOptions>>({
    {"--out", "", "DOSSIER", "le dossier des fichiers (par défaut : out/ÉDITION)",
     store_output_directory<RenderOptions>},
    {"--template", "", "FICHIER", kTemplateDescription, store_template<RenderOptions>},
    {"--flyer-template", "", "FICHIER", kFlyerTemplateDescription,
     store_flyer_template<RenderOptions>},
    {"--only", "", "brochure|flyers", "ne produit que la brochure, ou que les flyers",
     store_selection},
    {"--jobs", "-j", "N", kJobsDescription, store_jobs<RenderOptions>},
    {"--preview", "", "", "écrit aussi l'image (PNG) de chaque flyer, dans previews/",
     store_preview<RenderOptions>},
    kMissingCharactersOption<RenderOptions>,
}));
constexpr CommandRules<RenderOptions> kRenderRules = {
    "render", "Produit la brochure et les flyers en PDF, et les fichiers d'agenda.",
    kRenderPositionals, kRenderOptions};

// --- flyer ---------------------------------------------------------------

constexpr PositionalRule<FlyerOptions> kFlyerPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<FlyerOptions>},
    {"CODE", "le code de la session, par ex. T2605",
     [](FlyerOptions& options, std::string value) { options.session_code = std::move(value); }},
};
constexpr auto kFlyerOptions = with_limits(std::to_array<OptionRule<FlyerOptions>>({
    {"--output", "-o", "FICHIER", "le PDF (par défaut : out/ÉDITION/flyers/CODE-titre.pdf)",
     store_text<&FlyerOptions::output_path, FlyerOptions>},
    {"--template", "", "FICHIER", "modèle du flyer (templates/flyer.xml)",
     store_template<FlyerOptions>},
    {"--preview", "", "", "écrit aussi l'image (PNG) du flyer, à côté du PDF",
     store_preview<FlyerOptions>},
    kMissingCharactersOption<FlyerOptions>,
}));
constexpr CommandRules<FlyerOptions> kFlyerRules = {
    "flyer", "Produit le flyer d'une session, en PDF.", kFlyerPositionals, kFlyerOptions};

// --- mail ----------------------------------------------------------------

// "--to a@b.be --to c@d.be" or "--to a@b.be,c@d.be": each address checked.
std::optional<std::string> store_recipients(MailOptions& options, std::string_view value) {
  std::size_t begin = 0;
  while (begin <= value.size()) {
    const std::size_t end = std::min(value.find(',', begin), value.size());
    std::string address(value.substr(begin, end - begin));
    address.erase(0, address.find_first_not_of(' '));
    address.erase(address.find_last_not_of(' ') + 1);
    if (std::optional<std::string> problem = catalogue::email_problem(address)) {
      return fmt::format("--to : {}", *problem);
    }
    options.recipients.push_back(std::move(address));
    begin = end + 1;
  }
  return std::nullopt;
}

constexpr PositionalRule<MailOptions> kMailPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<MailOptions>},
};
constexpr auto kMailOptions = with_limits(std::to_array<OptionRule<MailOptions>>({
    {"--out", "", "DOSSIER", "le dossier des fichiers (par défaut : out/ÉDITION)",
     store_output_directory<MailOptions>},
    {"--to", "", "ADRESSE", "destinataire des brouillons (répétable, ou séparés par des virgules)",
     store_recipients},
    {"--template", "", "FICHIER", kFlyerTemplateDescription, store_flyer_template<MailOptions>},
    {"--mail-template", "", "FICHIER", "modèle des mails (templates/mail.xml)",
     store_text<&MailOptions::mail_template_path, MailOptions>},
    {"--jobs", "-j", "N", "sessions traitées à la fois (par défaut : une par processeur)",
     store_jobs<MailOptions>},
}));
constexpr CommandRules<MailOptions> kMailRules = {
    "mail",
    "Écrit un brouillon de mail par session (mail/), le flyer et l'agenda de la session en "
    "pièces jointes.",
    kMailPositionals, kMailOptions};

// --- print ---------------------------------------------------------------

constexpr PositionalRule<PrintOptions> kPrintPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<PrintOptions>},
};
constexpr auto kPrintOptions = with_limits(std::to_array<OptionRule<PrintOptions>>({
    {"--out", "", "DOSSIER",
     "le dossier de l'édition (par défaut : out/ÉDITION) ; les PDF vont dans son print/",
     store_output_directory<PrintOptions>},
    {"--template", "", "FICHIER", kTemplateDescription, store_template<PrintOptions>},
    {"--a5", "", "", "la brochure au format A5 (templates/brochure-a5.xml)",
     [](PrintOptions& options, std::string_view) -> std::optional<std::string> {
       options.template_path = std::string(kBrochureA5Template);
       return std::nullopt;
     }},
    {"--marks", "", "", "ajoute les traits de coupe aux coins de chaque page",
     store_flag<&PrintOptions::crop_marks, PrintOptions>},
    {"--booklet", "", "",
     "écrit aussi le livret à agrafer : deux pages par face, sur des feuilles deux fois plus "
     "larges",
     store_flag<&PrintOptions::booklet, PrintOptions>},
}));
constexpr CommandRules<PrintOptions> kPrintRules = {
    "print",
    "Produit la brochure pour l'imprimeur (print/) : fond perdu, CMJN, traits de coupe, livret.",
    kPrintPositionals, kPrintOptions};

// --- demo ----------------------------------------------------------------

constexpr PositionalRule<DemoOptions> kDemoPositionals[] = {
    {"FICHIER", "la démonstration (par défaut : tests/fixtures/demo.xml)",
     [](DemoOptions& options, std::string value) { options.demo_path = std::move(value); }, true},
};
constexpr OptionRule<DemoOptions> kDemoOptions[] = {
    {"--output", "-o", "FICHIER", "le PDF (par défaut : out/demo.pdf)",
     store_text<&DemoOptions::output_path, DemoOptions>},
};
constexpr CommandRules<DemoOptions> kDemoRules = {
    "demo", "Produit la démonstration de mise en page, en PDF.", kDemoPositionals, kDemoOptions};

// --- archive -------------------------------------------------------------

constexpr PositionalRule<ArchiveOptions> kArchivePositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<ArchiveOptions>},
};
constexpr auto kArchiveOptions = with_limits(std::to_array<OptionRule<ArchiveOptions>>({
    {"--out", "", "DOSSIER", "le dossier de l'archive (par défaut : archive/ÉDITION)",
     store_output_directory<ArchiveOptions>},
    {"--template", "", "FICHIER", kTemplateDescription, store_template<ArchiveOptions>},
    {"--flyer-template", "", "FICHIER", kFlyerTemplateDescription,
     store_flyer_template<ArchiveOptions>},
    {"--jobs", "-j", "N", kJobsDescription, store_jobs<ArchiveOptions>},
}));
constexpr CommandRules<ArchiveOptions> kArchiveRules = {
    "archive", "Archive l'édition : PDF/A avec leurs sources, et leurs empreintes.",
    kArchivePositionals, kArchiveOptions};

// --- verify --------------------------------------------------------------

constexpr PositionalRule<VerifyOptions> kVerifyPositionals[] = {
    {"DOSSIER", "le dossier d'une archive, par ex. archive/2026-2027",
     [](VerifyOptions& options, std::string value) { options.directory = std::move(value); }},
};
constexpr OptionRule<VerifyOptions> kVerifyOptions[] = {
    {"--jobs", "-j", "N", "PDF refaits à la fois (par défaut : un par processeur)",
     store_jobs<VerifyOptions>},
};
constexpr CommandRules<VerifyOptions> kVerifyRules = {
    "verify", "Vérifie une archive et refait ses PDF pour les comparer.", kVerifyPositionals,
    kVerifyOptions};

// --- next-edition --------------------------------------------------------

constexpr PositionalRule<NextEditionOptions> kNextEditionPositionals[] = {
    {"FICHIER", "le catalogue de cette année, par ex. xml/2026-2027.xml",
     store_catalogue_path<NextEditionOptions>},
    {"ÉDITION", "l'édition à préparer, par ex. 2027-2028",
     [](NextEditionOptions& options, std::string value) { options.edition = std::move(value); }},
};
constexpr auto kNextEditionOptions = with_limits(std::to_array<OptionRule<NextEditionOptions>>({
    {"--output", "-o", "FICHIER",
     "le nouveau catalogue (par défaut : ÉDITION.xml à côté de FICHIER)",
     [](NextEditionOptions& options, std::string_view value) -> std::optional<std::string> {
       options.output_path = value;
       return std::nullopt;
     }},
    {"--force", "", "", "remplace le nouveau catalogue s'il existe déjà",
     store_flag<&NextEditionOptions::replace_existing, NextEditionOptions>},
}));
constexpr CommandRules<NextEditionOptions> kNextEditionRules = {
    "next-edition",
    "Prépare le catalogue de l'édition suivante : dates, période et codes avancés d'un an.",
    kNextEditionPositionals, kNextEditionOptions};

// --- watch ---------------------------------------------------------------

constexpr PositionalRule<WatchOptions> kWatchPositionals[] = {
    {"FICHIER", kCatalogueDescription, store_catalogue_path<WatchOptions>},
};
constexpr auto kWatchOptions = with_limits(std::to_array<OptionRule<WatchOptions>>({
    {"--out", "", "DOSSIER", "le dossier des PDF (par défaut : out/ÉDITION)",
     store_output_directory<WatchOptions>},
    {"--template", "", "FICHIER", kTemplateDescription, store_template<WatchOptions>},
    {"--flyer-template", "", "FICHIER", kFlyerTemplateDescription,
     store_flyer_template<WatchOptions>},
    {"--jobs", "-j", "N", kJobsDescription, store_jobs<WatchOptions>},
    kMissingCharactersOption<WatchOptions>,
    {"--renders", "", "N", "s'arrête après N rendus suivant un enregistrement (essais, mesures)",
     [](WatchOptions& options, std::string_view value) -> std::optional<std::string> {
       int count = 0;
       const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), count);
       if (error != std::errc() || end != value.data() + value.size() || count < 1) {
         return fmt::format("--renders attend un nombre entier positif, pas {}",
                            base::in_guillemets(value));
       }
       options.max_renders = count;
       return std::nullopt;
     }},
}));
constexpr CommandRules<WatchOptions> kWatchRules = {
    "watch",
    "Produit l'édition, puis la refait à chaque enregistrement du catalogue ou d'un modèle.",
    kWatchPositionals, kWatchOptions};

// ---------------------------------------------------------------------------

template <class Options>
Invocation parse_into_invocation(const CommandRules<Options>& rules,
                                 std::span<const std::string> arguments) {
  return std::visit([](auto&& parsed) -> Invocation { return std::move(parsed); },
                    parse_command(rules, arguments));
}

// "render FICHIER", for the list of commands.
template <class Options>
std::string synopsis(const CommandRules<Options>& rules) {
  std::string text(rules.command);
  for (const auto& positional : rules.positionals) {
    text += fmt::format(" {}", positional_term(positional));
  }
  return text;
}

constexpr std::string_view kCommandNames[] = {
    kCheckRules.command,  kListRules.command,        kRenderRules.command, kFlyerRules.command,
    kMailRules.command,   kPrintRules.command,       kDemoRules.command,   kArchiveRules.command,
    kVerifyRules.command, kNextEditionRules.command, kWatchRules.command};

bool is_known_command(std::string_view command) {
  return std::find(std::begin(kCommandNames), std::end(kCommandNames), command) !=
         std::end(kCommandNames);
}

UsageError unknown_command(std::string_view command) {
  return UsageError{
      fmt::format("commande inconnue : « {} »{}", command, did_you_mean(command, kCommandNames))};
}

}  // namespace

Invocation parse_arguments(const std::vector<std::string>& arguments) {
  if (arguments.empty()) return UsageError{"aucune commande indiquée"};
  const std::string& first = arguments.front();
  const std::span<const std::string> rest = std::span(arguments).subspan(1);

  if (is_help_flag(first) || first == "help") {
    if (rest.empty()) return HelpRequest{};
    if (rest.size() > 1) return UsageError{fmt::format("argument en trop : « {} »", rest[1])};
    if (!is_known_command(rest[0])) return unknown_command(rest[0]);
    return HelpRequest{rest[0]};
  }
  if (first == "--version") {
    if (!rest.empty()) return UsageError{fmt::format("argument en trop : « {} »", rest[0])};
    return VersionRequest{};
  }
  if (first == kCheckRules.command) return parse_into_invocation(kCheckRules, rest);
  if (first == kListRules.command) return parse_into_invocation(kListRules, rest);
  if (first == kRenderRules.command) return parse_into_invocation(kRenderRules, rest);
  if (first == kFlyerRules.command) return parse_into_invocation(kFlyerRules, rest);
  if (first == kMailRules.command) return parse_into_invocation(kMailRules, rest);
  if (first == kPrintRules.command) return parse_into_invocation(kPrintRules, rest);
  if (first == kDemoRules.command) return parse_into_invocation(kDemoRules, rest);
  if (first == kArchiveRules.command) return parse_into_invocation(kArchiveRules, rest);
  if (first == kVerifyRules.command) return parse_into_invocation(kVerifyRules, rest);
  if (first == kNextEditionRules.command) return parse_into_invocation(kNextEditionRules, rest);
  if (first == kWatchRules.command) return parse_into_invocation(kWatchRules, rest);
  if (first.starts_with("-")) return UsageError{fmt::format("option inconnue : {}", first)};
  return unknown_command(first);
}

std::string general_help() {
  std::string commands;
  const auto line = [&](std::string term, std::string_view summary) {
    term.resize(std::max<std::size_t>(term.size() + 2, 24), ' ');
    commands += fmt::format("  {}{}\n", term, summary);
  };
  line(synopsis(kCheckRules), kCheckRules.summary);
  line(synopsis(kListRules), kListRules.summary);
  line(synopsis(kRenderRules), kRenderRules.summary);
  line(synopsis(kFlyerRules), kFlyerRules.summary);
  line(synopsis(kMailRules), kMailRules.summary);
  line(synopsis(kPrintRules), kPrintRules.summary);
  line(synopsis(kDemoRules), kDemoRules.summary);
  line(synopsis(kArchiveRules), kArchiveRules.summary);
  line(synopsis(kVerifyRules), kVerifyRules.summary);
  line(synopsis(kNextEditionRules), kNextEditionRules.summary);
  line(synopsis(kWatchRules), kWatchRules.summary);
  line("help [COMMANDE]", "Affiche l'aide générale, ou celle d'une commande.");

  return fmt::format(
      "brochure : produit la brochure annuelle des formations et leurs flyers,\n"
      "en PDF prêts à imprimer, à partir du catalogue XML.\n"
      "\n"
      "Utilisation : brochure COMMANDE [arguments] [options]\n"
      "\n"
      "Commandes :\n"
      "{}"
      "\n"
      "Options :\n"
      "  -h, --help              Affiche cette aide.\n"
      "  --version               Affiche la version du programme.\n"
      "\n"
      "Exemples :\n"
      "  brochure check xml/2026-2027.xml\n"
      "  brochure list xml/2026-2027.xml\n"
      "  brochure list xml/2026-2027.xml --summary\n"
      "  brochure render xml/2026-2027.xml --out out\n"
      "  brochure flyer xml/2026-2027.xml T2605 -o T2605.pdf --preview\n"
      "  brochure mail xml/2026-2027.xml --to secretariat@exemple.be\n"
      "  brochure print xml/2026-2027.xml --marks\n"
      "  brochure print xml/2026-2027.xml --a5 --booklet\n"
      "  brochure demo\n"
      "  brochure archive xml/2026-2027.xml\n"
      "  brochure verify archive/2026-2027\n"
      "  brochure next-edition xml/2026-2027.xml 2027-2028\n"
      "  brochure watch xml/2026-2027.xml\n"
      "\n"
      "Pour les options d'une commande : « brochure COMMANDE --help ».\n",
      commands);
}

std::string command_help(std::string_view command) {
  if (command == kCheckRules.command) return describe_command(kCheckRules);
  if (command == kListRules.command) return describe_command(kListRules);
  if (command == kRenderRules.command) return describe_command(kRenderRules);
  if (command == kFlyerRules.command) return describe_command(kFlyerRules);
  if (command == kMailRules.command) return describe_command(kMailRules);
  if (command == kPrintRules.command) return describe_command(kPrintRules);
  if (command == kDemoRules.command) return describe_command(kDemoRules);
  if (command == kArchiveRules.command) return describe_command(kArchiveRules);
  if (command == kVerifyRules.command) return describe_command(kVerifyRules);
  if (command == kNextEditionRules.command) return describe_command(kNextEditionRules);
  if (command == kWatchRules.command) return describe_command(kWatchRules);
  return {};
}

}  // namespace cli
