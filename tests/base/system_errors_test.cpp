// System errors reach the user in French, with the path they concern.
#include "base/system_errors.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/load_xml.hpp"

namespace base {
namespace {

TEST(SystemErrors, TheUsualOnesInFrench) {
  EXPECT_EQ(french_reason(EACCES), "permission refusée");
  EXPECT_EQ(french_reason(ENOSPC), "plus de place sur le disque");
  EXPECT_EQ(french_reason(ENOTDIR), "un élément du chemin n'est pas un dossier");
  EXPECT_EQ(french_reason(EROFS), "disque en lecture seule");
  EXPECT_EQ(french_reason(std::make_error_code(std::errc::no_such_file_or_directory)),
            "fichier ou dossier introuvable");
}

TEST(SystemErrors, NoneInEnglish) {
  for (int error = 1; error < 134; ++error) {
    const std::string reason = french_reason(error);
    EXPECT_NE(reason, std::strerror(error)) << error;
    EXPECT_FALSE(reason.empty()) << error;
  }
  EXPECT_EQ(french_reason(9999), "erreur du système n° 9999");
}

TEST(SystemErrors, FileOperationsNameTheirPath) {
  EXPECT_EQ(file_error(FileOperation::write, "out/a.pdf", ENOSPC),
            "impossible d'écrire « out/a.pdf » : plus de place sur le disque");
  EXPECT_EQ(file_error(FileOperation::create_folder, "out/x", EACCES),
            "impossible de créer le dossier « out/x » : permission refusée");
  EXPECT_EQ(file_error(FileOperation::read, "a.xml", std::make_error_code(std::errc::io_error)),
            "impossible de lire « a.xml » : erreur de lecture ou d'écriture sur le disque");
}

TEST(SystemErrors, AnUnreadableInputSaysWhyInFrench) {
  // A path through a regular file: ENOTDIR, whoever runs the test (root reads
  // every file, so permissions cannot be used here).
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("brochure-enotdir-" + std::to_string(getpid()));
  std::ofstream(file) << "x";
  Diagnostics diagnostics;
  EXPECT_FALSE(load_xml((file / "a.xml").string(), {.what = "un essai"}, diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].message,
            "impossible de lire le fichier : un élément du chemin n'est pas un dossier");
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace base
