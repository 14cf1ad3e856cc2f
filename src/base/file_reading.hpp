// Reading a whole file: an input (catalogue, template, font), bounded in size,
// with the reason in French when it cannot be read; or raw bytes (a colour
// profile, a catalogue to embed, an archived PDF).
#pragma once

#include <sys/stat.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

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

// The file's bytes, whatever their number; nullopt when it cannot be read.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

// The status of the regular file at `path` when it holds exactly `bytes`
// (compared, not guessed from a date); nullopt otherwise, or when it cannot be
// read. A symbolic link is not followed, and a named pipe is not waited on.
std::optional<struct stat> regular_file_holding(const std::filesystem::path& path,
                                                std::string_view bytes);

}  // namespace base
