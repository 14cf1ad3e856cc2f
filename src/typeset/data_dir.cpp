#include "typeset/data_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <optional>

#ifndef BROCHURE_DATA_DIR
#error "BROCHURE_DATA_DIR must name the data directory (set by CMakeLists.txt)"
#endif

namespace typeset {

namespace {

namespace fs = std::filesystem;

// The data installed with the program: PREFIX/share/brochure beside
// PREFIX/bin/brochure (/usr/share/brochure for the Debian package), found
// from where the running program is, so that a copy installed anywhere finds
// its own.
std::optional<std::string> installed_data_dir() {
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  if (error) return std::nullopt;
  const fs::path candidate = program.parent_path().parent_path() / "share" / "brochure";
  if (!fs::is_directory(candidate / "templates", error)) return std::nullopt;
  return candidate.string();
}

}  // namespace

std::string data_dir() {
  // Read at each call, not cached: tests and installed copies may change it.
  if (const char* from_environment = std::getenv("BROCHURE_DATA_DIR");
      from_environment != nullptr && *from_environment != '\0') {
    return from_environment;
  }
  if (std::optional<std::string> installed = installed_data_dir()) return *installed;
  return BROCHURE_DATA_DIR;
}

std::string resolve_data_path(std::string_view relative) {
  const std::filesystem::path path(relative);
  if (path.is_absolute()) return path.string();
  return (std::filesystem::path(data_dir()) / path).lexically_normal().string();
}

}  // namespace typeset
