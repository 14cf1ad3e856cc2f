// brochure render / flyer before the documents stage exists: the catalogue is
// still checked, the session code looked up, and the user told plainly that
// this build produces no PDF. Replace the "Unavailable" tests with the real
// ones when run_render and run_flyer are wired to src/documents.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::run_in_process;
using cli_test::TempDir;

constexpr const char* kUnavailable = "ne sait pas encore produire les PDF";

TEST(Render, UnavailableInThisBuildAfterCheckingTheCatalogue) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const std::string out_dir = (dir.path() / "pdf").string();
  const cli_test::CliResult result = run_in_process({"render", path, "--out", out_dir});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(kUnavailable), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(out_dir));
}

TEST(Flyer, UnknownCodeNamesTheExistingOnes) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"flyer", path, "T9999"});
  EXPECT_EQ(result.exit_code, 1);
  const std::string message = "brochure : aucune session « T9999 » dans " + path +
                              " ; les codes sont : T2604, T2605, T2610, T2703\n";
  // After the catalogue's warnings, which render and flyer show in full.
  ASSERT_GE(result.err.size(), message.size()) << result.err;
  EXPECT_EQ(result.err.substr(result.err.size() - message.size()), message);
  EXPECT_NE(result.err.find(path + ":12:7: warning: "), std::string::npos) << result.err;
}

TEST(Flyer, UnavailableInThisBuildEvenForALowerCaseCode) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"flyer", path, "t2605"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.find("aucune session"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(kUnavailable), std::string::npos) << result.err;
}

}  // namespace
