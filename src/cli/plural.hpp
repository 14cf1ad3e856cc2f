// Counting things in French messages.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace cli {

// French puts the singular for 0 and 1: "0 erreur", "1 erreur", "2 erreurs".
inline std::string count_of(int count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count <= 1 ? singular : plural);
}

}  // namespace cli
