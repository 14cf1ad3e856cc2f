// brochure check: diagnostics with their position, a summary, the exit code.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;

TEST(Check, GoodCatalogueExitsZeroWithSummaryOnly) {
  TempDir dir;
  const std::string path = dir.write("bon.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"check", path});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, path + " : 0 erreur, 0 avertissement\n");
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
  EXPECT_NE(result.err.find(path + ":13:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(path + ":17:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(": error: "), std::string::npos) << result.err;
  // The summary comes last and counts what was printed.
  EXPECT_NE(result.err.find("\n" + path + " : 2 erreurs, "), std::string::npos) << result.err;
  EXPECT_EQ(result.err.back(), '\n');
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
