// brochure check: diagnostics with their position, a summary, the exit code.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::lines_of;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;

TEST(Check, GoodCatalogueExitsZeroWithWarningsThenSummary) {
  TempDir dir;
  const std::string path = dir.write("bon.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"check", path});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  // No session has a sheet: one warning each, at its <session>, in file order;
  // warnings do not make the catalogue unusable.
  const std::vector<std::string> lines = lines_of(result.err);
  ASSERT_EQ(lines.size(), 5u) << result.err;
  EXPECT_EQ(lines[0].rfind(path + ":12:7: warning: ", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind(path + ":19:7: warning: ", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind(path + ":23:7: warning: ", 0), 0u) << lines[2];
  EXPECT_EQ(lines[3].rfind(path + ":32:7: warning: ", 0), 0u) << lines[3];
  EXPECT_EQ(lines[4], path + " : 0 erreur, 4 avertissements");
}

TEST(Check, BadCatalogueReportsEachErrorAtItsLineAndColumn) {
  TempDir dir;
  // Line 13: an impossible date; line 17: an operator that is not declared.
  std::string xml =
      replaced(kSmallCatalogue, R"(<day date="2026-09-24"/>)", R"(<day date="2026-09-31"/>)");
  xml = replaced(xml, R"(<course operator="cerso">)", R"(<course operator="inconnu">)");
  const std::string path = dir.write("mauvais.xml", xml);

  const cli_test::CliResult result = run_in_process({"check", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("\n" + path + ":13:14: error: "), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("\n" + path + ":17:5: error: "), std::string::npos) << result.err;
  // The summary comes last and counts what was printed.
  const std::string summary = path + " : 2 erreurs, 4 avertissements\n";
  ASSERT_GE(result.err.size(), summary.size());
  EXPECT_EQ(result.err.substr(result.err.size() - summary.size()), summary) << result.err;
}

// The limits catch a mistake; the options raise them, and the messages say which.
TEST(Check, LimitsSayHowToRaiseThemAndTheOptionsDo) {
  TempDir dir;
  const std::string path = dir.write("bon.xml", kSmallCatalogue);
  const cli_test::CliResult limited = run_in_process({"check", path, "--max-sessions", "3"});
  EXPECT_EQ(limited.exit_code, 1);
  EXPECT_NE(limited.err.find(":32:7: error: le catalogue compte plus de 3 sessions"),
            std::string::npos)
      << limited.err;
  EXPECT_NE(limited.err.find("relevez-la avec l'option --max-sessions 4\n"), std::string::npos)
      << limited.err;
  EXPECT_EQ(run_in_process({"check", path, "--max-sessions", "4"}).exit_code, 0);

  // 1 Mo at most, a catalogue of a little more: the size that would do is given.
  std::string big = kSmallCatalogue;
  big.insert(big.find("<catalogue"), "<!--" + std::string(1024 * 1024, ' ') + "-->\n");
  const std::string big_path = dir.write("gros.xml", big);
  const cli_test::CliResult too_big = run_in_process({"check", big_path, "--max-size", "1"});
  EXPECT_EQ(too_big.exit_code, 1);
  EXPECT_NE(too_big.err.find(big_path + ": error: le fichier est trop grand pour être un "
                                        "catalogue (1 Mo au plus) ; s'il est vraiment si grand, "
                                        "relevez la limite avec l'option --max-size 2\n"),
            std::string::npos)
      << too_big.err;
  EXPECT_EQ(run_in_process({"check", big_path, "--max-size", "2"}).exit_code, 0);

  const cli_test::CliResult zero = run_in_process({"check", path, "--max-sessions", "0"});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_NE(zero.err.find("--max-sessions attend un nombre entier de 1 à 100000, pas « 0 »"),
            std::string::npos)
      << zero.err;
}

TEST(Check, MissingFileIsAnErrorNotACrash) {
  TempDir dir;
  const std::string path = (dir.path() / "absent.xml").string();
  const cli_test::CliResult result = run_in_process({"check", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.rfind(path, 0), 0u) << "le message nomme le fichier : " << result.err;
  EXPECT_NE(result.err.find(path + " : 1 erreur, 0 avertissement\n"), std::string::npos)
      << result.err;
}

TEST(Check, TheCatalogueOfTheRepositoryHasNoError) {
  const cli_test::CliResult result = run_in_process({"check", "xml/2026-2027.xml"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("xml/2026-2027.xml : 0 erreur, "), std::string::npos) << result.err;
}

// The templates render would use are checked too: a reference to an unknown
// style is positioned, with the closest name the template defines; a style
// the brochure needs and the template lacks is named once, at the template's
// <template> element.
TEST(Check, TemplateProblemsAreReportedWithTheirPlaceAndASuggestion) {
  TempDir dir;
  const std::string catalogue = dir.write("bon.xml", kSmallCatalogue);
  const std::string shipped =
      cli_test::read_file(std::string(BROCHURE_SOURCE_DIR) + "/templates/brochure.xml");
  const auto check_with = [&](const std::string& brochure) {
    const std::string path = dir.write("brochure.xml", brochure);
    const cli_test::CliResult result = run_in_process({"check", catalogue, "--template", path});
    EXPECT_EQ(result.exit_code, 1);
    std::vector<std::string> lines = lines_of(result.err);
    EXPECT_EQ(lines.size(), 7u) << result.err;  // the catalogue's 4 warnings, 1 error, 2 summaries
    EXPECT_EQ(lines.back(), catalogue + " : 0 erreur, 4 avertissements");
    EXPECT_EQ(lines.end()[-2], path + " : 1 erreur, 0 avertissement");
    return path + ":" + (lines.size() > 4 ? lines[4].substr(path.size() + 1) : "");
  };
  const auto position_of = [](const std::string& text, std::string_view what) {
    const std::size_t offset = text.find(what);
    const std::size_t line_start = text.rfind('\n', offset) + 1;
    return std::to_string(1 + std::count(text.begin(), text.begin() + offset, '\n')) + ":" +
           std::to_string(offset - line_start + 1);
  };

  const std::string misspelt = replaced(shipped, R"(name="overview-cell" based-on="body")",
                                        R"(name="overview-cell" based-on="bodi")");
  EXPECT_EQ(check_with(misspelt),
            dir.path().string() + "/brochure.xml:" + position_of(misspelt, "based-on=\"bodi") +
                ": error: style de paragraphe « bodi » inconnu (il doit être défini avant) ; "
                "vouliez-vous dire « body » ?");

  const std::string lacking =
      replaced(shipped, R"(<paragraph-style name="legend")", R"(<paragraph-style name="legende")");
  EXPECT_EQ(check_with(lacking),
            dir.path().string() + "/brochure.xml:" + position_of(lacking, "<template") +
                ": error: le style de paragraphe « legend » manque : la brochure en a besoin (à "
                "définir par <paragraph-style>) ; vouliez-vous dire « legende » ?");
}

}  // namespace
