#include "typeset/data_dir.hpp"

#include <cstdlib>
#include <filesystem>

#ifndef BROCHURE_DATA_DIR
#error "BROCHURE_DATA_DIR must name the data directory (set by CMakeLists.txt)"
#endif

namespace typeset {

std::string data_dir() {
  // Read at each call, not cached: tests and installed copies may change it.
  if (const char* from_environment = std::getenv("BROCHURE_DATA_DIR");
      from_environment != nullptr && *from_environment != '\0') {
    return from_environment;
  }
  return BROCHURE_DATA_DIR;
}

std::string resolve_data_path(std::string_view relative) {
  const std::filesystem::path path(relative);
  if (path.is_absolute()) return path.string();
  return (std::filesystem::path(data_dir()) / path).lexically_normal().string();
}

}  // namespace typeset
