// manifest.json and outil.json: one fixed form, read back exactly, every
// change visible; the archive folder's admission rules; the edition's date.
#include "documents/archive_manifest.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "documents/archive.hpp"
#include "documents/edition_output.hpp"
#include "documents_test_support.hpp"

namespace {

namespace fs = std::filesystem;

documents::ArchiveManifest sample_manifest() {
  documents::ArchiveManifest manifest;
  manifest.edition = "2026-2027";
  documents::Provenance& provenance = manifest.provenance;
  provenance.tool_version = "0.1.0";
  provenance.libraries = {{"libharu", "2.3.0"}, {"qpdf", "11.3.0"}, {"libdeflate", "1.14"}};
  provenance.date = 1788220800;
  provenance.date_origin = "edition-start";
  provenance.source_name = "2026-2027.xml";
  provenance.source_size = 63429;
  provenance.source_sha256 = std::string(64, 'a');
  provenance.inputs = {{"template", "modele-brochure.xml", std::string(64, 'b')},
                       {"font", "fonts/LivretSans-Regular.ttf", std::string(64, 'c')}};
  manifest.files = {{"brochure-2026-2027.pdf", "brochure", 149077, std::string(64, 'd')},
                    {"flyers/T2605-anticiper.pdf", "flyers", 27102, std::string(64, 'e')}};
  return manifest;
}

TEST(ArchiveManifest, ReadsBackExactlyWhatWasWritten) {
  const documents::ArchiveManifest manifest = sample_manifest();
  const std::string text = documents::manifest_json(manifest);
  EXPECT_TRUE(text.ends_with("}\n"));
  EXPECT_NE(text.find("\"format\": \"brochure-archive/1\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"utc\": \"2026-09-01T00:00:00+00:00\""), std::string::npos) << text;
  const documents::ManifestReadResult read = documents::read_manifest(text);
  ASSERT_TRUE(read.manifest) << read.error;
  EXPECT_EQ(read.manifest->edition, manifest.edition);
  EXPECT_TRUE(read.manifest->provenance == manifest.provenance);
  EXPECT_TRUE(read.manifest->files == manifest.files);
  EXPECT_EQ(documents::first_noncanonical_line(text, *read.manifest), 0);
}

TEST(ArchiveManifest, ProvenanceAloneReadsBackToo) {
  const documents::Provenance provenance = sample_manifest().provenance;
  const documents::ProvenanceReadResult read =
      documents::read_provenance(documents::provenance_json(provenance));
  ASSERT_TRUE(read.provenance) << read.error;
  EXPECT_TRUE(*read.provenance == provenance);
}

TEST(ArchiveManifest, AnyChangeOfFormIsFoundWithItsLine) {
  const std::string text = documents::manifest_json(sample_manifest());
  // Same content, another form: a space more, keys in another order.
  std::string spaced = text;
  spaced.insert(spaced.find("\"edition\""), " ");
  const documents::ManifestReadResult read = documents::read_manifest(spaced);
  ASSERT_TRUE(read.manifest) << read.error;
  EXPECT_EQ(documents::first_noncanonical_line(spaced, *read.manifest), 3);
}

TEST(ArchiveManifest, BrokenJsonIsReportedAtItsLineAndColumn) {
  std::string text = documents::manifest_json(sample_manifest());
  text.replace(text.find("\"edition\":"), 10, "\"edition\" ");
  const documents::ManifestReadResult read = documents::read_manifest(text);
  EXPECT_FALSE(read.manifest);
  EXPECT_EQ(read.line, 3);
  EXPECT_GT(read.column, 10);
  EXPECT_EQ(read.error, "ce n'est plus du JSON valide");
}

TEST(ArchiveManifest, MissingOrMistypedFieldsAreNamed) {
  std::string text = documents::manifest_json(sample_manifest());
  std::string no_size = text;
  no_size.replace(no_size.find("\"size\": 149077"), 14, "\"size\": \"149077\"");
  EXPECT_EQ(documents::read_manifest(no_size).error,
            "le champ « files[].size » doit être un nombre entier positif");
  std::string other_format = text;
  other_format.replace(other_format.find("brochure-archive/1"), 18, "brochure-archive/9");
  EXPECT_NE(
      documents::read_manifest(other_format).error.find("format « brochure-archive/9 » inconnu"),
      std::string::npos);
  std::string bad_utc = text;
  bad_utc.replace(bad_utc.find("2026-09-01T00"), 13, "2026-09-02T00");
  EXPECT_NE(documents::read_manifest(bad_utc).error.find("ne correspond pas"), std::string::npos);
}

class ArchiveFolder : public ::testing::Test {
 protected:
  documents_test::ScratchDirectory scratch_;
  const fs::path& dir_ = scratch_.path();
};

TEST_F(ArchiveFolder, AbsentOrEmptyIsFine) {
  EXPECT_TRUE(documents::check_archive_folder(dir_ / "nouveau").ok());
  EXPECT_TRUE(documents::check_archive_folder(dir_).ok());
}

TEST_F(ArchiveFolder, APreviousArchiveAloneMayBeReplaced) {
  const documents::ArchiveManifest manifest = sample_manifest();
  test_support::write_text_file((dir_ / "manifest.json").string(),
                                documents::manifest_json(manifest));
  fs::create_directories(dir_ / "flyers");
  test_support::write_text_file((dir_ / "brochure-2026-2027.pdf").string(), "%PDF");
  test_support::write_text_file((dir_ / "flyers/T2605-anticiper.pdf").string(), "%PDF");
  const documents::ArchiveFolderCheck check = documents::check_archive_folder(dir_);
  EXPECT_TRUE(check.ok()) << check.error;
  EXPECT_EQ(check.previous.size(), 2u);
}

TEST_F(ArchiveFolder, OtherFilesAreNamedAndRefused) {
  test_support::write_text_file((dir_ / "manifest.json").string(),
                                documents::manifest_json(sample_manifest()));
  test_support::write_text_file((dir_ / "notes.txt").string(), "mes notes");
  fs::create_directories(dir_ / "photos");
  test_support::write_text_file((dir_ / "photos/a.jpg").string(), "jpeg");
  const documents::ArchiveFolderCheck check = documents::check_archive_folder(dir_);
  EXPECT_FALSE(check.ok());
  EXPECT_NE(check.error.find("(notes.txt, photos/a.jpg)"), std::string::npos) << check.error;
  EXPECT_NE(check.error.find("--out"), std::string::npos) << check.error;
}

TEST(EditionDate, MidnightUtcOfTheFirstDay) {
  EXPECT_EQ(documents::seconds_since_epoch({1970, 1, 1}), 0);
  EXPECT_EQ(documents::seconds_since_epoch({2026, 9, 1}), 1788220800);
  EXPECT_EQ(documents::seconds_since_epoch({2000, 3, 1}), 951868800);
  EXPECT_EQ(documents::seconds_since_epoch({2024, 2, 29}), 1709164800);
}

}  // namespace
