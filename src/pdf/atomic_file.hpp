// Replacing a file all at once: readers (a mail merge, the archive, a viewer)
// see either the previous file or the complete new one, never a half-written
// file, even if the program is killed while writing.
#pragma once

#include <string>
#include <string_view>

namespace pdf {

struct FileWriteResult {
  bool ok = false;
  std::string error;  // plain French, names the file; empty when ok
};

// Writes `bytes` to a temporary file next to `path` (same directory, hence
// same file system), flushes it to disk, then renames it over `path`. On any
// failure the temporary file is removed and `path` is left as it was. Missing
// parent directories are not created: that is reported as an error.
FileWriteResult write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace pdf
