#include "pdf/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace pdf {
namespace {

// The process runs in the "C" locale, where strerror speaks English: the
// failures a user can fix get a French sentence.
std::string french_reason(int error_number) {
  switch (error_number) {
    case ENOENT:
      return "fichier ou dossier introuvable";
    case EACCES:
    case EPERM:
      return "permission refusée";
    case ENOSPC:
      return "plus de place sur le disque";
#ifdef EDQUOT
    case EDQUOT:
      return "quota de disque dépassé";
#endif
    case EFBIG:
      return "fichier trop gros";
    case EROFS:
      return "système de fichiers en lecture seule";
    case EISDIR:
      return "c'est un dossier";
    case ENOTDIR:
      return "un élément du chemin n'est pas un dossier";
    case EIO:
      return "erreur d'entrée-sortie";
    case ENAMETOOLONG:
      return "nom de fichier trop long";
    case EMFILE:
    case ENFILE:
      return "trop de fichiers ouverts";
    default:
      return std::error_code(error_number, std::generic_category()).message();
  }
}

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

// Makes the rename itself durable; best effort, as some file systems refuse
// to sync a directory.
void sync_directory(const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

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

  std::string temporary_name = path + ".tmp-XXXXXX";
  std::vector<char> temporary(temporary_name.begin(), temporary_name.end());
  temporary.push_back('\0');
  const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
  if (fd < 0) return failure(path, french_reason(errno));
  temporary_name = temporary.data();

  int error_number = 0;
  bool ok = write_all(fd, bytes, error_number);
  // Records the first failing step's errno; later steps are skipped.
  const auto check = [&](bool succeeded) {
    if (ok && !succeeded) {
      ok = false;
      error_number = errno;
    }
  };
  if (ok) check(::fchmod(fd, mode_for(path)) == 0);
  if (ok) check(::fsync(fd) == 0);
  check(::close(fd) == 0);
  if (ok) check(::rename(temporary_name.c_str(), path.c_str()) == 0);
  if (!ok) {
    ::unlink(temporary_name.c_str());
    return failure(path, french_reason(error_number));
  }
  if (directories != nullptr) {
    directories->add(directory);
  } else {
    sync_directory(directory);
  }
  return {true, {}};
}

}  // namespace pdf
