// brochure demo: the layout demo written as a valid PDF by the real program,
// the line it prints, its help, and its exit codes on mistakes.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "cli_test_support.hpp"

namespace {

using cli_test::read_file;
using cli_test::run_binary;
using cli_test::run_in_process;
using cli_test::shell_quoted;
using cli_test::TempDir;
namespace fs = std::filesystem;

TEST(Demo, WritesAValidTwoPagePdfWhereAsked) {
  TempDir dir;
  const fs::path path = dir.path() / "sous-dossier" / "demo.pdf";
  const cli_test::CliResult result = run_binary(dir, {"demo", "-o", path.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  const std::regex line("écrit " + path.string() + R"( \(2 pages, \d+ Ko\)\n)");
  EXPECT_TRUE(std::regex_match(result.out, line)) << result.out;
  ASSERT_TRUE(read_file(path).starts_with("%PDF-"));
  const std::string check = "qpdf --check " + shell_quoted(path.string()) + " >/dev/null 2>&1";
  EXPECT_EQ(std::system(check.c_str()), 0) << "qpdf --check failed on " << path;
}

// Made again, the demo is the same file (it has no date without
// SOURCE_DATE_EPOCH): left as it was, and said so.
TEST(Demo, MadeAgainTheSameFileIsLeftAsItWas) {
  TempDir dir;
  const fs::path path = dir.path() / "demo.pdf";
  ASSERT_EQ(run_binary(dir, {"demo", "-o", path.string()}).exit_code, 0);
  const auto date = fs::last_write_time(path) - std::chrono::hours(1);
  fs::last_write_time(path, date);
  const cli_test::CliResult again = run_binary(dir, {"demo", "-o", path.string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const std::regex line("inchangé " + path.string() + R"( \(2 pages, \d+ Ko\)\n)");
  EXPECT_TRUE(std::regex_match(again.out, line)) << again.out;
  EXPECT_EQ(fs::last_write_time(path), date);
}

TEST(Demo, DefaultsToOutDemoPdfUnderTheCurrentDirectory) {
  TempDir dir;
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  const cli_test::CliResult result = run_in_process({"demo"});
  fs::current_path(previous);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("écrit out/demo.pdf (2 pages, ")) << result.out;
  EXPECT_TRUE(read_file(dir.path() / "out" / "demo.pdf").starts_with("%PDF-"));
}

TEST(Demo, ABadDemoFileIsReportedAtItsPlaceAndNothingIsWritten) {
  TempDir dir;
  const std::string demo = dir.write("demo.xml",
                                     "<demo template=\"templates/demo.xml\" master=\"page\">\n  "
                                     "<paragraf>x</paragraf>\n</demo>\n");
  const fs::path path = dir.path() / "demo.pdf";
  const cli_test::CliResult result = run_in_process({"demo", demo, "-o", path.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(demo + ":2:3: error:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("n'a pas été écrit"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(path));
}

TEST(Demo, UsageMistakesExitWithTwo) {
  EXPECT_EQ(run_in_process({"demo", "a.xml", "b.xml"}).exit_code, 2);
  EXPECT_EQ(run_in_process({"demo", "--sortie", "x.pdf"}).exit_code, 2);
  EXPECT_EQ(run_in_process({"demo", "-o"}).exit_code, 2);
}

TEST(Demo, HelpDescribesTheCommand) {
  const cli_test::CliResult general = run_in_process({"--help"});
  EXPECT_NE(general.out.find("  demo [FICHIER]"), std::string::npos) << general.out;
  const cli_test::CliResult help = run_in_process({"demo", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Utilisation : brochure demo [FICHIER] [options]"), std::string::npos)
      << help.out;
  EXPECT_NE(help.out.find("-o, --output FICHIER"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("out/demo.pdf"), std::string::npos) << help.out;
}

}  // namespace
