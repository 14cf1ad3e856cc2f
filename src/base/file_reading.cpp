#include "base/file_reading.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <limits>

namespace base {

namespace {
// Closes the descriptor on every path out.
struct FileDescriptor {
  int fd;
  ~FileDescriptor() {
    if (fd >= 0) ::close(fd);
  }
};

std::optional<std::string> system_problem(FileReadProblem& problem, int error_number) {
  problem = {FileReadProblem::Kind::system, error_number};
  return std::nullopt;
}
}  // namespace

std::optional<std::string> read_whole_file(const std::string& path, std::size_t max_bytes,
                                           FileReadProblem& problem) {
  problem = {};
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) return system_problem(problem, errno);
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) return system_problem(problem, errno);
  if (S_ISDIR(status.st_mode)) {
    problem.kind = FileReadProblem::Kind::folder;
    return std::nullopt;
  }
  if (status.st_size > 0 && static_cast<std::size_t>(status.st_size) > max_bytes) {
    problem.kind = FileReadProblem::Kind::too_big;
    return std::nullopt;
  }
  // Read to the end rather than trust the size: a pipe or a file still growing
  // has no size worth the name.
  std::string bytes;
  bytes.reserve(status.st_size > 0 ? static_cast<std::size_t>(status.st_size) : 0);
  char buffer[64 * 1024];
  while (true) {
    const ssize_t read = ::read(file.fd, buffer, sizeof buffer);
    if (read < 0) {
      if (errno == EINTR) continue;
      return system_problem(problem, errno);
    }
    if (read == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(read));
    if (bytes.size() > max_bytes) {
      problem.kind = FileReadProblem::Kind::too_big;
      return std::nullopt;
    }
  }
  return bytes;
}

std::optional<std::string> read_file_bytes(const std::filesystem::path& path) {
  FileReadProblem problem;
  return read_whole_file(path.string(), std::numeric_limits<std::size_t>::max(), problem);
}

std::optional<struct stat> regular_file_holding(const std::filesystem::path& path,
                                                std::string_view bytes) {
  const FileDescriptor file{::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) return std::nullopt;
  struct stat status {};
  if (::fstat(file.fd, &status) != 0 || !S_ISREG(status.st_mode) ||
      static_cast<std::uintmax_t>(status.st_size) != bytes.size())
    return std::nullopt;
  char buffer[64 * 1024];
  std::size_t compared = 0;
  while (compared < bytes.size()) {
    const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0 || static_cast<std::size_t>(got) > bytes.size() - compared ||
        bytes.compare(compared, static_cast<std::size_t>(got),
                      std::string_view(buffer, static_cast<std::size_t>(got))) != 0)
      return std::nullopt;
    compared += static_cast<std::size_t>(got);
  }
  return status;
}

}  // namespace base
