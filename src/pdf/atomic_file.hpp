// Replacing a file all at once: readers (a mail merge, the archive, a viewer)
// see either the previous file or the complete new one, never a half-written
// file, even if the program is killed while writing.
#pragma once

#include <mutex>
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

// Writes `bytes` to a temporary file next to `path` (same directory, hence
// same file system), flushes it to disk, then renames it over `path`. On any
// failure the temporary file is removed and `path` is left as it was. Missing
// parent directories are not created: that is reported as an error. The
// directory is synced at once, or left to `directories` when given.
FileWriteResult write_file_atomically(const std::string& path, std::string_view bytes,
                                      DirectorySyncs* directories = nullptr);

}  // namespace pdf
