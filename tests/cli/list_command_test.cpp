// brochure list: the sessions by date as an aligned table.
#include <gtest/gtest.h>

#include "cli/text_table.hpp"
#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::lines_of;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;

TEST(List, SmallCatalogueByDateWithAlignedColumns) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"list", path});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // The sessions have no sheet: warned about in one line, not one per session.
  EXPECT_EQ(result.err,
            path + " : 4 avertissements ; « brochure check " + path + " » les détaille\n");
  // 120 columns: the longest titles give way, accented cells stay aligned.
  EXPECT_EQ(
      result.out,
      "Code   Type         Opérateur  Titre                  Dates                         "
      "                    Lieu\n" +
          std::string(120, '-') +
          "\n"
          "T2604  intervision  CERSO      Échange et... change   4 mar. matin : 22/09, 13/10, "
          "17/11 et 15/12/2026  Namur\n"
          "T2605  atelier      Le Grain   Anticiper la venue d…  jeu. 24/09/2026               "
          "                    Bruxelles\n"
          "T2610  atelier      CERSO      Bâtir une culture de…  lun. 16/11/2026               "
          "                    Namur\n"
          "T2703  atelier      CERSO      Bâtir une culture de…  jeu. 18/03/2027               "
          "                    Louvain-la-Neuve\n"
          "4 sessions : 3 ateliers, 1 intervision\n");
}

TEST(List, NarrowTerminalShortensTextsNotDates) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"list", path}, 100);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 7u) << result.out;
  EXPECT_EQ(lines[2],
            "T2604  intervision  CERSO     Échange e…  4 mar. matin : 22/09, 13/10, 17/11 et "
            "15/12/2026  Namur");
  EXPECT_EQ(lines[5],
            "T2703  atelier      CERSO     Bâtir une…  jeu. 18/03/2027                     "
            "              Louvain…");
  for (const std::string& line : lines) EXPECT_LE(cli::display_width(line), 100u) << line;
}

TEST(List, CatalogueWithErrorsListsNothing) {
  TempDir dir;
  const std::string path = dir.write(
      "mauvais.xml", replaced(kSmallCatalogue, R"(date="2027-03-18")", R"(date="18/03/2027")"));
  const cli_test::CliResult result = run_in_process({"list", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find(path + ":20:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(path + " : 1 erreur, "), std::string::npos) << result.err;
}

// The catalogue of the repository: its 16 sessions in date order, with their dates.
TEST(List, TheCatalogueOfTheRepository) {
  const cli_test::CliResult result = run_in_process({"list", "xml/2026-2027.xml"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 2u + 16u + 1u) << result.out;

  const std::vector<std::pair<std::string, std::string>> expected = {
      {"T2604", "4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026"},
      {"T2605", "jeu. 24/09/2026"},
      {"T2606", "mar. 29/09 et 24/11/2026"},
      {"T2607", "mar. 06/10/2026"},
      {"T2608", "mar. 06/10/2026"},
      {"T2609", "mar. 13/10/2026"},
      {"T2610", "lun. 16/11/2026"},
      {"T2612", "jeu. 19/11 et 03/12/2026"},
      {"T2611", "mar. 01/12/2026"},
      {"T2613", "lun. 07/12/2026"},
      {"T2701", "4 jeu. matin : 21/01, 04/02, 25/02 et 04/03/2027"},
      {"T2702", "jeu. 04/02/2027"},
      {"T2703", "jeu. 18/03/2027"},
      {"T2704", "mar. 23/03/2027"},
      {"T2705", "jeu. 25/03/2027"},
      {"T2706", "jeu. 27/05/2027"},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const std::string& line = lines[2 + i];
    EXPECT_EQ(line.substr(0, 5), expected[i].first) << line;
    EXPECT_NE(line.find("  " + expected[i].second + "  "), std::string::npos) << line;
  }
  for (const std::string& line : lines) EXPECT_LE(cli::display_width(line), 120u) << line;
  EXPECT_EQ(lines.back(), "16 sessions : 13 ateliers, 3 intervisions");
}

}  // namespace
