// brochure check: diagnostics with their position, a summary, the exit code.
#include <gtest/gtest.h>

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

}  // namespace
