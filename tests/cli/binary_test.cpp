// The built program, end to end: exit codes and streams as a shell sees them.
#include <gtest/gtest.h>

#include "cli/text_table.hpp"
#include "cli_test_support.hpp"

namespace {

using cli_test::run_binary;
using cli_test::TempDir;

TEST(Binary, VersionAndHelpExitZero) {
  TempDir dir;
  const cli_test::CliResult version = run_binary(dir, {"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("brochure ", 0), 0u) << version.out;

  const cli_test::CliResult help = run_binary(dir, {"help", "list"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.out.rfind("Utilisation : brochure list FICHIER", 0), 0u) << help.out;
}

TEST(Binary, UsageErrorExitsTwo) {
  TempDir dir;
  const cli_test::CliResult result =
      run_binary(dir, {"render", "xml/2026-2027.xml", "--jobs", "x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("voir « brochure --help »"), std::string::npos) << result.err;
  EXPECT_EQ(run_binary(dir, {}).exit_code, 2);
}

TEST(Binary, CheckExitsZeroOnTheRepositoryCatalogueAndOneOnErrors) {
  TempDir dir;
  EXPECT_EQ(run_binary(dir, {"check", "xml/2026-2027.xml"}).exit_code, 0);
  const std::string broken =
      dir.write("mauvais.xml", cli_test::replaced(cli_test::kSmallCatalogue, "</catalogue>", ""));
  const cli_test::CliResult result = run_binary(dir, {"check", broken});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(broken + ":"), std::string::npos) << result.err;
}

TEST(Binary, ListFollowsColumns) {
  TempDir dir;
  const cli_test::CliResult result = run_binary(dir, {"list", "xml/2026-2027.xml"}, "COLUMNS=100");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::size_t widest = 0;
  std::size_t start = 0;
  for (std::size_t end; (end = result.out.find('\n', start)) != std::string::npos;
       start = end + 1) {
    widest = std::max(widest, cli::display_width(result.out.substr(start, end - start)));
  }
  EXPECT_LE(widest, 100u) << result.out;
  EXPECT_GE(widest, 95u) << "la largeur disponible est utilisée : " << result.out;
}

TEST(Binary, RenderAndFlyerStopOnCatalogueErrors) {
  TempDir dir;
  const std::string broken =
      dir.write("mauvais.xml", cli_test::replaced(cli_test::kSmallCatalogue, "</catalogue>", ""));
  EXPECT_EQ(run_binary(dir, {"render", broken, "--out", dir.path().string()}).exit_code, 1);
  EXPECT_EQ(
      run_binary(dir, {"flyer", broken, "T2605", "-o", (dir.path() / "f.pdf").string()}).exit_code,
      1);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "f.pdf"));
}

}  // namespace
