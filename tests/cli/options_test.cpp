// The command line: what each command accepts, and every way of getting it
// wrong, which must end with a French message, the hint and exit code 2.
#include "cli/options.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "cli_test_support.hpp"

namespace {

using cli_test::run_in_process;

template <class Options>
Options parsed_as(const std::vector<std::string>& arguments) {
  const cli::Invocation invocation = cli::parse_arguments(arguments);
  if (const auto* error = std::get_if<cli::UsageError>(&invocation)) {
    ADD_FAILURE() << "refusé : " << error->message;
    return {};
  }
  EXPECT_TRUE(std::holds_alternative<Options>(invocation));
  return std::holds_alternative<Options>(invocation) ? std::get<Options>(invocation) : Options{};
}

TEST(ParseArguments, CheckAndListTakeTheCatalogue) {
  EXPECT_EQ(parsed_as<cli::CheckOptions>({"check", "xml/a.xml"}).catalogue_path, "xml/a.xml");
  EXPECT_EQ(parsed_as<cli::ListOptions>({"list", "xml/b.xml"}).catalogue_path, "xml/b.xml");
}

TEST(ParseArguments, RenderDefaults) {
  const auto options = parsed_as<cli::RenderOptions>({"render", "xml/a.xml"});
  EXPECT_EQ(options.catalogue_path, "xml/a.xml");
  EXPECT_EQ(options.output_directory, "");  // out/<edition>, known once the catalogue is read
  EXPECT_EQ(options.template_path, "templates/brochure.xml");
  EXPECT_EQ(options.flyer_template_path, "templates/flyer.xml");
  EXPECT_EQ(options.selection, cli::RenderSelection::brochure_and_flyers);
  EXPECT_EQ(options.jobs, 0);
}

TEST(ParseArguments, RenderEveryOptionInBothSpellings) {
  const auto spaced = parsed_as<cli::RenderOptions>({"render", "--out", "pdf", "xml/a.xml",
                                                     "--template", "t.xml", "--only", "flyers",
                                                     "--jobs", "3", "--flyer-template", "f.xml"});
  EXPECT_EQ(spaced.catalogue_path, "xml/a.xml");
  EXPECT_EQ(spaced.output_directory, "pdf");
  EXPECT_EQ(spaced.template_path, "t.xml");
  EXPECT_EQ(spaced.flyer_template_path, "f.xml");
  EXPECT_EQ(spaced.selection, cli::RenderSelection::flyers_only);
  EXPECT_EQ(spaced.jobs, 3);

  const auto joined = parsed_as<cli::RenderOptions>(
      {"render", "xml/a.xml", "--out=dist", "--only=brochure", "-j", "64"});
  EXPECT_EQ(joined.output_directory, "dist");
  EXPECT_EQ(joined.selection, cli::RenderSelection::brochure_only);
  EXPECT_EQ(joined.jobs, cli::kMaxJobs);
}

TEST(ParseArguments, FlyerTakesCatalogueCodeAndOutput) {
  const auto options = parsed_as<cli::FlyerOptions>({"flyer", "xml/a.xml", "T2605", "-o", "x.pdf"});
  EXPECT_EQ(options.catalogue_path, "xml/a.xml");
  EXPECT_EQ(options.session_code, "T2605");
  EXPECT_EQ(options.output_path, "x.pdf");

  const auto long_form = parsed_as<cli::FlyerOptions>(
      {"flyer", "--template", "t.xml", "xml/a.xml", "T2606", "--output", "y.pdf"});
  EXPECT_EQ(long_form.template_path, "t.xml");
  EXPECT_EQ(long_form.output_path, "y.pdf");
}

TEST(ParseArguments, FlyerDefaultsToTheRenderPathAndTheFlyerTemplate) {
  const auto options = parsed_as<cli::FlyerOptions>({"flyer", "a.xml", "T2605"});
  EXPECT_EQ(options.output_path, "");  // out/<edition>/flyers/…, known once the catalogue is read
  EXPECT_EQ(options.template_path, "templates/flyer.xml");
}

TEST(ParseArguments, HelpForms) {
  const auto help_for = [](const std::vector<std::string>& arguments) {
    const cli::Invocation invocation = cli::parse_arguments(arguments);
    EXPECT_TRUE(std::holds_alternative<cli::HelpRequest>(invocation));
    return std::holds_alternative<cli::HelpRequest>(invocation)
               ? std::get<cli::HelpRequest>(invocation).command
               : std::string("?");
  };
  EXPECT_EQ(help_for({"--help"}), "");
  EXPECT_EQ(help_for({"-h"}), "");
  EXPECT_EQ(help_for({"help"}), "");
  EXPECT_EQ(help_for({"help", "render"}), "render");
  EXPECT_EQ(help_for({"render", "--help"}), "render");
  // Asking for help on a wrong line still gives help, not an error.
  EXPECT_EQ(help_for({"flyer", "--jobs", "x", "-h"}), "flyer");
}

// Each wrong command line: exit 2, nothing on stdout, a message naming the
// mistake on stderr, then the hint.
struct UsageCase {
  std::vector<std::string> arguments;
  std::string message;
};

// Names the case by its arguments in test listings, instead of its bytes.
void PrintTo(const UsageCase& usage, std::ostream* out) {
  *out << "brochure";
  for (const std::string& argument : usage.arguments) *out << ' ' << argument;
}

class UsageErrors : public ::testing::TestWithParam<UsageCase> {};

TEST_P(UsageErrors, ExitTwoWithFrenchMessageAndHint) {
  const cli_test::CliResult result = run_in_process(GetParam().arguments);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "brochure : " + GetParam().message + "\nvoir « brochure --help »\n");
}

INSTANTIATE_TEST_SUITE_P(
    EveryMistake, UsageErrors,
    ::testing::Values(
        UsageCase{{}, "aucune commande indiquée"},
        UsageCase{{"imprimer", "a.xml"}, "commande inconnue : « imprimer »"},
        UsageCase{{"lsit", "a.xml"}, "commande inconnue : « lsit » (vouliez-vous dire « list » ?)"},
        UsageCase{{"render", "a.xml", "--templte", "t.xml"},
                  "option inconnue pour « brochure render » : --templte (vouliez-vous dire "
                  "« --template » ?)"},
        UsageCase{{"--verbose"}, "option inconnue : --verbose"},
        UsageCase{{"help", "imprimer"}, "commande inconnue : « imprimer »"},
        UsageCase{{"help", "check", "list"}, "argument en trop : « list »"},
        UsageCase{{"--version", "x"}, "argument en trop : « x »"},
        UsageCase{{"check"}, "argument manquant pour « brochure check » : FICHIER"},
        UsageCase{{"check", "a.xml", "b.xml"},
                  "argument en trop pour « brochure check » : « b.xml »"},
        UsageCase{{"list", "a.xml", "--out", "x"},
                  "option inconnue pour « brochure list » : --out"},
        UsageCase{{"flyer", "a.xml"}, "argument manquant pour « brochure flyer » : CODE"},
        UsageCase{{"flyer", "a.xml", "T2605", "--jobs", "2"},
                  "option inconnue pour « brochure flyer » : --jobs"},
        UsageCase{{"flyer", "a.xml", "T2605", "-o"}, "l'option -o attend une valeur (FICHIER)"},
        UsageCase{{"render", "a.xml", "--out"}, "l'option --out attend une valeur (DOSSIER)"},
        UsageCase{{"render", "a.xml", "--only", "affiches"},
                  "--only attend « brochure » ou « flyers », pas « affiches »"},
        UsageCase{{"render", "a.xml", "--only="},
                  "--only attend « brochure » ou « flyers », pas «  »"},
        UsageCase{{"render", "a.xml", "--jobs", "deux"},
                  "--jobs attend un nombre entier de 1 à 64, pas « deux »"},
        UsageCase{{"render", "a.xml", "--jobs", "0"},
                  "--jobs attend un nombre entier de 1 à 64, pas « 0 »"},
        UsageCase{{"render", "a.xml", "--jobs=-3"},
                  "--jobs attend un nombre entier de 1 à 64, pas « -3 »"},
        UsageCase{{"render", "a.xml", "-j", "4x"},
                  "--jobs attend un nombre entier de 1 à 64, pas « 4x »"},
        UsageCase{{"render", "a.xml", "--jobs", "65"},
                  "--jobs attend un nombre entier de 1 à 64, pas « 65 »"},
        UsageCase{{"render", "--out", "dist"},
                  "argument manquant pour « brochure render » : FICHIER"}));

TEST(Help, GeneralHelpListsEveryCommandInFrench) {
  const cli_test::CliResult result = run_in_process({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find("Utilisation : brochure COMMANDE"), std::string::npos);
  for (const char* line : {"  check FICHIER ", "  list FICHIER ", "  render FICHIER ",
                           "  flyer FICHIER CODE ", "  help [COMMANDE] ", "--version"}) {
    EXPECT_NE(result.out.find(line), std::string::npos) << line;
  }
  EXPECT_EQ(run_in_process({"help"}).out, result.out);
}

TEST(Help, CommandHelpIsGeneratedFromItsOptionTable) {
  const cli_test::CliResult result = run_in_process({"render", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.rfind("Utilisation : brochure render FICHIER [options]\n", 0), 0u)
      << result.out;
  for (const char* option : {"--out DOSSIER", "--template FICHIER", "--only brochure|flyers",
                             "-j, --jobs N", "-h, --help"}) {
    EXPECT_NE(result.out.find(option), std::string::npos) << option;
  }
  EXPECT_EQ(run_in_process({"help", "render"}).out, result.out);

  const std::string flyer = run_in_process({"flyer", "-h"}).out;
  EXPECT_NE(flyer.find("brochure flyer FICHIER CODE [options]"), std::string::npos) << flyer;
  EXPECT_NE(flyer.find("-o, --output FICHIER"), std::string::npos) << flyer;
  const std::string check = cli::command_help("check");
  EXPECT_NE(check.find("brochure check FICHIER [options]"), std::string::npos) << check;
  EXPECT_NE(check.find("--flyer-template FICHIER"), std::string::npos) << check;
  EXPECT_NE(check.find("--missing-characters error|warning"), std::string::npos) << check;
}

TEST(Version, PrintsTheProgramVersion) {
  const cli_test::CliResult result = run_in_process({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(std::regex_match(result.out, std::regex("brochure [0-9]+\\.[0-9]+\\.[0-9]+\n")))
      << result.out;
}

}  // namespace
