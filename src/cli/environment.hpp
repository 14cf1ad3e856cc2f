// What the commands need to know about where they run, read once at start-up
// so that the commands themselves depend on no global state.
#pragma once

#include <cstddef>

namespace cli {

struct Environment {
  std::size_t terminal_width = 120;  // columns available to `list`
};

// From the process: $COLUMNS when it is a positive number, else 120 columns.
Environment environment_from_process();

}  // namespace cli
