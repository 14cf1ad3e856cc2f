#include "cli/environment.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace cli {

Environment environment_from_process() {
  Environment environment;
  if (const char* columns = std::getenv("COLUMNS")) {
    const std::string_view text = columns;
    std::size_t width = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), width);
    if (error == std::errc() && end == text.data() + text.size() && width > 0) {
      environment.terminal_width = width;
    }
  }
  return environment;
}

}  // namespace cli
