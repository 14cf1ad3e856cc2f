// Replacing a file all at once: readers (a mail merge, the archive, a viewer)
// see either the previous file or the complete new one, never a half-written
// file, even if the program is killed while writing.
#pragma once

#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace pdf {

struct FileWriteResult {
  bool ok = false;
  std::string error;  // plain French, names the file; empty when ok
};

// Directories holding renamed files whose new entries are not yet on disk.
// Syncing a directory costs a journal commit; a run that writes many files
// into one folder syncs it once, when this object is destroyed (or flushed),
// rather than after each file. Thread-safe.
class DirectorySyncs {
 public:
  DirectorySyncs() = default;
  DirectorySyncs(const DirectorySyncs&) = delete;
  DirectorySyncs& operator=(const DirectorySyncs&) = delete;
  ~DirectorySyncs() { flush(); }

  void add(const std::string& directory);
  // Syncs every pending directory once; best effort, as some file systems
  // refuse to sync a directory.
  void flush();

 private:
  std::mutex mutex_;
  std::set<std::string> pending_;
};

// A temporary file of this program is named after its final file and the
// process writing it: "out/x/.T2605.pdf.brochure-tmp-4242-a8ZqWe". Hidden in
// file managers, and recognisable by a later run, which removes those whose
// process is gone (a run killed outright cannot remove its own).
inline constexpr std::string_view kTemporaryMarker = ".brochure-tmp-";

// The process id of a temporary's writer, when `file_name` (no folder) names
// one of this program's temporary files; nullopt otherwise.
std::optional<long> temporary_file_owner(std::string_view file_name);

struct TemporaryFile {
  std::string path;  // empty when it could not be made
  FileWriteResult result;
};

// How a temporary reaches the disk before it is renamed.
enum class TemporarySync {
  now,    // fsync before returning
  later,  // the caller brings it to disk with the others (sync_file_system)
          // before renaming it
  none,   // a file whose loss in a crash would do no harm
};

// Writes `bytes` to a new temporary file next to `path` (same folder, hence
// same file system: a rename can replace `path` at once), with the mode of the
// file it will replace (else rw-r--r--), and brings it to disk as `sync`
// says. Not renamed: the caller does that. On failure nothing is left behind.
TemporaryFile write_temporary_for(const std::string& path, std::string_view bytes,
                                  TemporarySync sync = TemporarySync::now);

// Brings everything written on the file system of `directory_fd` to disk at
// once: one journal commit for a run's files instead of one per file. An
// error writing back any file since `directory_fd` was opened is reported
// (Linux 5.8 and later), in French, naming `directory`.
FileWriteResult sync_file_system(int directory_fd, const std::string& directory);

// Makes renames in `directory` durable; best effort, as some file systems
// refuse to sync a directory.
void sync_directory(const std::string& directory);

// Writes `bytes` to a temporary file next to `path` (same directory, hence
// same file system), flushes it to disk, then renames it over `path`. On any
// failure the temporary file is removed and `path` is left as it was. Missing
// parent directories are not created: that is reported as an error. The
// directory is synced at once, or left to `directories` when given.
FileWriteResult write_file_atomically(const std::string& path, std::string_view bytes,
                                      DirectorySyncs* directories = nullptr);

}  // namespace pdf
