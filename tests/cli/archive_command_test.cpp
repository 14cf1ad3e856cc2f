// brochure archive / brochure verify, in-process: the edition archived and
// proven again byte for byte; every single-byte change, missing file, foreign
// file and edited embedded catalogue named; another program's fonts told
// apart from tampering; an archive folder holding other things refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "../support/environment.hpp"
#include "../support/test_images.hpp"
#include "cli_test_support.hpp"

namespace {

using cli_test::kSmallCatalogue;
using cli_test::read_file;
using cli_test::run_in_process;
using cli_test::TempDir;
namespace fs = std::filesystem;

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A small edition archived once per test program; each test works on a copy.
class Archive : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir("archive");
    catalogue_ = scratch_->write("petit.xml", kSmallCatalogue);
    archive_ = scratch_->path() / "archive";
    const cli_test::CliResult made =
        run_in_process({"archive", catalogue_, "--out", archive_.string()});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    made_ = made;
  }
  static void TearDownTestSuite() { delete scratch_; }

  fs::path copy() {
    const fs::path target = dir_.path() / "copie";
    fs::copy(archive_, target, fs::copy_options::recursive);
    return target;
  }

  TempDir dir_;
  static inline TempDir* scratch_ = nullptr;
  static inline std::string catalogue_;
  static inline fs::path archive_;
  static inline cli_test::CliResult made_;
};

TEST_F(Archive, HoldsThePdfaBrochureTheFlyersAndTheManifest) {
  const auto files = cli_test::files_under(archive_);
  EXPECT_EQ(files.size(), 6u);  // brochure, 4 flyers, manifest.json
  EXPECT_TRUE(files.contains("brochure-2026-2027.pdf"));
  EXPECT_TRUE(files.contains("flyers/T2605-anticiper-la-venue-d-un-stagiaire.pdf"));
  EXPECT_TRUE(files.contains("manifest.json"));
  EXPECT_NE(made_.out.find("écrit " + (archive_ / "manifest.json").string()), std::string::npos)
      << made_.out;
  // The manifest lists every other file with its size and digest.
  const std::string manifest = files.at("manifest.json");
  for (const auto& [path, bytes] : files) {
    if (path == "manifest.json") continue;
    EXPECT_NE(manifest.find("\"path\": \"" + path + "\""), std::string::npos) << path;
    EXPECT_NE(manifest.find("\"size\": " + std::to_string(bytes.size())), std::string::npos)
        << path;
  }
  EXPECT_NE(manifest.find("\"origin\": \"edition-start\""), std::string::npos) << manifest;
  // The brochure is PDF/A-3b and carries the catalogue as it was.
  const std::string brochure = files.at("brochure-2026-2027.pdf");
  EXPECT_TRUE(brochure.starts_with("%PDF-1.7"));
  EXPECT_NE(brochure.find("<pdfaid:part>3</pdfaid:part>"), std::string::npos);
}

TEST_F(Archive, VerifySaysIntactAndReproduced) {
  const cli_test::CliResult verified = run_in_process({"verify", archive_.string()});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_EQ(verified.err, "");
  EXPECT_EQ(verified.out, archive_.string() +
                              " : archive intacte — 5 fichiers conformes au manifeste, refaits "
                              "octet pour octet à partir du catalogue qu'elle contient\n");
}

TEST_F(Archive, ArchivingAgainGivesTheSameBytes) {
  const fs::path again = dir_.path() / "encore";
  ASSERT_EQ(run_in_process({"archive", catalogue_, "--out", again.string()}).exit_code, 0);
  EXPECT_TRUE(cli_test::files_under(again) == cli_test::files_under(archive_));
}

TEST_F(Archive, OneChangedByteInAnyFileIsFoundAndNamed) {
  for (const auto& [path, bytes] : cli_test::files_under(archive_)) {
    for (const double where : {0.02, 0.5, 0.98}) {
      const fs::path copied = copy();
      std::string changed = bytes;
      const std::size_t at = static_cast<std::size_t>(static_cast<double>(changed.size()) * where);
      changed[at] = static_cast<char>(changed[at] ^ 0x01);
      write_bytes(copied / path, changed);
      const cli_test::CliResult verified = run_in_process({"verify", copied.string()});
      EXPECT_EQ(verified.exit_code, 1) << path << " @" << at << "\n" << verified.out;
      // The message names the changed file, or manifest.json when a digest
      // in it was changed (the file itself still renders the same).
      EXPECT_TRUE(verified.err.find((copied / path).string()) != std::string::npos ||
                  verified.err.find((copied / "manifest.json").string()) != std::string::npos)
          << path << " @" << at << "\n"
          << verified.err;
      EXPECT_NE(verified.err.find("l'archive " + copied.string() + " a été modifiée"),
                std::string::npos)
          << verified.err;
      fs::remove_all(copied);
    }
  }
}

TEST_F(Archive, MissingAndForeignFilesAreNamed) {
  const fs::path copied = copy();
  fs::remove(copied / "flyers/T2610-batir-une-culture-de-tutorat.pdf");
  write_bytes(copied / "notes.txt", "à garder");
  const cli_test::CliResult verified = run_in_process({"verify", copied.string()});
  EXPECT_EQ(verified.exit_code, 1);
  EXPECT_NE(verified.err.find((copied / "flyers/T2610-batir-une-culture-de-tutorat.pdf").string() +
                              ": error: fichier manquant"),
            std::string::npos)
      << verified.err;
  EXPECT_NE(
      verified.err.find((copied / "notes.txt").string() + ": error: fichier étranger à l'archive"),
      std::string::npos)
      << verified.err;
}

TEST_F(Archive, AnEditedEmbeddedCatalogueIsFound) {
  // Uncompress the brochure, change a word of the catalogue inside, rebuild.
  const fs::path copied = copy();
  const fs::path brochure = copied / "brochure-2026-2027.pdf";
  const fs::path open = dir_.path() / "ouvert.pdf";
  const std::string qdf = "qpdf --qdf --object-streams=disable --stream-data=uncompress " +
                          cli_test::shell_quoted(brochure.string()) + " " +
                          cli_test::shell_quoted(open.string());
  ASSERT_EQ(std::system(qdf.c_str()), 0);
  std::string text = read_file(open);
  const std::size_t at = text.find("Bâtir une culture de tutorat</title>");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 6, "BÂTIR");  // same length in bytes: B, Â (2 bytes), T, I, R
  write_bytes(open, text);
  const fs::path fixed = dir_.path() / "repare.pdf";
  const std::string rebuild = "fix-qdf " + cli_test::shell_quoted(open.string()) + " > " +
                              cli_test::shell_quoted(fixed.string()) + " && qpdf " +
                              cli_test::shell_quoted(fixed.string()) + " " +
                              cli_test::shell_quoted(brochure.string());
  ASSERT_EQ(std::system(rebuild.c_str()), 0);

  const cli_test::CliResult verified = run_in_process({"verify", copied.string()});
  EXPECT_EQ(verified.exit_code, 1);
  EXPECT_NE(verified.err.find("le catalogue incorporé « petit.xml » a été modifié"),
            std::string::npos)
      << verified.err;
}

TEST_F(Archive, AReformattedManifestIsFound) {
  const fs::path copied = copy();
  std::string manifest = read_file(copied / "manifest.json");
  manifest.insert(manifest.find("\"edition\""), "  ");
  write_bytes(copied / "manifest.json", manifest);
  const cli_test::CliResult verified = run_in_process({"verify", copied.string()});
  EXPECT_EQ(verified.exit_code, 1);
  EXPECT_NE(verified.err.find((copied / "manifest.json").string() +
                              ":3:1: error: manifest.json a été modifié après l'archivage"),
            std::string::npos)
      << verified.err;
}

TEST_F(Archive, OtherFontsAreToldApartFromTampering) {
  // The same data directory, but the main face is the original Carlito that
  // fonts/ was reduced from: same metrics, other bytes.
  const fs::path data = dir_.path() / "donnees";
  fs::create_directories(data);
  for (const char* folder : {"fonts", "templates", "icc"})
    fs::copy(fs::path(BROCHURE_SOURCE_DIR) / folder, data / folder, fs::copy_options::recursive);
  fs::copy_file("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                data / "fonts/LivretSans-Regular.ttf", fs::copy_options::overwrite_existing);
  const test_support::EnvironmentVariable data_dir("BROCHURE_DATA_DIR", data.c_str());
  const cli_test::CliResult verified = run_in_process({"verify", archive_.string()});
  EXPECT_EQ(verified.exit_code, 3) << verified.err;
  EXPECT_NE(verified.err.find(archive_.string() +
                              ": warning: la police « fonts/LivretSans-Regular.ttf » n'est pas "
                              "celle de l'archive (autre empreinte SHA-256)"),
            std::string::npos)
      << verified.err;
  EXPECT_EQ(verified.err.find("error:"), std::string::npos) << verified.err;
  EXPECT_NE(verified.out.find("archive intacte (5 fichiers conformes au manifeste), mais faite "
                              "par une autre version de brochure ou avec d'autres polices"),
            std::string::npos)
      << verified.out;
}

// Templates of the fund's own, with its palette and logo: both travel inside
// the brochure, so that verify renders the same bytes once they are gone.
TEST_F(Archive, ThePaletteAndTheLogoTravelInside) {
  const fs::path templates = dir_.path() / "modeles";
  fs::create_directories(templates / "images");
  for (const char* name : {"brochure.xml", "flyer.xml", "palette.xml"}) {
    std::string text = read_file(fs::path(BROCHURE_SOURCE_DIR) / "templates" / name);
    if (std::string(name) == "palette.xml") {
      text = cli_test::replaced(text, "<color name=\"accent\" value=\"#1f4e79\"/>",
                                "<color name=\"accent\" value=\"#7a1f4e\"/>");
      text = cli_test::replaced(text, "  <image name=\"logo\" file=\"logo.png\"/>\n  -->",
                                "  -->\n  <image name=\"logo\" file=\"images/logo.png\"/>");
    }
    test_support::write_text_file((templates / name).string(), text);
  }
  ASSERT_TRUE(
      test_support::write_png((templates / "images/logo.png").string(), 60, 20, [](int x, int) {
        return test_support::Rgba{255, 200, 0, static_cast<std::uint8_t>(x * 4)};
      }));
  const fs::path archive = dir_.path() / "archive";
  const cli_test::CliResult made =
      run_in_process({"archive", catalogue_, "--out", archive.string(), "--template",
                      (templates / "brochure.xml").string(), "--flyer-template",
                      (templates / "flyer.xml").string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  fs::remove_all(templates);
  const cli_test::CliResult verified = run_in_process({"verify", archive.string()});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_EQ(verified.err, "");
  EXPECT_NE(verified.out.find("refaits octet pour octet"), std::string::npos) << verified.out;
  const std::string manifest = read_file(archive / "manifest.json");
  EXPECT_NE(manifest.find("\"palette.xml\""), std::string::npos) << manifest;
  EXPECT_NE(manifest.find("\"images/logo.png\""), std::string::npos) << manifest;
}

TEST_F(Archive, AFolderHoldingOtherFilesIsRefusedAndLeftAsItWas) {
  const fs::path folder = dir_.path() / "occupe";
  fs::create_directories(folder);
  write_bytes(folder / "lettre.odt", "ne pas toucher");
  const cli_test::CliResult made =
      run_in_process({"archive", catalogue_, "--out", folder.string()});
  EXPECT_EQ(made.exit_code, 1);
  EXPECT_NE(made.err.find("contient des fichiers qui ne sont pas d'une archive de brochure "
                          "(lettre.odt)"),
            std::string::npos)
      << made.err;
  EXPECT_EQ(cli_test::files_under(folder).size(), 1u);
}

TEST_F(Archive, ArchivingOverAPreviousArchiveReplacesItWhole) {
  const fs::path copied = copy();
  // The course renamed: its two flyers get new names, the old ones must go.
  const std::string renamed = scratch_->write(
      "renomme.xml", cli_test::replaced(kSmallCatalogue, "Bâtir une culture de tutorat",
                                        "Construire une culture de tutorat"));
  const cli_test::CliResult made = run_in_process({"archive", renamed, "--out", copied.string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const auto files = cli_test::files_under(copied);
  EXPECT_FALSE(files.contains("flyers/T2610-batir-une-culture-de-tutorat.pdf"));
  EXPECT_TRUE(files.contains("flyers/T2610-construire-une-culture-de-tutorat.pdf"));
  EXPECT_EQ(files.size(), 6u);
  EXPECT_EQ(run_in_process({"verify", copied.string()}).exit_code, 0);
}

TEST(ArchiveCommand, VerifyOfAFolderThatIsNoArchive) {
  TempDir dir;
  const cli_test::CliResult absent = run_in_process({"verify", (dir.path() / "rien").string()});
  EXPECT_EQ(absent.exit_code, 1);
  EXPECT_NE(absent.err.find("ce dossier n'existe pas"), std::string::npos) << absent.err;
  const cli_test::CliResult empty = run_in_process({"verify", dir.path().string()});
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("manifest.json manque"), std::string::npos) << empty.err;
}

// The whole 2026-2027 edition: archived, then verified (as the issue's
// "done when" says), in a folder of its own.
TEST(ArchiveCommand, TheEditionArchivesAndVerifies) {
  TempDir dir;
  const std::string archive = (dir.path() / "archive/2026-2027").string();
  const cli_test::CliResult made = run_in_process(
      {"archive", std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml", "--out", archive});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_NE(made.out.find("18 fichiers écrits dans " + archive), std::string::npos) << made.out;
  const cli_test::CliResult verified = run_in_process({"verify", archive});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_NE(verified.out.find("17 fichiers conformes au manifeste, refaits octet pour octet"),
            std::string::npos)
      << verified.out;
}

}  // namespace
