// Small helpers shared by the test programs that run commands (the built
// `brochure`, qpdf, pdftotext, xmllint) and read the files they write.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace test_support {

struct CommandResult {
  int exit_code = -1;
  std::string output;
};

enum class Stderr { separate, merged };

// Runs `command` through the shell and collects its standard output (with its
// standard error too when `stderr_mode` is merged).
inline CommandResult run_command(const std::string& command,
                                 Stderr stderr_mode = Stderr::separate) {
  CommandResult result;
  const std::string line = stderr_mode == Stderr::merged ? command + " 2>&1" : command;
  FILE* pipe = ::popen(line.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.output.append(buffer.data(), read);
  }
  const int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_text_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// `text` as one shell word, whatever it holds (quotes included).
inline std::string shell_quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace test_support

namespace test_support {

// Debian's Python, whatever `python3` a developer's PATH finds first: the
// tests' second parsers (tests/support/read_*.py) need its packages
// (python3-icalendar).
inline constexpr const char* kDebianPython = "/usr/bin/python3";

// Runs one of tests/support/read_*.py on `file` (with `more` arguments) and
// returns its output.
inline CommandResult run_reader(const std::string& source_dir, const std::string& script,
                                const std::string& file, const std::string& more = "") {
  std::string command = kDebianPython;
  for (const std::string& argument : {source_dir + "/tests/support/" + script, file, more}) {
    if (argument.empty()) continue;
    command += ' ';
    command += shell_quoted(argument);
  }
  return run_command(command, Stderr::merged);
}

}  // namespace test_support
