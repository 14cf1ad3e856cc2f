// File sizes in French messages.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <string>

namespace cli {

// "48 Ko": kilo-octets, rounded, at least 1.
inline std::string file_size(std::size_t bytes) {
  return fmt::format("{} Ko", std::max<std::size_t>(1, (bytes + 512) / 1024));
}

}  // namespace cli
