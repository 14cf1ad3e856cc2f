// The `brochure` program: parses the command line and runs the command asked for.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "cli/environment.hpp"

namespace cli {

// The whole program, as main() calls it: real streams and environment.
int run(int argc, char** argv);

// Same, with the arguments after the program name, the environment and the
// streams given, for tests. Returns the exit code: 0 success, 1 failure
// (catalogue errors), 2 wrong command line.
int run(const std::vector<std::string>& arguments, const Environment& environment,
        std::ostream& out, std::ostream& err);

}  // namespace cli
