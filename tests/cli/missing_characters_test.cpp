// Never a "?" on paper: `check` reports each character no font prints where it
// was typed, with a hint; `render` refuses them unless asked for warnings; a
// title written 9<sup>e</sup> or with a Greek letter prints as written.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using cli_test::kSmallCatalogue;
using cli_test::read_file;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;

const std::string kTitle = "<title>Bâtir une culture de tutorat</title>";

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++found;
  }
  return found;
}

TEST(MissingCharacters, CheckReportsEachWhereItWasTypedWithAHint) {
  TempDir dir;
  const std::string catalogue =
      dir.write("c.xml", replaced(kSmallCatalogue, kTitle, "<title>Mᵐᵉ rencontre 中</title>"));
  const cli_test::CliResult result = run_in_process({"check", catalogue});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(catalogue + ":18:15: error: les lettres en exposant « ᵐᵉ » n'existent "
                                        "dans aucune police : écrivez M<sup>me</sup>"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(catalogue + ":18:28: error: le caractère « 中 » (U+4E2D)"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(catalogue + " : 2 erreurs"), std::string::npos) << result.err;
}

TEST(MissingCharacters, RenderRefusesThemAndWritesNothing) {
  TempDir dir;
  const std::string catalogue =
      dir.write("c.xml", replaced(kSmallCatalogue, kTitle, "<title>Mᵐᵉ rencontre</title>"));
  const fs::path out = dir.path() / "pdf";
  const cli_test::CliResult result = run_in_process({"render", catalogue, "--out", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(":18:15: error: les lettres en exposant"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("aucun fichier écrit"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(MissingCharacters, AsWarningsTheyAreSaidOnceAndPrintedAsQuestionMarks) {
  TempDir dir;
  const std::string catalogue =
      dir.write("c.xml", replaced(kSmallCatalogue, kTitle, "<title>Mᵐᵉ rencontre</title>"));
  const fs::path out = dir.path() / "pdf";
  const cli_test::CliResult result = run_in_process(
      {"render", catalogue, "--out", out.string(), "--missing-characters", "warning"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(count(result.err, "ᵐᵉ"), 1u) << result.err;
  EXPECT_NE(result.err.find(":18:15: warning: les lettres en exposant « ᵐᵉ »"), std::string::npos)
      << result.err;
  const std::string text =
      test_support::run_command(
          "pdftotext " + cli_test::shell_quoted((out / "brochure-2026-2027.pdf").string()) + " -")
          .output;
  EXPECT_NE(text.find("M?? rencontre"), std::string::npos) << text;
}

TEST(MissingCharacters, AnOrdinalTypedWithASuperscriptLetterIsSetAsOne) {
  // The typography sets "9ᵉ" as 9 and a superscript « e » (issue 13): check
  // accepts it and the paper shows it, with no « ? ».
  TempDir dir;
  const std::string catalogue = dir.write(
      "c.xml", replaced(kSmallCatalogue, kTitle, "<title>La 9ᵉ rencontre, le 1ᵉʳ jour</title>"));
  const cli_test::CliResult checked = run_in_process({"check", catalogue});
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_EQ(checked.err.find("exposant"), std::string::npos) << checked.err;
  const fs::path out = dir.path() / "pdf";
  const cli_test::CliResult result = run_in_process({"render", catalogue, "--out", out.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string text =
      test_support::run_command(
          "pdftotext " + cli_test::shell_quoted((out / "brochure-2026-2027.pdf").string()) + " -")
          .output;
  EXPECT_NE(text.find("La 9e rencontre, le 1er jour"), std::string::npos) << text;
  EXPECT_EQ(text.find('?'), std::string::npos) << text;
}

TEST(MissingCharacters, ASuperscriptAndGreekPrintAsWritten) {
  TempDir dir;
  const std::string catalogue = dir.write(
      "c.xml",
      replaced(kSmallCatalogue, kTitle, "<title>La 9<sup>e</sup> rencontre, α et Ω ☎</title>"));
  EXPECT_EQ(run_in_process({"check", catalogue}).exit_code, 0);
  const fs::path out = dir.path() / "pdf";
  const cli_test::CliResult result = run_in_process({"render", catalogue, "--out", out.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(out)) {
    if (entry.path().extension() != ".pdf") continue;
    const std::string text =
        test_support::run_command("pdftotext " + cli_test::shell_quoted(entry.path().string()) +
                                  " -")
            .output;
    EXPECT_EQ(text.find('?'), std::string::npos) << entry.path();
    if (text.find("rencontre") != std::string::npos) {
      EXPECT_NE(text.find("α et Ω ☎"), std::string::npos) << entry.path();
    }
  }
  // The flyer's file name reads the title without markup, Greek transliterated.
  EXPECT_TRUE(fs::exists(out / "flyers" / "T2610-la-9e-rencontre-a-et-o.pdf"));
}

TEST(MissingCharacters, ATemplatesTextIsCheckedToo) {
  TempDir dir;
  const std::string catalogue = dir.write("c.xml", kSmallCatalogue);
  const std::string flyer = dir.write(
      "flyer.xml", replaced(read_file(std::string(BROCHURE_SOURCE_DIR) + "/templates/flyer.xml"),
                            "<text name=\"label-code\">Code</text>",
                            "<text name=\"label-code\">Code ✪ 中</text>"));
  const cli_test::CliResult result =
      run_in_process({"check", catalogue, "--flyer-template", flyer});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(flyer + ":"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("« 中 » (U+4E2D)"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("✪"), std::string::npos) << result.err;  // DejaVu has it
}

}  // namespace
