// Checking an archive (archive.hpp): that every file is there and as the
// manifest says, that manifest.json is exactly as written and agrees with
// the description carried inside the brochure, that the catalogue inside
// the brochure is the one the manifest names — then rendering that catalogue
// again with its own templates and comparing the bytes.
//
// Two kinds of findings, reported as diagnostics on the archive's files:
//   errors    the archive was changed or is incomplete (a byte, a file, the
//             embedded catalogue, the manifest);
//   warnings  the archive is as written but was made elsewhere: another
//             version of brochure or of its libraries, other fonts, other
//             hyphenation patterns — its bytes cannot be reproduced here.
//
//   VerifyReport report = documents::verify_archive("archive/2026-2027", 0);
//   print report.diagnostics; report.status() says which verdict.
#pragma once

#include <cstddef>
#include <filesystem>

#include "base/diagnostics.hpp"

namespace documents {

struct VerifyReport {
  base::Diagnostics diagnostics;
  std::size_t files_listed = 0;      // in manifest.json
  std::size_t files_intact = 0;      // present, with the size and SHA-256 listed
  std::size_t files_reproduced = 0;  // rendered again byte for byte
  bool rendered_again = false;       // the embedded sources could be rendered

  enum class Status {
    reproduced,  // intact, and rendered again to the same bytes
    elsewhere,   // intact, but made by another version or with other fonts
    altered,     // changed, incomplete or unreadable
  };
  Status status() const;
};

// `jobs`: threads for rendering again (0: one per processor).
VerifyReport verify_archive(const std::filesystem::path& directory, int jobs);

}  // namespace documents
