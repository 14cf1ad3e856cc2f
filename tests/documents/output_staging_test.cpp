// OutputStaging: files replaced all together or not at all, nothing left
// behind, the folder's record of what the tool wrote, and never a file it did
// not write. The real program under failures and signals is driven in
// tests/cli/edition_replacement_test.cpp.
#include "documents/output_staging.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <thread>

#include "documents/sha256.hpp"
#include "documents_test_support.hpp"
#include "pdf/atomic_file.hpp"

namespace {

namespace fs = std::filesystem;
using documents_test::read_file;
using test_support::write_text_file;

class Staging : public ::testing::Test {
 protected:
  // Every file under the root, hidden ones included, with its content.
  std::map<std::string, std::string> files() const {
    std::map<std::string, std::string> all;
    if (!fs::exists(root_)) return all;
    for (const auto& entry : fs::recursive_directory_iterator(root_))
      if (entry.is_regular_file())
        all[entry.path().lexically_relative(root_).generic_string()] = read_file(entry.path());
    return all;
  }

  // One run making `made` (relative path → content) of the groups it replaces.
  documents::CommitResult run(const std::map<std::string, std::string>& made,
                              const std::vector<std::string>& groups = {"brochure", "flyers"},
                              const documents::StagingOptions& options = {}) {
    documents::OutputStaging staging(root_, options);
    std::string error;
    EXPECT_TRUE(staging.open(error)) << error;
    for (const std::string& group : groups) staging.replaces_group(group);
    for (const auto& [relative, content] : made) {
      const std::string group = relative.starts_with("flyers/") ? "flyers" : "brochure";
      const documents::StageResult staged = staging.stage(root_ / relative, content, group);
      EXPECT_TRUE(staged.ok) << staged.error;
    }
    return staging.commit();
  }

  documents_test::ScratchDirectory scratch_directory_;
  const fs::path& scratch_ = scratch_directory_.path();
  fs::path root_ = scratch_ / "out";
};

TEST_F(Staging, NothingChangesUntilCommitThenEverythingAtOnce) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne brochure"}, {"flyers/a.pdf", "ancien a"}}).ok());
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "brochure.pdf", "nouvelle brochure", "brochure").ok);
  ASSERT_TRUE(staging.stage(root_ / "flyers/a.pdf", "nouveau a", "flyers").ok);
  // Staged only: the old files are still there, the new ones hidden beside them.
  EXPECT_EQ(read_file((root_ / "brochure.pdf").string()), "ancienne brochure");
  EXPECT_EQ(read_file((root_ / "flyers/a.pdf").string()), "ancien a");
  EXPECT_EQ(staging.staged_count(), 2u);
  const documents::CommitResult done = staging.commit();
  ASSERT_TRUE(done.ok()) << done.errors.front();
  EXPECT_EQ(read_file((root_ / "brochure.pdf").string()), "nouvelle brochure");
  EXPECT_EQ(read_file((root_ / "flyers/a.pdf").string()), "nouveau a");
  EXPECT_EQ(files().size(), 3u);  // and the record
}

ino_t inode_of(const fs::path& path) {
  struct stat status {};
  EXPECT_EQ(::lstat(path.c_str(), &status), 0) << path;
  return status.st_ino;
}

// A file already holding the bytes staged for it is neither rewritten nor
// renamed: the same inode, the same date; a file of the same size but other
// bytes is replaced.
TEST_F(Staging, AFileAlreadyHoldingTheBytesIsLeftAsItWas) {
  ASSERT_TRUE(run({{"brochure.pdf", "la même"}, {"flyers/a.pdf", "ancien"}}).ok());
  const fs::path same = root_ / "brochure.pdf";
  const fs::path other = root_ / "flyers/a.pdf";
  const auto date = fs::last_write_time(same) - std::chrono::hours(24);
  fs::last_write_time(same, date);
  const ino_t same_inode = inode_of(same);
  const ino_t other_inode = inode_of(other);

  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  const documents::StageResult kept = staging.stage(same, "la même", "brochure");
  const documents::StageResult replaced = staging.stage(other, "nouvo!", "flyers");
  ASSERT_TRUE(kept.ok && replaced.ok);
  EXPECT_TRUE(kept.unchanged);
  EXPECT_FALSE(replaced.unchanged);
  EXPECT_EQ(files().size(), 4u) << "only the changed file has a temporary";
  const documents::CommitResult done = staging.commit();
  ASSERT_TRUE(done.ok()) << done.errors.front();

  EXPECT_EQ(done.written, (std::vector<fs::path>{same, other}));
  EXPECT_EQ(done.unchanged, std::vector<fs::path>{same});
  EXPECT_EQ(inode_of(same), same_inode);
  EXPECT_EQ(fs::last_write_time(same), date);
  EXPECT_NE(inode_of(other), other_inode);
  EXPECT_EQ(read_file(other.string()), "nouvo!");
  const std::string record = read_file((root_ / std::string(documents::kOwnershipRecord)).string());
  EXPECT_NE(record.find(documents::sha256_hex("la même") + "\tbrochure.pdf"), std::string::npos)
      << record;
  EXPECT_EQ(files().size(), 3u);
}

// Changed by someone between staging and commit, the file would no longer be
// what this run made: the commit replaces nothing.
TEST_F(Staging, AnUnchangedFileEditedBeforeTheCommitFailsIt) {
  ASSERT_TRUE(run({{"brochure.pdf", "la même"}, {"flyers/a.pdf", "ancien"}}).ok());
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "flyers/a.pdf", "nouveau", "flyers").ok);
  ASSERT_TRUE(staging.stage(root_ / "brochure.pdf", "la même", "brochure").unchanged);
  write_text_file((root_ / "brochure.pdf").string(), "retouchée");
  const auto before = files();
  const documents::CommitResult done = staging.commit();
  ASSERT_FALSE(done.ok());
  EXPECT_NE(done.errors.front().find("brochure.pdf » a été modifié ou retiré pendant que brochure"),
            std::string::npos)
      << done.errors.front();
  staging.abandon();
  EXPECT_EQ(read_file((root_ / "flyers/a.pdf").string()), "ancien");
  EXPECT_EQ(read_file((root_ / "brochure.pdf").string()), "retouchée");
  EXPECT_EQ(files().size(), before.size() - 1) << "the temporary stays";
}

// A symbolic link at the file's place is replaced by the file, as before,
// even when what it points to holds the same bytes; its target is untouched.
TEST_F(Staging, ALinkHoldingTheSameBytesIsStillReplaced) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne"}}).ok());
  write_text_file((scratch_ / "ailleurs.pdf").string(), "la même");
  fs::remove(root_ / "brochure.pdf");
  fs::create_symlink(scratch_ / "ailleurs.pdf", root_ / "brochure.pdf");
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  const documents::StageResult staged =
      staging.stage(root_ / "brochure.pdf", "la même", "brochure");
  ASSERT_TRUE(staged.ok);
  EXPECT_FALSE(staged.unchanged);
  ASSERT_TRUE(staging.commit().ok());
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(root_ / "brochure.pdf")));
  EXPECT_EQ(read_file((scratch_ / "ailleurs.pdf").string()), "la même");
}

// A named pipe where the file goes is replaced, as before, and staging does
// not wait for someone to write into it.
TEST_F(Staging, ANamedPipeAtTheFilesPlaceIsReplacedWithoutWaiting) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne"}}).ok());
  const fs::path place = root_ / "brochure.pdf";
  fs::remove(place);
  ASSERT_EQ(::mkfifo(place.c_str(), 0644), 0);
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  std::promise<documents::StageResult> promised;
  std::future<documents::StageResult> staged = promised.get_future();
  std::thread staging_thread(
      [&] { promised.set_value(staging.stage(place, "nouvelle", "brochure")); });
  const bool in_time = staged.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  if (!in_time) {  // a writer lets the waiting reader go, so that the test ends
    const int writer = ::open(place.c_str(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0) ::close(writer);
  }
  staging_thread.join();
  ASSERT_TRUE(in_time) << "staging waited on a named pipe";
  const documents::StageResult result = staged.get();
  ASSERT_TRUE(result.ok) << result.error;
  EXPECT_FALSE(result.unchanged);
  ASSERT_TRUE(staging.commit().ok());
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(place)));
  EXPECT_EQ(read_file(place.string()), "nouvelle");
}

TEST_F(Staging, AbandonLeavesThePreviousFilesAndNoDebris) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne"}, {"flyers/a.pdf", "ancien"}}).ok());
  const auto before = files();
  {
    documents::OutputStaging staging(root_);
    std::string error;
    ASSERT_TRUE(staging.open(error)) << error;
    ASSERT_TRUE(staging.stage(root_ / "brochure.pdf", "nouvelle", "brochure").ok);
    ASSERT_TRUE(staging.stage(root_ / "affiches/b.pdf", "nouveau", "flyers").ok);
    EXPECT_TRUE(fs::exists(root_ / "affiches"));
    EXPECT_EQ(staging.abandon(), 2u);
  }
  EXPECT_EQ(files(), before);
  EXPECT_FALSE(fs::exists(root_ / "affiches")) << "a folder made for the run stays behind";
}

TEST_F(Staging, DestroyedWithoutCommitMeansAbandoned) {
  {
    documents::OutputStaging staging(root_);
    std::string error;
    ASSERT_TRUE(staging.open(error)) << error;
    ASSERT_TRUE(staging.stage(root_ / "flyers/a.pdf", "x", "flyers").ok);
  }
  EXPECT_FALSE(fs::exists(root_)) << "the folder made for a run that wrote nothing stays";
}

TEST_F(Staging, AFailureToStageOneFileLeavesTheOthersUnreplaced) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne"}, {"flyers/a.pdf", "ancien"}}).ok());
  const auto before = files();
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "brochure.pdf", "nouvelle", "brochure").ok);
  // A file where a folder should be: this one cannot be written.
  write_text_file((root_ / "bloque").string(), "un fichier");
  const documents::StageResult failed = staging.stage(root_ / "bloque/b.pdf", "x", "flyers");
  EXPECT_FALSE(failed.ok);
  EXPECT_NE(failed.error.find("n'est pas un dossier"), std::string::npos) << failed.error;
  staging.abandon();
  fs::remove(root_ / "bloque");
  EXPECT_EQ(files(), before);
}

TEST_F(Staging, AFailedRenamePutsBackEveryFileAlreadyReplaced) {
  ASSERT_TRUE(run({{"a.pdf", "ancien a"}, {"b.pdf", "ancien b"}}).ok());
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "a.pdf", "nouveau a", "brochure").ok);
  ASSERT_TRUE(staging.stage(root_ / "b.pdf", "nouveau b", "brochure").ok);
  // Between staging and commit, b.pdf becomes a folder: its rename fails.
  fs::remove(root_ / "b.pdf");
  fs::create_directory(root_ / "b.pdf");
  const documents::CommitResult done = staging.commit();
  ASSERT_FALSE(done.ok());
  EXPECT_NE(done.errors.front().find("b.pdf"), std::string::npos) << done.errors.front();
  staging.abandon();
  EXPECT_EQ(read_file((root_ / "a.pdf").string()), "ancien a") << "a.pdf was not put back";
  for (const auto& [name, content] : files())
    EXPECT_FALSE(pdf::temporary_file_owner(fs::path(name).filename().string())) << name;
}

// The temporaries reach the disk together, before any file is replaced; a
// failure to bring them there replaces nothing.
TEST_F(Staging, EveryFileIsOnDiskBeforeAnyIsReplaced) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne"}, {"flyers/a.pdf", "ancien"}}).ok());
  int syncs = 0;
  documents::StagingOptions options;
  options.sync_file_system = [&](int fd, const std::string& directory) {
    ++syncs;
    // Nothing replaced yet, and every new file already written in full.
    EXPECT_EQ(read_file((root_ / "brochure.pdf").string()), "ancienne");
    EXPECT_EQ(read_file((root_ / "flyers/a.pdf").string()), "ancien");
    std::size_t temporaries = 0;
    for (const auto& [name, content] : files())
      if (pdf::temporary_file_owner(fs::path(name).filename().string())) {
        ++temporaries;
        EXPECT_TRUE(content == "nouvelle" || content == "nouveau") << name << ": " << content;
      }
    EXPECT_EQ(temporaries, 2u);
    return pdf::sync_file_system(fd, directory);
  };
  const documents::CommitResult done = run(
      {{"brochure.pdf", "nouvelle"}, {"flyers/a.pdf", "nouveau"}}, {"brochure", "flyers"}, options);
  ASSERT_TRUE(done.ok()) << done.errors.front();
  EXPECT_EQ(syncs, 1) << "one sync for the one file system of the folder and its subfolder";
  EXPECT_EQ(read_file((root_ / "brochure.pdf").string()), "nouvelle");
  EXPECT_EQ(read_file((root_ / "flyers/a.pdf").string()), "nouveau");
}

// A run whose every file is unchanged has nothing to bring to disk: no sync,
// and the record, the same, is not rewritten either.
TEST_F(Staging, NothingToSyncWhenEveryFileIsUnchanged) {
  const std::map<std::string, std::string> edition = {{"brochure.pdf", "la même"},
                                                      {"flyers/a.pdf", "le même"}};
  ASSERT_TRUE(run(edition).ok());
  const fs::path record = root_ / std::string(documents::kOwnershipRecord);
  const ino_t record_inode = inode_of(record);
  int syncs = 0;
  documents::StagingOptions options;
  options.sync_file_system = [&](int fd, const std::string& directory) {
    ++syncs;
    return pdf::sync_file_system(fd, directory);
  };
  const documents::CommitResult same = run(edition, {"brochure", "flyers"}, options);
  ASSERT_TRUE(same.ok()) << same.errors.front();
  EXPECT_EQ(same.unchanged.size(), 2u);
  EXPECT_EQ(syncs, 0);
  EXPECT_EQ(inode_of(record), record_inode);

  const documents::CommitResult one_changed = run(
      {{"brochure.pdf", "la même"}, {"flyers/a.pdf", "un autre"}}, {"brochure", "flyers"}, options);
  ASSERT_TRUE(one_changed.ok()) << one_changed.errors.front();
  EXPECT_EQ(syncs, 1);
  EXPECT_NE(inode_of(record), record_inode);
  EXPECT_NE(read_file(record.string()).find(documents::sha256_hex("un autre")), std::string::npos);
}

TEST_F(Staging, AFailureToReachTheDiskReplacesNothing) {
  ASSERT_TRUE(run({{"brochure.pdf", "ancienne"}, {"flyers/a.pdf", "ancien"}}).ok());
  const auto before = files();
  documents::StagingOptions options;
  options.sync_file_system = [](int, const std::string& directory) {
    return pdf::FileWriteResult{false,
                                "impossible d'enregistrer sur le disque les fichiers du "
                                "dossier « " +
                                    directory + " » : erreur d'entrée-sortie"};
  };
  // The run is abandoned when its staging goes.
  const documents::CommitResult done = run(
      {{"brochure.pdf", "nouvelle"}, {"flyers/b.pdf", "nouveau"}}, {"brochure", "flyers"}, options);
  ASSERT_FALSE(done.ok());
  ASSERT_EQ(done.errors.size(), 1u);
  EXPECT_NE(done.errors.front().find("erreur d'entrée-sortie"), std::string::npos)
      << done.errors.front();
  EXPECT_EQ(files(), before) << "a file was replaced, removed or left behind";
}

TEST_F(Staging, FilesNoLongerMadeAreRemovedOnlyIfOursAndUnchanged) {
  ASSERT_TRUE(run({{"brochure.pdf", "b"},
                   {"flyers/ancien-titre.pdf", "vieux"},
                   {"flyers/modifie.pdf", "vieux aussi"},
                   {"flyers/garde.pdf", "g"}})
                  .ok());
  write_text_file((root_ / "notes.txt").string(), "mes notes");           // not ours
  write_text_file((root_ / "flyers/mon-affiche.pdf").string(), "à moi");  // not ours
  write_text_file((root_ / "flyers/modifie.pdf").string(), "retouché");   // ours, changed since

  const documents::CommitResult done = run(
      {{"brochure.pdf", "b2"}, {"flyers/nouveau-titre.pdf", "neuf"}, {"flyers/garde.pdf", "g"}});
  ASSERT_TRUE(done.ok());
  const auto after = files();
  EXPECT_FALSE(after.contains("flyers/ancien-titre.pdf"));
  ASSERT_EQ(done.removed_stale.size(), 1u);
  EXPECT_EQ(done.removed_stale.front(), root_ / "flyers/ancien-titre.pdf");
  EXPECT_EQ(after.at("flyers/modifie.pdf"), "retouché");
  ASSERT_EQ(done.kept_changed.size(), 1u);
  EXPECT_EQ(after.at("notes.txt"), "mes notes");
  EXPECT_EQ(after.at("flyers/mon-affiche.pdf"), "à moi");
  EXPECT_EQ(after.at("flyers/nouveau-titre.pdf"), "neuf");

  // The record now lists exactly what this run made, with their digests.
  const std::string record = after.at(std::string(documents::kOwnershipRecord));
  EXPECT_NE(
      record.find("flyers\t" + documents::sha256_hex("neuf") + "\tflyers/nouveau-titre.pdf\n"),
      std::string::npos)
      << record;
  EXPECT_EQ(record.find("modifie.pdf"), std::string::npos) << record;
  EXPECT_EQ(record.find("notes.txt"), std::string::npos) << record;
}

TEST_F(Staging, AGroupTheRunDoesNotMakeIsLeftAlone) {
  ASSERT_TRUE(run({{"brochure.pdf", "b"}, {"flyers/a.pdf", "a"}}).ok());
  // Like `render --only brochure`.
  ASSERT_TRUE(run({{"brochure.pdf", "b2"}}, {"brochure"}).ok());
  EXPECT_EQ(files().at("flyers/a.pdf"), "a");
  // And the flyer is still known as ours: a later full run may remove it.
  const documents::CommitResult done = run({{"brochure.pdf", "b3"}});
  EXPECT_FALSE(files().contains("flyers/a.pdf"));
  EXPECT_EQ(done.removed_stale.size(), 1u);
}

TEST_F(Staging, ARecordThatCannotBeWrittenLeavesTheFilesInPlaceWithAWarning) {
  fs::create_directories(root_ / std::string(documents::kOwnershipRecord));  // in the way
  const documents::CommitResult done = run({{"brochure.pdf", "b"}});
  EXPECT_TRUE(done.ok());
  ASSERT_EQ(done.warnings.size(), 1u);
  EXPECT_NE(done.warnings.front().find(".brochure-fichiers"), std::string::npos)
      << done.warnings.front();
  EXPECT_EQ(read_file((root_ / "brochure.pdf").string()), "b");
}

TEST_F(Staging, ARecordNeverReachesOutsideItsFolder) {
  fs::create_directories(root_);
  write_text_file((scratch_ / "precieux.txt").string(), "ne pas toucher");
  write_text_file((root_ / std::string(documents::kOwnershipRecord)).string(),
                  "flyers\t" + documents::sha256_hex("ne pas toucher") + "\t../precieux.txt\n" +
                      "flyers\t" + documents::sha256_hex("ne pas toucher") + "\t" +
                      (scratch_ / "precieux.txt").string() + "\n");
  ASSERT_TRUE(run({{"flyers/a.pdf", "a"}}).ok());
  EXPECT_EQ(read_file((scratch_ / "precieux.txt").string()), "ne pas toucher");
}

TEST_F(Staging, TemporariesOfAKilledRunAreRemovedThoseOfALiveOneKept) {
  fs::create_directories(root_ / "flyers");
  // A process that has ended: its id is free (until reused, which is rare).
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  const std::string dead = ".a.pdf.brochure-tmp-" + std::to_string(child) + "-Ab12Cd";
  const std::string alive = ".b.pdf.brochure-tmp-" + std::to_string(::getppid()) + "-Ab12Cd";
  write_text_file((root_ / dead).string(), "débris");
  write_text_file((root_ / "flyers" / dead).string(), "débris");
  write_text_file((root_ / alive).string(), "en cours");
  write_text_file((root_ / ".brochure-tmp-sans-nom").string(), "pas à nous");

  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "flyers/x.pdf", "x", "flyers").ok);
  EXPECT_EQ(staging.leftovers_removed(), 2u);
  EXPECT_FALSE(fs::exists(root_ / dead));
  EXPECT_FALSE(fs::exists(root_ / "flyers" / dead));
  EXPECT_TRUE(fs::exists(root_ / alive));
  EXPECT_TRUE(fs::exists(root_ / ".brochure-tmp-sans-nom"));
}

TEST_F(Staging, ASecondRunOnTheSameFolderIsRefusedWhileTheFirstIsOpen) {
  documents::OutputStaging first(root_);
  std::string error;
  ASSERT_TRUE(first.open(error)) << error;
  documents::OutputStaging second(root_);
  EXPECT_FALSE(second.open(error));
  EXPECT_NE(error.find("un autre « brochure » écrit déjà"), std::string::npos) << error;
}

TEST_F(Staging, TwoDocumentsWithOneFileNameAreAnError) {
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "a.pdf", "1", "flyers").ok);
  const documents::StageResult second = staging.stage(root_ / "a.pdf", "2", "flyers");
  EXPECT_FALSE(second.ok);
  EXPECT_NE(second.error.find("même nom de fichier"), std::string::npos) << second.error;
}

TEST_F(Staging, StagedFilesTellTheirSizeAndDigest) {
  documents::OutputStaging staging(root_);
  std::string error;
  ASSERT_TRUE(staging.open(error)) << error;
  ASSERT_TRUE(staging.stage(root_ / "flyers/a.pdf", "abc", "flyers").ok);
  const std::vector<documents::StagedFile> staged = staging.staged_files();
  ASSERT_EQ(staged.size(), 1u);
  EXPECT_EQ(staged[0].relative, "flyers/a.pdf");
  EXPECT_EQ(staged[0].size, 3u);
  EXPECT_EQ(staged[0].sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(TemporaryNames, OnlyThisProgramsPatternIsRecognised) {
  EXPECT_EQ(pdf::temporary_file_owner(".a.pdf.brochure-tmp-1234-Ab12Cd"), 1234);
  EXPECT_FALSE(pdf::temporary_file_owner("a.pdf.brochure-tmp-1234-Ab12Cd"));  // not hidden
  EXPECT_FALSE(pdf::temporary_file_owner(".a.pdf.brochure-tmp-1234-Ab12"));
  EXPECT_FALSE(pdf::temporary_file_owner(".a.pdf.brochure-tmp--Ab12Cd"));
  EXPECT_FALSE(pdf::temporary_file_owner(".a.pdf.brochure-tmp-x1-Ab12Cd"));
  EXPECT_FALSE(pdf::temporary_file_owner(".a.pdf.tmp-1234-Ab12Cd"));
}

TEST(Sha256, KnownDigests) {
  EXPECT_EQ(documents::sha256_hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(documents::sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_FALSE(documents::sha256_of_file("/nonexistent/brochure"));
}

}  // namespace
