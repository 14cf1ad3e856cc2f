// brochure next-edition: the new catalogue written beside this year's, never
// over a file already there, and it passes `brochure check`.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::read_file;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;
namespace fs = std::filesystem;

TEST(NextEditionCommand, WritesTheNextCatalogueBesideThisOneAndItPassesCheck) {
  TempDir dir;
  const std::string path = dir.write("2026-2027.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"next-edition", path, "2027-2028"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const fs::path written = dir.path() / "2027-2028.xml";
  ASSERT_TRUE(fs::exists(written));
  EXPECT_NE(result.out.find("écrit " + written.string() +
                            " : édition 2027-2028, du mercredi 1er septembre 2027 au vendredi "
                            "30 juin 2028\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("  T2604 → T2704  4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026  →  "
                            "4 mar. matin : 21/09, 12/10, 16/11 et 14/12/2027\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("T2703 → T2803"), std::string::npos);
  // The new file's own warnings (sessions without a sheet) and none of this year's.
  EXPECT_EQ(result.err.find(path), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(written.string() + " : 0 erreur, 4 avertissements"), std::string::npos)
      << result.err;

  const cli_test::CliResult check = run_in_process({"check", written.string()});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(read_file(path), kSmallCatalogue);  // this year's catalogue untouched
  // Nothing but the new catalogue was left in the folder.
  EXPECT_EQ(cli_test::files_under(dir.path()).size(), 2u);
}

TEST(NextEditionCommand, NeverReplacesAnExistingCatalogueUnlessForced) {
  TempDir dir;
  const std::string path = dir.write("2026-2027.xml", kSmallCatalogue);
  const std::string started = dir.write("2027-2028.xml", "<!-- déjà commencé -->\n");
  const cli_test::CliResult refused = run_in_process({"next-edition", path, "2027-2028"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find(started + " existe déjà"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--force"), std::string::npos);
  EXPECT_EQ(read_file(started), "<!-- déjà commencé -->\n");

  const cli_test::CliResult forced = run_in_process({"next-edition", path, "2027-2028", "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(read_file(started).find(R"(edition="2027-2028")"), std::string::npos);
  EXPECT_TRUE(forced.out.starts_with("écrit " + started + " : ")) << forced.out;

  // Made again from the same catalogue: the same file, left as it was.
  const cli_test::CliResult again = run_in_process({"next-edition", path, "2027-2028", "--force"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(again.out.starts_with("inchangé " + started + " : édition 2027-2028")) << again.out;
}

TEST(NextEditionCommand, RefusesToWriteOverTheCatalogueItReads) {
  TempDir dir;
  const std::string path = dir.write("2026-2027.xml", kSmallCatalogue);
  const cli_test::CliResult result =
      run_in_process({"next-edition", path, "2027-2028", "-o", path, "--force"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("est le catalogue lu"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(path), kSmallCatalogue);
}

TEST(NextEditionCommand, ACatalogueWithErrorsOrAWrongEditionWritesNothing) {
  TempDir dir;
  const std::string bad = dir.write(
      "2026-2027.xml", replaced(kSmallCatalogue, R"(date="2027-03-18")", R"(date="18/03/2027")"));
  const cli_test::CliResult errors = run_in_process({"next-edition", bad, "2027-2028"});
  EXPECT_EQ(errors.exit_code, 1);
  EXPECT_NE(errors.err.find(bad + ":20:14: error:"), std::string::npos) << errors.err;
  EXPECT_NE(errors.err.find("aucun fichier écrit"), std::string::npos);

  TempDir other;
  const std::string good = other.write("2026-2027.xml", kSmallCatalogue);
  const cli_test::CliResult wrong = run_in_process({"next-edition", good, "2027"});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("l'édition « 2027 » doit s'écrire AAAA-AAAA"), std::string::npos)
      << wrong.err;
  const cli_test::CliResult earlier = run_in_process({"next-edition", good, "2025-2026"});
  EXPECT_EQ(earlier.exit_code, 2);
  EXPECT_EQ(cli_test::files_under(dir.path()).size(), 1u);
  EXPECT_EQ(cli_test::files_under(other.path()).size(), 1u);
}

}  // namespace
