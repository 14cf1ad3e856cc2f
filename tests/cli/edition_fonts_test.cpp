// The fonts of the 2026-2027 edition as the program writes them: every font
// of every PDF embedded as a subset of exactly what the file shows, with a
// CIDSet, a CIDToGIDMap and widths that agree with its program; the bytes
// the same whatever the number of jobs, and a flyer the same whether the run
// makes the brochure too or not (each file's subsets depend on it alone).
#include <gtest/gtest.h>

#include <filesystem>

#include "../pdf/embedded_font_checks.hpp"
#include "cli_test_support.hpp"

namespace {

using cli_test::read_file;
using cli_test::TempDir;
namespace fs = std::filesystem;

const std::string kCatalogue = std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml";

std::map<std::string, std::string> rendered(const TempDir& scratch, const std::string& folder,
                                            const std::vector<std::string>& options) {
  const fs::path out = scratch.path() / folder;
  std::vector<std::string> arguments = {"render", kCatalogue, "--out", out.string()};
  arguments.insert(arguments.end(), options.begin(), options.end());
  const cli_test::CliResult result = cli_test::run_binary(scratch, arguments);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::map<std::string, std::string> pdfs;
  for (auto& [name, bytes] : cli_test::files_under(out))
    if (name.ends_with(".pdf")) pdfs[name] = std::move(bytes);
  return pdfs;
}

TEST(EditionFonts, EveryFontIsASubsetThatAgreesWithItsProgram) {
  const TempDir scratch("fonts");
  const std::map<std::string, std::string> pdfs = rendered(scratch, "out", {"--jobs", "2"});
  ASSERT_EQ(pdfs.size(), 17u);  // the brochure and 16 flyers
  for (const auto& [name, bytes] : pdfs) {
    const std::vector<font_checks::EmbeddedFont> fonts = font_checks::embedded_fonts(bytes);
    EXPECT_GE(fonts.size(), 2u) << name;  // regular and bold at least
    for (const font_checks::EmbeddedFont& font : fonts) {
      font_checks::expect_well_embedded(font, name);
      EXPECT_FALSE(font.shown.empty()) << name << " " << font.name;
    }
  }
}

TEST(EditionFonts, SameBytesWithOneJobOrTwoAndWithoutTheBrochure) {
  const TempDir scratch("fonts-jobs");
  const std::map<std::string, std::string> one = rendered(scratch, "one", {"--jobs", "1"});
  const std::map<std::string, std::string> two = rendered(scratch, "two", {"--jobs", "2"});
  ASSERT_EQ(one.size(), 17u);
  EXPECT_TRUE(one == two);
  const std::map<std::string, std::string> flyers =
      rendered(scratch, "flyers", {"--only", "flyers", "--jobs", "2"});
  ASSERT_EQ(flyers.size(), 16u);
  for (const auto& [name, bytes] : flyers) {
    ASSERT_TRUE(one.contains(name)) << name;
    EXPECT_TRUE(one.at(name) == bytes) << name;
  }
}

}  // namespace
