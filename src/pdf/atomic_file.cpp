#include "pdf/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "base/system_errors.hpp"

namespace pdf {

namespace {

FileWriteResult failure(const std::string& path, const std::string& what) {
  return {false, "impossible d'écrire « " + path + " » : " + what};
}

bool write_all(int fd, std::string_view bytes, int& error_number) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      error_number = errno;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// A new file gets the usual rw-r--r--; a replaced file keeps its own mode, so
// that a reader who could open the old one can open the new one.
mode_t mode_for(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  return 0644;
}

}  // namespace

void sync_directory(const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

std::optional<long> temporary_file_owner(std::string_view file_name) {
  const std::size_t marker = file_name.rfind(kTemporaryMarker);
  if (file_name.empty() || file_name.front() != '.' || marker == std::string_view::npos)
    return std::nullopt;
  // <pid>-XXXXXX after the marker.
  const std::string_view rest = file_name.substr(marker + kTemporaryMarker.size());
  const std::size_t dash = rest.find('-');
  if (dash == 0 || dash == std::string_view::npos || rest.size() - dash - 1 != 6)
    return std::nullopt;
  long pid = 0;
  const auto [end, error] = std::from_chars(rest.data(), rest.data() + dash, pid);
  if (error != std::errc() || end != rest.data() + dash || pid <= 0) return std::nullopt;
  return pid;
}

FileWriteResult sync_file_system(int directory_fd, const std::string& directory) {
  if (::syncfs(directory_fd) == 0) return {true, {}};
  return {false, "impossible d'enregistrer sur le disque les fichiers du dossier « " + directory +
                     " » : " + base::french_reason(errno)};
}

TemporaryFile write_temporary_for(const std::string& path, std::string_view bytes,
                                  TemporarySync sync) {
  namespace fs = std::filesystem;
  TemporaryFile temporary;
  const fs::path target(path);
  const std::string directory =
      target.has_parent_path() ? target.parent_path().string() : std::string(".");
  // Built by appending: GCC 12 warns wrongly (-Wrestrict) about "." + name.
  std::string name = directory;
  name += "/.";
  name += target.filename().string();
  name += kTemporaryMarker;
  name += std::to_string(::getpid());
  name += "-XXXXXX";
  std::vector<char> pattern(name.begin(), name.end());
  pattern.push_back('\0');
  const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (fd < 0) {
    temporary.result = failure(path, base::french_reason(errno));
    return temporary;
  }
  name = pattern.data();
  int error_number = 0;
  bool ok = write_all(fd, bytes, error_number);
  if (ok && ::fchmod(fd, mode_for(path)) != 0) {
    ok = false;
    error_number = errno;
  }
  if (ok && sync == TemporarySync::now && ::fsync(fd) != 0) {
    ok = false;
    error_number = errno;
  }
  if (::close(fd) != 0 && ok) {
    ok = false;
    error_number = errno;
  }
  if (!ok) {
    ::unlink(name.c_str());
    temporary.result = failure(path, base::french_reason(error_number));
    return temporary;
  }
  temporary.path = std::move(name);
  temporary.result = {true, {}};
  return temporary;
}

void DirectorySyncs::add(const std::string& directory) {
  const std::lock_guard<std::mutex> lock(mutex_);
  pending_.insert(directory);
}

void DirectorySyncs::flush() {
  std::set<std::string> directories;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    directories.swap(pending_);
  }
  for (const std::string& directory : directories) sync_directory(directory);
}

FileWriteResult write_file_atomically(const std::string& path, std::string_view bytes,
                                      DirectorySyncs* directories) {
  namespace fs = std::filesystem;
  if (path.empty()) return {false, "aucun nom de fichier de sortie n'a été donné"};

  const fs::path target(path);
  const std::string directory =
      target.has_parent_path() ? target.parent_path().string() : std::string(".");
  std::error_code status_error;
  const fs::file_status directory_status = fs::status(directory, status_error);
  if (!fs::exists(directory_status))
    return failure(path, "le dossier « " + directory + " » n'existe pas");
  if (!fs::is_directory(directory_status))
    return failure(path, "« " + directory + " » n'est pas un dossier");
  if (fs::is_directory(fs::status(target, status_error)))
    return failure(path, "un dossier porte déjà ce nom");

  const TemporaryFile temporary = write_temporary_for(path, bytes);
  if (!temporary.result.ok) return temporary.result;
  if (::rename(temporary.path.c_str(), path.c_str()) != 0) {
    const int error_number = errno;
    ::unlink(temporary.path.c_str());
    return failure(path, base::french_reason(error_number));
  }
  if (directories != nullptr) {
    directories->add(directory);
  } else {
    sync_directory(directory);
  }
  return {true, {}};
}

}  // namespace pdf
