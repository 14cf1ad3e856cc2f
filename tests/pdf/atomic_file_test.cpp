#include "pdf/atomic_file.hpp"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdf_test_support.hpp"

namespace {

namespace fs = std::filesystem;

std::size_t entries_in(const fs::path& directory) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

mode_t mode_of(const std::string& path) {
  struct stat status {};
  ::stat(path.c_str(), &status);
  return status.st_mode & 07777;
}

TEST(WriteFileAtomically, CreatesTheFileWithItsBytesReadableByAll) {
  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("flyer.pdf");
  const std::string bytes("%PDF-1.3\n\0binaire\xff", 19);
  const pdf::FileWriteResult result = pdf::write_file_atomically(path, bytes);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_TRUE(result.error.empty());
  EXPECT_EQ(pdf_test::read_file(path), bytes);
  EXPECT_EQ(mode_of(path), 0644u);
  EXPECT_EQ(entries_in(scratch.path()), 1u);
}

// A run writing many files syncs each folder once, after the renames: the
// files are complete and in place as soon as each write returns.
TEST(WriteFileAtomically, LeavesTheFolderSyncToTheRunWhenAsked) {
  pdf_test::ScratchDirectory scratch;
  fs::create_directory(scratch.file("flyers"));
  pdf::DirectorySyncs syncs;
  for (const std::string name : {"flyers/a.pdf", "flyers/b.pdf", "brochure.pdf"}) {
    const pdf::FileWriteResult result =
        pdf::write_file_atomically(scratch.file(name), name, &syncs);
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(pdf_test::read_file(scratch.file(name)), name);
  }
  EXPECT_EQ(entries_in(scratch.file("flyers")), 2u);  // no temporary file left
  syncs.flush();
  syncs.add(scratch.file("gone"));  // a folder removed meanwhile: best effort, no failure
  syncs.flush();
  EXPECT_EQ(entries_in(scratch.path()), 2u);
}

TEST(WriteFileAtomically, ReplacesAnExistingFileAndKeepsItsMode) {
  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("flyer.pdf");
  pdf_test::write_text_file(path, "une version bien plus longue que la suivante");
  ::chmod(path.c_str(), 0640);
  ASSERT_TRUE(pdf::write_file_atomically(path, "nouvelle").ok);
  EXPECT_EQ(pdf_test::read_file(path), "nouvelle");
  EXPECT_EQ(mode_of(path), 0640u);
  EXPECT_EQ(entries_in(scratch.path()), 1u);
}

TEST(WriteFileAtomically, WritesInTheCurrentDirectoryForABareName) {
  pdf_test::ScratchDirectory scratch;
  const fs::path previous = fs::current_path();
  fs::current_path(scratch.path());
  const pdf::FileWriteResult result = pdf::write_file_atomically("nu.pdf", "contenu");
  fs::current_path(previous);
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_EQ(pdf_test::read_file(scratch.file("nu.pdf")), "contenu");
}

TEST(WriteFileAtomically, MissingDirectoryIsNamedInFrench) {
  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("2026/flyer.pdf");
  const pdf::FileWriteResult result = pdf::write_file_atomically(path, "x");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.error, "impossible d'écrire « " + path + " » : le dossier « " +
                              scratch.file("2026") + " » n'existe pas");
  EXPECT_EQ(entries_in(scratch.path()), 0u);
}

TEST(WriteFileAtomically, ParentThatIsAFileIsRefused) {
  pdf_test::ScratchDirectory scratch;
  pdf_test::write_text_file(scratch.file("texte"), "je suis un fichier");
  const pdf::FileWriteResult result =
      pdf::write_file_atomically(scratch.file("texte/flyer.pdf"), "x");
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.error.find("n'est pas un dossier"), std::string::npos) << result.error;
  EXPECT_EQ(pdf_test::read_file(scratch.file("texte")), "je suis un fichier");
}

TEST(WriteFileAtomically, TargetThatIsADirectoryIsLeftAlone) {
  pdf_test::ScratchDirectory scratch;
  fs::create_directory(scratch.file("flyer.pdf"));
  pdf_test::write_text_file(scratch.file("flyer.pdf/dedans"), "garde-moi");
  const pdf::FileWriteResult result = pdf::write_file_atomically(scratch.file("flyer.pdf"), "x");
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.error.find("un dossier porte déjà ce nom"), std::string::npos) << result.error;
  EXPECT_EQ(pdf_test::read_file(scratch.file("flyer.pdf/dedans")), "garde-moi");
  EXPECT_EQ(entries_in(scratch.path()), 1u);
}

TEST(WriteFileAtomically, EmptyPathIsRefused) {
  EXPECT_FALSE(pdf::write_file_atomically("", "x").ok);
}

// A write that fails half-way (the disk fills up): simulated in a child
// process with a file-size limit, so that the limit does not touch the tests.
TEST(WriteFileAtomically, FailureHalfWayKeepsThePreviousFileAndNoTemporary) {
  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("brochure.pdf");
  pdf_test::write_text_file(path, "version précédente");

  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead of killing
    const rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    const pdf::FileWriteResult result = pdf::write_file_atomically(path, std::string(100000, 'x'));
    const bool french = result.error.find("impossible d'écrire « " + path) == 0;
    ::_exit(!result.ok && french ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the write should fail, with a French message";
  EXPECT_EQ(pdf_test::read_file(path), "version précédente");
  EXPECT_EQ(entries_in(scratch.path()), 1u);
}

}  // namespace
