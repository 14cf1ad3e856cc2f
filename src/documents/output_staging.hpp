// Replacing a run's files as a whole. Every file a command makes — the
// brochure, the flyers, and whatever comes later (previews, mail drafts,
// agenda files, the print PDF) — is staged: written to a temporary next to
// its final place by the thread that made it. Nothing is replaced until
// commit(), which brings them all to disk together (one sync of the file
// system, not one wait per file), then renames them, then syncs their folders
// once (none of this when every file is unchanged, below). If
// anything fails or the run is interrupted, abandon() (or the destructor)
// removes the temporaries and the folders it created: the previous files stay
// exactly as they were, and nothing is left behind.
//
// A file that already holds exactly the bytes staged for it is left as it
// was, not rewritten: after a small edit of the catalogue, the flyers it did
// not touch keep their date, and the run writes, syncs and frees only what
// changed. Its identity is checked again at commit: changed meanwhile, the
// commit replaces nothing.
//
// A folder the tool writes into keeps a list of the files it wrote there
// (kOwnershipRecord, with their SHA-256). A run that makes a whole group of
// files ("flyers") removes the ones of that group it no longer makes — a
// renamed course's old flyer — if they are still as written; it never touches
// a file it did not write, nor one changed since.
//
//   documents::OutputStaging staging("out/2026-2027");
//   if (!staging.open(error)) fail(error);  // locks the folder, clears a killed run's debris
//   staging.replaces_group("flyers");       // this run makes every flyer
//   StageResult staged = staging.stage("out/2026-2027/flyers/T2605-….pdf", bytes, "flyers");
//   …                                       // stage() may be called from several threads
//   if (every file was staged) {
//     CommitResult done = staging.commit(); // done.errors, done.removed_stale…
//   }                                       // otherwise: destroyed, so abandoned
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/atomic_file.hpp"

namespace documents {

// The list of files the tool wrote in a folder (hidden; one line per file:
// group, SHA-256, path under the folder).
inline constexpr std::string_view kOwnershipRecord = ".brochure-fichiers";

struct StagingOptions {
  // Keep kOwnershipRecord in the root folder (false: a single file written
  // where the user said, e.g. `flyer -o ~/Bureau/x.pdf`).
  bool keep_record = true;
  // How commit() brings the temporaries to disk, once per file system
  // (replaced by the tests to make it fail).
  std::function<pdf::FileWriteResult(int directory_fd, const std::string& directory)>
      sync_file_system = pdf::sync_file_system;
};

struct StageResult {
  bool ok = false;
  std::string error;       // plain French, names the file
  bool unchanged = false;  // the file already holds these bytes: it will be left as it is
};

// A file staged by this run, as it will be once committed.
struct StagedFile {
  std::string relative;  // under the root, '/' separated: "flyers/T2605-….pdf"
  std::string group;
  std::size_t size = 0;
  std::string sha256;
};

struct CommitResult {
  bool ok() const { return errors.empty(); }
  std::vector<std::string> errors;  // plain French, each naming its file; nothing replaced
  // Once every file is in place, what could not be tidied (a stale file that
  // cannot be removed, the record that cannot be written); French.
  std::vector<std::string> warnings;
  std::vector<std::filesystem::path> written;  // final paths, in staging order, unchanged included
  std::vector<std::filesystem::path> unchanged;      // of those, the ones left as they were
  std::vector<std::filesystem::path> removed_stale;  // files of a replaced group no longer made
  std::vector<std::filesystem::path> kept_changed;   // no longer made, but changed since: left
};

class OutputStaging {
 public:
  explicit OutputStaging(std::filesystem::path root, StagingOptions options = {});
  ~OutputStaging();
  OutputStaging(const OutputStaging&) = delete;
  OutputStaging& operator=(const OutputStaging&) = delete;

  // Creates the root folder if needed, takes the folder's lock (another run
  // writing into it is refused), reads the ownership record and removes the
  // temporaries a killed run left in it. false with `error` (French).
  bool open(std::string& error);
  // How many temporaries of killed runs open() and stage() removed.
  std::size_t leftovers_removed() const;

  // This run makes every file of `group`: at commit, files of that group
  // which the record lists and this run did not make are removed.
  void replaces_group(std::string group);
  // Counts `relative` (a file under the root, with this SHA-256) as written
  // by the tool before, as if the record listed it: for outputs whose own
  // manifest says what they hold (an archive's manifest.json).
  void adopt(std::string relative, std::string group, std::string sha256);

  // Writes `bytes` to a temporary for `path` (under the root; missing folders
  // are created) and syncs it, unless `path` is a regular file holding these
  // very bytes (then nothing is written: `unchanged`). Thread-safe. On failure
  // nothing of this file is left.
  StageResult stage(const std::filesystem::path& path, std::string_view bytes, std::string group);

  // Renames each temporary over its final path (each file it replaces kept
  // as a hard link until all are renamed, to put back on a failure; an
  // unchanged file changed since it was staged fails the commit), removes
  // the stale files, writes the record, syncs the folders. Call once, and
  // only when every stage() succeeded.
  CommitResult commit();

  // Removes every temporary and the folders this run created (if empty);
  // returns how many temporaries were removed. Idempotent.
  std::size_t abandon();

  std::size_t staged_count() const;
  // Every file staged so far, in staging order.
  std::vector<StagedFile> staged_files() const;

 private:
  // What says a file is still the one read at staging.
  struct FileIdentity {
    std::uintmax_t device = 0;
    std::uintmax_t inode = 0;
    std::uintmax_t size = 0;
    std::int64_t modified_ns = 0;
    std::int64_t changed_ns = 0;
    bool operator==(const FileIdentity&) const = default;
  };
  struct Staged {
    std::filesystem::path final_path;
    std::string temporary;  // empty when unchanged
    std::string relative;   // under the root, '/' separated
    std::string group;
    std::string sha256;
    std::size_t size = 0;
    std::optional<FileIdentity> unchanged;  // the file left in place, as read at staging
  };
  struct RecordEntry {
    std::string group;
    std::string sha256;
  };

  static std::optional<FileIdentity> identity_if_holding(const std::filesystem::path& path,
                                                         std::string_view bytes);
  static std::optional<FileIdentity> identity_of(const std::filesystem::path& path);
  bool prepare_directory(const std::filesystem::path& directory, std::string& error);
  void remove_leftovers(const std::filesystem::path& directory);
  std::map<std::string, RecordEntry> read_record() const;
  static std::string record_text(const std::map<std::string, RecordEntry>& record);
  static std::string write_record(const std::filesystem::path& path, const std::string& text);
  void release_lock();
  bool track_file_system(const std::filesystem::path& directory, std::string& error);

  std::filesystem::path root_;
  StagingOptions options_;
  mutable std::mutex mutex_;
  int lock_fd_ = -1;
  bool committed_ = false;
  std::vector<Staged> staged_;
  std::set<std::string> groups_replaced_;
  std::map<std::string, RecordEntry> previous_record_;
  std::set<std::filesystem::path> prepared_directories_;
  std::vector<std::filesystem::path> created_directories_;  // outermost first
  std::size_t leftovers_removed_ = 0;
  // Each file system the temporaries are on, with a folder opened on it
  // before any of them was written (a sync reports the errors since then).
  struct FileSystem {
    std::uintmax_t device = 0;
    int fd = -1;
    bool owned = false;  // false: the root's, which is lock_fd_
    std::filesystem::path directory;
  };
  std::vector<FileSystem> file_systems_;
};

}  // namespace documents
