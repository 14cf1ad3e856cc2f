// The installed program (cmake --install, as the Debian package lays it out):
// its data under PREFIX/share/brochure, found without BROCHURE_DATA_DIR, from
// any folder; its modules (previews, mail drafts, the finishing pass) under
// PREFIX/lib/brochure.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using cli_test::TempDir;
using test_support::run_command;
using test_support::shell_quoted;

class Installed : public testing::Test {
 protected:
  void SetUp() override {
    const fs::path build = fs::path(BROCHURE_BINARY).parent_path();
    const test_support::CommandResult installed =
        run_command("cmake --install " + shell_quoted(build.string()) + " --prefix " +
                        shell_quoted(prefix().string()),
                    test_support::Stderr::merged);
    ASSERT_EQ(installed.exit_code, 0) << installed.output;
  }
  fs::path prefix() const { return scratch_.path() / "usr"; }
  // A staff member's folder holding the edition's catalogue, outside the sources.
  fs::path work_folder() const {
    const fs::path work = scratch_.path() / "Formations";
    fs::create_directories(work / "xml");
    fs::copy_file(fs::path(BROCHURE_SOURCE_DIR) / "xml/2026-2027.xml", work / "xml/2026-2027.xml");
    return work;
  }
  fs::path data() const { return prefix() / "share" / "brochure"; }
  // Runs the installed program in `folder`, without BROCHURE_DATA_DIR.
  test_support::CommandResult run_installed(const fs::path& folder, const std::string& arguments) {
    return run_command("cd " + shell_quoted(folder.string()) + " && env -u BROCHURE_DATA_DIR " +
                           shell_quoted((prefix() / "bin" / "brochure").string()) + " " + arguments,
                       test_support::Stderr::merged);
  }
  TempDir scratch_;
};

TEST_F(Installed, LaysOutTheProgramItsDataAndItsDocumentation) {
  EXPECT_TRUE(fs::exists(prefix() / "bin" / "brochure"));
  for (const char* file :
       {"templates/brochure.xml", "templates/flyer.xml", "templates/palette.xml",
        "templates/mail.xml", "templates/agenda.xml", "templates/template.xsd",
        "fonts/LivretSans-Regular.ttf", "fonts/DejaVuSans.ttf", "icc/sRGB.icc",
        "timezones/Europe-Brussels.ics", "xml/catalogue.xsd", "tests/fixtures/demo.xml"}) {
    EXPECT_TRUE(fs::is_regular_file(data() / file)) << file;
  }
  EXPECT_TRUE(fs::exists(prefix() / "share/man/fr/man1/brochure.1.gz"));
  EXPECT_TRUE(fs::exists(prefix() / "share/man/man1/brochure.1.gz"));
  EXPECT_TRUE(fs::exists(prefix() / "share/doc/brochure/guide.md"));
  EXPECT_TRUE(fs::is_regular_file(prefix() / "lib/brochure/libbrochure-preview.so"));
  EXPECT_TRUE(fs::is_regular_file(prefix() / "lib/brochure/libbrochure-mail.so"));
  EXPECT_TRUE(fs::is_regular_file(prefix() / "lib/brochure/libbrochure-finishing.so"));
}

// Previews and mail drafts come from modules loaded when first needed: the
// installed program finds its own, and says what to do when one is missing
// (and writes nothing).
TEST_F(Installed, LoadsItsModulesWhenAPreviewOrAMailIsAskedFor) {
  const fs::path work = work_folder();
  const test_support::CommandResult previews =
      run_installed(work, "render xml/2026-2027.xml --only flyers --preview");
  ASSERT_EQ(previews.exit_code, 0) << previews.output;
  EXPECT_TRUE(fs::is_regular_file(
      work / "out/2026-2027/previews/T2605-anticiper-la-venue-d-un-stagiaire.png"));
  const test_support::CommandResult mails =
      run_installed(work, "mail xml/2026-2027.xml --out courrier");
  ASSERT_EQ(mails.exit_code, 0) << mails.output;
  EXPECT_TRUE(
      fs::is_regular_file(work / "courrier/mail/T2605-anticiper-la-venue-d-un-stagiaire.eml"));

  fs::remove(prefix() / "lib/brochure/libbrochure-preview.so");
  const test_support::CommandResult missing =
      run_installed(work, "render xml/2026-2027.xml --only flyers --preview --out ailleurs");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.output.find("libbrochure-preview.so est introuvable"), std::string::npos)
      << missing.output;
  EXPECT_NE(missing.output.find("réinstallez le programme"), std::string::npos) << missing.output;
  EXPECT_FALSE(fs::exists(work / "ailleurs")) << missing.output;
}

// Every PDF is finished by a module: without it, the run says once which file
// is missing and what to do, and writes nothing; `check` never needs it.
TEST_F(Installed, SaysSoWhenTheFinishingModuleIsMissing) {
  const fs::path work = work_folder();
  fs::remove(prefix() / "lib/brochure/libbrochure-finishing.so");
  for (const char* command :
       {"render xml/2026-2027.xml --out ailleurs", "archive xml/2026-2027.xml --out ailleurs"}) {
    const test_support::CommandResult missing = run_installed(work, command);
    EXPECT_NE(missing.exit_code, 0) << command;
    const std::string said = "libbrochure-finishing.so est introuvable";
    const std::size_t first = missing.output.find(said);
    ASSERT_NE(first, std::string::npos) << missing.output;
    EXPECT_EQ(missing.output.find(said, first + 1), std::string::npos)  // once, not per file
        << missing.output;
    EXPECT_NE(missing.output.find("réinstallez le programme"), std::string::npos) << missing.output;
    EXPECT_FALSE(fs::exists(work / "ailleurs")) << missing.output;
  }
  const test_support::CommandResult checked = run_installed(work, "check xml/2026-2027.xml");
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
}

TEST_F(Installed, RendersTheEditionFromAnyFolderWithItsOwnData) {
  const fs::path work = work_folder();
  const test_support::CommandResult rendered =
      run_installed(work, "render xml/2026-2027.xml --only brochure");
  ASSERT_EQ(rendered.exit_code, 0) << rendered.output;
  EXPECT_TRUE(fs::exists(work / "out/2026-2027/brochure-2026-2027.pdf"));

  // The data it read is the installed copy, not the source tree: without its
  // flyer template, the installed program says which file is missing.
  fs::remove(data() / "templates/flyer.xml");
  const test_support::CommandResult checked = run_installed(work, "check xml/2026-2027.xml");
  EXPECT_EQ(checked.exit_code, 1);
  EXPECT_NE(checked.output.find((data() / "templates/flyer.xml").string()), std::string::npos)
      << checked.output;

  // A templates/ folder in the working folder is used instead of the installed one.
  fs::copy(data() / "templates", work / "templates");
  fs::copy_file(fs::path(BROCHURE_SOURCE_DIR) / "templates/flyer.xml",
                work / "templates/flyer.xml");
  const test_support::CommandResult local = run_installed(work, "check xml/2026-2027.xml");
  EXPECT_EQ(local.exit_code, 0) << local.output;
}

}  // namespace
