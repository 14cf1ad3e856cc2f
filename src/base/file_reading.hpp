// Reading a whole input file (catalogue, template, font), bounded in size,
// with the reason in French when it cannot be read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace base {

struct FileReadProblem {
  enum class Kind { none, folder, too_big, system };
  Kind kind = Kind::none;
  int error_number = 0;  // for Kind::system
};

// The bytes of the file at `path`, or nullopt with `problem` saying why: a
// folder, more than `max_bytes`, or a system error (errno).
std::optional<std::string> read_whole_file(const std::string& path, std::size_t max_bytes,
                                           FileReadProblem& problem);

}  // namespace base
