// brochure print: the files it writes into print/, the summary for the shop,
// and a template mistake refused with nothing written.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::lines_of;
using cli_test::read_file;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;
namespace fs = std::filesystem;

const std::string kTemplates = std::string(BROCHURE_SOURCE_DIR) + "/templates/";

TEST(Print, WritesTheA5PrintPdfAndItsBookletThenSumsUpForTheShop) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const std::string out_dir = (dir.path() / "out").string();
  const cli_test::CliResult result =
      run_in_process({"print", catalogue, "--out", out_dir, "--a5", "--booklet", "--marks"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_GE(lines.size(), 9u) << result.out;
  EXPECT_TRUE(
      lines[0].starts_with("écrit " + out_dir + "/print/brochure-2026-2027-a5-impression.pdf ("))
      << lines[0];
  EXPECT_TRUE(
      lines[1].starts_with("écrit " + out_dir + "/print/brochure-2026-2027-a5-livret.pdf ("))
      << lines[1];
  EXPECT_EQ(lines[2], "Pour l'imprimeur :");
  EXPECT_EQ(lines[3], "  Format fini (coupe) : 148 × 210 mm (A5)");
  EXPECT_EQ(lines[4],
            "  Fond perdu : 3 mm de chaque côté (TrimBox et BleedBox sur chaque page), traits de "
            "coupe");
  EXPECT_TRUE(lines[8].starts_with("  Livret : ")) << lines[8];
  EXPECT_TRUE(
      read_file(out_dir + "/print/brochure-2026-2027-a5-impression.pdf").starts_with("%PDF-"));
  EXPECT_TRUE(read_file(out_dir + "/print/brochure-2026-2027-a5-livret.pdf").starts_with("%PDF-"));
  // Only the print files: the screen brochure is not touched.
  EXPECT_FALSE(fs::exists(out_dir + "/brochure-2026-2027.pdf"));
}

TEST(Print, RefusesABleedOverTenMillimetresWithItsPlaceAndWritesNothing) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const std::string tmpl =
      dir.write("brochure.xml", replaced(read_file(kTemplates + "brochure.xml"),
                                         "<page-master name=\"page\" size=\"A4\"",
                                         "<page-master name=\"page\" size=\"A4\" bleed=\"12mm\""));
  const std::string out_dir = (dir.path() / "out").string();
  const cli_test::CliResult result =
      run_in_process({"print", catalogue, "--out", out_dir, "--template", tmpl});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("brochure.xml:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(": error: l'attribut « bleed » vaut « 12mm » ; attendu : une longueur "
                            "de 0 à 10 mm"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("aucun fichier écrit"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out_dir + "/print"));
}

}  // namespace
