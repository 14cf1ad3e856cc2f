// brochure list: the sessions by date as an aligned table.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

TEST(List, JsonHasEverySessionWithItsDaysInOrder) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"list", path, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["edition"], "2026-2027");
  ASSERT_EQ(document["sessions"].size(), 4u);
  const nlohmann::json& first = document["sessions"][0];
  EXPECT_EQ(first["code"], "T2604");
  EXPECT_EQ(first["type"], "intervision");
  EXPECT_EQ(first["operator"], "cerso");
  EXPECT_EQ(first["operator_name"], "CERSO");
  EXPECT_EQ(first["title"], "Échange et... change");
  EXPECT_EQ(first["city"], "Namur");
  EXPECT_EQ(first["days"].size(), 4u);
  EXPECT_EQ(first["days"][3]["date"], "2026-12-15");
  EXPECT_EQ(first["days"][3]["start"], "09:30");
  EXPECT_EQ(first["days"][3]["end"], "12:30");
  EXPECT_EQ(first["dates"],
            "4 mardis matin : 22 septembre, 13 octobre, 17 novembre et 15 décembre 2026");
  EXPECT_EQ(document["sessions"][3]["code"], "T2703");
}

TEST(List, CsvOpensInAFrenchSpreadsheetAndQuotesWhatMustBe) {
  TempDir dir;
  const std::string path =
      dir.write("petit.xml", replaced(kSmallCatalogue, "<title>Échange et... change</title>",
                                      "<title>Échange; et \"change\"</title>"));
  const cli_test::CliResult result = run_in_process({"list", path, "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = cli_test::lines_of(result.out);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0],
            "\xEF\xBB\xBF"
            "code;type;opérateur;titre;dates;jours;heures;lieu;adresse\r");
  EXPECT_EQ(lines[1],
            "T2604;intervision;CERSO;\"Échange; et \"\"change\"\"\";2026-09-22 2026-10-13 "
            "2026-11-17 2026-12-15;4;9h30-12h30;Namur;Namur\r");
  EXPECT_EQ(lines[2].substr(0, 30), "T2605;atelier;Le Grain;Anticip");
}

TEST(List, SummaryCountsSessionsAndDaysPerMonthOperatorAndPlace) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"list", path, "--summary"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = cli_test::lines_of(result.out);
  ASSERT_GE(lines.size(), 20u) << result.out;
  EXPECT_EQ(lines[0],
            "Édition 2026-2027 : 4 sessions (3 ateliers, 1 intervision), 7 jours de "
            "formation");
  // Every month of the period; T2604 counts once in September, its days in
  // their own months.
  EXPECT_NE(result.out.find("septembre 2026           2         2\n"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("décembre 2026            0         1\n"), std::string::npos);
  EXPECT_NE(result.out.find("juin 2027                0         0\n"), std::string::npos);
  EXPECT_NE(result.out.find("CERSO          3         6\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Le Grain       1         1\n"), std::string::npos);
  EXPECT_NE(result.out.find("Namur             2         5\n"), std::string::npos);

  const cli_test::CliResult json = run_in_process({"list", path, "--summary", "--format=json"});
  ASSERT_EQ(json.exit_code, 0);
  const nlohmann::json document = nlohmann::json::parse(json.out);
  EXPECT_EQ(document["days"], 7);
  EXPECT_EQ(document["by_month"].size(), 10u);
  EXPECT_EQ(document["by_operator"][1]["name"], "CERSO");
  EXPECT_EQ(document["by_operator"][1]["days"], 6);
}

TEST(List, AnUnknownFormatIsACommandLineMistake) {
  const cli_test::CliResult result = run_in_process({"list", "a.xml", "--format", "xls"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--format attend « text », « json » ou « csv », pas « xls »"),
            std::string::npos)
      << result.err;
}

}  // namespace
