#include "documents/output_staging.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/file_reading.hpp"
#include "base/system_errors.hpp"
#include "documents/sha256.hpp"
#include "pdf/atomic_file.hpp"

namespace documents {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& path) {
  return "« " + path.string() + " »";
}

// A recorded path may only name a file under the root: never absolute, never
// climbing out with "..", whatever the record file holds.
bool is_safe_relative(const std::string& relative) {
  const fs::path path(relative);
  if (relative.empty() || path.is_absolute()) return false;
  for (const fs::path& part : path)
    if (part == ".." || part == ".") return false;
  return true;
}

// A process that may still be writing its temporaries.
bool is_alive(long pid) {
  if (pid == static_cast<long>(::getpid())) return true;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Read after the failing call: errno says why.
std::string cannot_open_folder(const fs::path& folder) {
  return "impossible d'ouvrir le dossier " + quoted(folder) + " : " + base::french_reason(errno);
}

// The name of this run's backup of `path`: shaped like a temporary (so that a
// later run clears it if this one is killed), one per file and process.
std::string backup_name(const fs::path& path) {
  std::string name = path.parent_path().empty() ? std::string(".") : path.parent_path().string();
  name += "/.";  // appended piece by piece: GCC 12 warns wrongly about "." + name
  name += path.filename().string();
  name += pdf::kTemporaryMarker;
  name += std::to_string(::getpid());
  name += "-ancien";
  return name;
}

std::int64_t nanoseconds(const struct timespec& time) {
  return static_cast<std::int64_t>(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

// Device, inode, size, modification and change times (OutputStaging's
// private FileIdentity).
template <typename Identity>
Identity identity_from(const struct stat& status) {
  return Identity{static_cast<std::uintmax_t>(status.st_dev),
                  static_cast<std::uintmax_t>(status.st_ino),
                  static_cast<std::uintmax_t>(status.st_size), nanoseconds(status.st_mtim),
                  nanoseconds(status.st_ctim)};
}

constexpr std::string_view kRecordHeader =
    "# Fichiers écrits par brochure dans ce dossier : brochure les remplace et retire ceux\n"
    "# qu'il ne produit plus. Ne pas modifier. Groupe, SHA-256, chemin.\n";

}  // namespace

OutputStaging::OutputStaging(fs::path root, StagingOptions options)
    : root_(std::move(root)), options_(options) {
  if (root_.empty()) root_ = ".";
}

OutputStaging::~OutputStaging() {
  abandon();
}

bool OutputStaging::open(std::string& error) {
  // The folders to create, outermost first, so that abandon() can remove
  // exactly those.
  std::vector<fs::path> missing;
  std::error_code status_error;
  for (fs::path folder = root_; !folder.empty() && !fs::exists(folder, status_error);
       folder = folder.parent_path()) {
    missing.insert(missing.begin(), folder);
    if (folder == folder.parent_path()) break;
  }
  for (const fs::path& folder : missing) {
    if (::mkdir(folder.c_str(), 0777) != 0 && errno != EEXIST) {
      error =
          "impossible de créer le dossier " + quoted(folder) + " : " + base::french_reason(errno);
      abandon();
      return false;
    }
    created_directories_.push_back(folder);
  }
  if (!fs::is_directory(root_, status_error)) {
    error = quoted(root_) + " existe mais n'est pas un dossier";
    return false;
  }

  lock_fd_ = ::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_fd_ < 0) {
    error = cannot_open_folder(root_);
    return false;
  }
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    error = "un autre « brochure » écrit déjà dans le dossier " + quoted(root_) +
            " : attendez qu'il ait fini, puis relancez";
    release_lock();
    return false;
  }
  struct stat root {};
  if (::fstat(lock_fd_, &root) != 0) {
    error = cannot_open_folder(root_);
    release_lock();
    return false;
  }
  file_systems_.push_back({static_cast<std::uintmax_t>(root.st_dev), lock_fd_, false, root_});
  if (options_.keep_record) previous_record_ = read_record();
  remove_leftovers(root_);
  prepared_directories_.insert(root_);
  return true;
}

// A folder on another file system than the ones known (a mount point under
// the root): a folder of it is opened now, before its files are written.
bool OutputStaging::track_file_system(const fs::path& directory, std::string& error) {
  const auto cannot_open = [&] {
    error = cannot_open_folder(directory);
    return false;
  };
  struct stat folder {};
  if (::stat(directory.c_str(), &folder) != 0) return cannot_open();
  const auto device = static_cast<std::uintmax_t>(folder.st_dev);
  for (const FileSystem& known : file_systems_)
    if (known.device == device) return true;
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return cannot_open();
  file_systems_.push_back({device, fd, true, directory});
  return true;
}

std::size_t OutputStaging::leftovers_removed() const {
  const std::lock_guard lock(mutex_);
  return leftovers_removed_;
}

void OutputStaging::replaces_group(std::string group) {
  const std::lock_guard lock(mutex_);
  groups_replaced_.insert(std::move(group));
}

void OutputStaging::remove_leftovers(const fs::path& directory) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error)) {
    const std::optional<long> owner = pdf::temporary_file_owner(entry.path().filename().string());
    if (!owner || is_alive(*owner)) continue;
    if (entry.is_regular_file(error) && ::unlink(entry.path().c_str()) == 0) ++leftovers_removed_;
  }
}

bool OutputStaging::prepare_directory(const fs::path& directory, std::string& error) {
  if (prepared_directories_.contains(directory)) return true;
  // Folders between the root and `directory`, outermost first.
  std::vector<fs::path> chain;
  for (fs::path folder = directory; folder != root_ && !folder.empty();
       folder = folder.parent_path())
    chain.insert(chain.begin(), folder);
  for (const fs::path& folder : chain) {
    if (prepared_directories_.contains(folder)) continue;
    if (::mkdir(folder.c_str(), 0777) == 0) {
      created_directories_.push_back(folder);
    } else if (errno != EEXIST) {
      error =
          "impossible de créer le dossier " + quoted(folder) + " : " + base::french_reason(errno);
      return false;
    } else if (std::error_code status_error; !fs::is_directory(folder, status_error)) {
      error = quoted(folder) + " existe mais n'est pas un dossier";
      return false;
    }
    if (!track_file_system(folder, error)) return false;
    remove_leftovers(folder);
    prepared_directories_.insert(folder);
  }
  return true;
}

std::optional<OutputStaging::FileIdentity> OutputStaging::identity_of(const fs::path& path) {
  struct stat status {};
  if (::lstat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return identity_from<FileIdentity>(status);
}

std::optional<OutputStaging::FileIdentity> OutputStaging::identity_if_holding(
    const fs::path& path, std::string_view bytes) {
  const std::optional<struct stat> status = base::regular_file_holding(path, bytes);
  if (!status) return std::nullopt;
  return identity_from<FileIdentity>(*status);
}

StageResult OutputStaging::stage(const fs::path& path, std::string_view bytes, std::string group) {
  const fs::path final_path = path.lexically_normal();
  const std::string relative =
      final_path.lexically_relative(root_.lexically_normal()).generic_string();
  if (!is_safe_relative(relative))
    return {false, quoted(path) + " n'est pas dans le dossier de sortie " + quoted(root_)};
  {
    const std::lock_guard lock(mutex_);
    if (committed_ || lock_fd_ < 0)
      return {false, "impossible d'écrire " + quoted(path) + " : l'écriture est close"};
    for (const Staged& staged : staged_) {
      if (staged.relative == relative)
        return {false,
                "deux documents de cette exécution portent le même nom de fichier " + quoted(path)};
    }
    std::string error;
    if (!prepare_directory(final_path.parent_path().empty() ? root_ : final_path.parent_path(),
                           error))
      return {false, error};
  }
  std::error_code status_error;
  if (fs::is_directory(final_path, status_error))
    return {false, "impossible d'écrire " + quoted(path) + " : un dossier porte déjà ce nom"};

  Staged staged{final_path, {}, relative, std::move(group), sha256_hex(bytes), bytes.size(), {}};
  staged.unchanged = identity_if_holding(final_path, bytes);
  if (!staged.unchanged) {
    pdf::TemporaryFile temporary =
        pdf::write_temporary_for(final_path.string(), bytes, pdf::TemporarySync::later);
    if (!temporary.result.ok) return {false, temporary.result.error};
    staged.temporary = std::move(temporary.path);
  }

  const std::lock_guard lock(mutex_);
  if (committed_ || lock_fd_ < 0) {  // abandoned meanwhile (an interruption)
    if (!staged.temporary.empty()) ::unlink(staged.temporary.c_str());
    return {false, "impossible d'écrire " + quoted(path) + " : l'écriture a été annulée"};
  }
  const bool unchanged = staged.unchanged.has_value();
  staged_.push_back(std::move(staged));
  return {true, {}, unchanged};
}

std::size_t OutputStaging::staged_count() const {
  const std::lock_guard lock(mutex_);
  return staged_.size();
}

std::vector<StagedFile> OutputStaging::staged_files() const {
  const std::lock_guard lock(mutex_);
  std::vector<StagedFile> files;
  for (const Staged& staged : staged_)
    files.push_back({staged.relative, staged.group, staged.size, staged.sha256});
  return files;
}

void OutputStaging::adopt(std::string relative, std::string group, std::string sha256) {
  if (!is_safe_relative(relative)) return;
  const std::lock_guard lock(mutex_);
  previous_record_[std::move(relative)] = RecordEntry{std::move(group), std::move(sha256)};
}

CommitResult OutputStaging::commit() {
  const std::lock_guard lock(mutex_);
  CommitResult result;
  if (committed_ || lock_fd_ < 0) {
    result.errors.push_back("écriture déjà terminée ou annulée (erreur interne)");
    return result;
  }
  committed_ = true;

  // 1. Every temporary on disk, all together: one sync of each file system
  // instead of a wait per file on the thread that made it (10 to 15 ms less
  // for the edition). Nothing is replaced unless all of them are there.
  // With every file unchanged there is nothing to bring.
  bool changes = false;  // a file renamed or removed in a folder, or the record rewritten
  for (const Staged& staged : staged_) changes = changes || !staged.unchanged;
  for (const FileSystem& file_system : file_systems_) {
    if (!changes) break;
    const pdf::FileWriteResult synced =
        options_.sync_file_system(file_system.fd, file_system.directory.string());
    if (!synced.ok) {
      result.errors.push_back(synced.error);
      break;
    }
  }

  // 2. A hard link to each file about to be replaced, so that a failed rename
  // can put every earlier one back. This also proves, before anything is
  // replaced, that each folder still accepts new entries.
  std::vector<std::string> backups(staged_.size());
  for (std::size_t i = 0; i < staged_.size() && result.ok(); ++i) {
    const Staged& staged = staged_[i];
    if (staged.unchanged) {
      // Left in place: it must still be the file read when it was staged.
      if (identity_of(staged.final_path) != staged.unchanged)
        result.errors.push_back(
            quoted(staged.final_path) +
            " a été modifié ou retiré pendant que brochure travaillait : relancez");
      continue;
    }
    std::error_code status_error;
    if (!fs::exists(staged.final_path, status_error)) continue;
    backups[i] = backup_name(staged.final_path);
    ::unlink(backups[i].c_str());  // left by an earlier process that had this id
    if (::link(staged.final_path.c_str(), backups[i].c_str()) == 0) continue;
    const int error_number = errno;
    backups[i].clear();
    // File systems without hard links (FAT on a USB stick): go on without.
    if (error_number == EPERM || error_number == ENOTSUP || error_number == EOPNOTSUPP) continue;
    result.errors.push_back("impossible de remplacer " + quoted(staged.final_path) + " : " +
                            base::french_reason(error_number));
  }

  // 3. The renames; on a failure, every file renamed so far is put back.
  std::size_t renamed = 0;
  if (result.ok()) {
    for (; renamed < staged_.size(); ++renamed) {
      const Staged& staged = staged_[renamed];
      if (staged.unchanged) continue;
      if (::rename(staged.temporary.c_str(), staged.final_path.c_str()) != 0) {
        result.errors.push_back("impossible de remplacer " + quoted(staged.final_path) + " : " +
                                base::french_reason(errno));
        break;
      }
    }
    if (!result.ok()) {
      for (std::size_t i = 0; i < renamed; ++i) {
        if (staged_[i].unchanged) continue;
        if (!backups[i].empty()) {
          ::rename(backups[i].c_str(), staged_[i].final_path.c_str());
          backups[i].clear();
        } else {
          ::unlink(staged_[i].final_path.c_str());
        }
      }
    }
  }
  for (const std::string& backup : backups)
    if (!backup.empty()) ::unlink(backup.c_str());
  if (!result.ok()) {
    for (std::size_t i = renamed; i < staged_.size(); ++i)
      if (!staged_[i].temporary.empty()) ::unlink(staged_[i].temporary.c_str());
    staged_.clear();
    committed_ = false;  // so that abandon() also removes the folders made
    return result;
  }
  for (const Staged& staged : staged_) {
    result.written.push_back(staged.final_path);
    if (staged.unchanged) result.unchanged.push_back(staged.final_path);
  }

  // 4. Files this run no longer makes, in the groups it makes whole.
  if (options_.keep_record || !previous_record_.empty()) {
    std::map<std::string, RecordEntry> record;
    std::set<std::string> made;
    for (const Staged& staged : staged_) made.insert(staged.relative);
    for (const auto& [relative, entry] : previous_record_) {
      if (made.contains(relative)) continue;
      const fs::path path = root_ / relative;
      std::error_code status_error;
      if (!fs::is_regular_file(fs::symlink_status(path, status_error))) continue;
      if (!groups_replaced_.contains(entry.group)) {
        record.emplace(relative, entry);  // still ours, still there
        continue;
      }
      if (sha256_of_file(path.string()) != entry.sha256) {
        result.kept_changed.push_back(path);  // someone's edit: no longer ours
      } else if (::unlink(path.c_str()) == 0) {
        changes = true;
        result.removed_stale.push_back(path);
        prepared_directories_.insert(path.parent_path());
      } else {
        result.warnings.push_back("impossible de retirer " + quoted(path) +
                                  ", qui n'est plus produit : " + base::french_reason(errno));
        record.emplace(relative, entry);  // still ours: a later run tries again
      }
    }
    for (const Staged& staged : staged_)
      record[staged.relative] = RecordEntry{staged.group, staged.sha256};
    // The files are in place whatever happens to the record: at worst, a
    // later run does not know to remove what this one made.
    if (options_.keep_record) {
      const std::string text = record_text(record);
      const fs::path path = root_ / std::string(kOwnershipRecord);
      if (!identity_if_holding(path, text)) {
        changes = true;
        if (std::string error = write_record(path, text); !error.empty())
          result.warnings.push_back(error);
      }
    }
  }

  // 5. The renames made durable, each folder once.
  if (changes)
    for (const fs::path& directory : prepared_directories_) pdf::sync_directory(directory.string());
  staged_.clear();
  created_directories_.clear();  // they hold the new files now
  release_lock();
  return result;
}

std::size_t OutputStaging::abandon() {
  const std::lock_guard lock(mutex_);
  std::size_t removed = 0;
  if (!committed_) {
    for (const Staged& staged : staged_)
      if (!staged.temporary.empty() && ::unlink(staged.temporary.c_str()) == 0) ++removed;
    staged_.clear();
    // Innermost first; rmdir refuses a folder that holds anything.
    for (auto folder = created_directories_.rbegin(); folder != created_directories_.rend();
         ++folder)
      ::rmdir(folder->c_str());
    created_directories_.clear();
    committed_ = true;
  }
  release_lock();
  return removed;
}

void OutputStaging::release_lock() {
  for (const FileSystem& file_system : file_systems_)
    if (file_system.owned) ::close(file_system.fd);
  file_systems_.clear();
  if (lock_fd_ >= 0) ::close(lock_fd_);  // closing releases the flock
  lock_fd_ = -1;
}

std::map<std::string, OutputStaging::RecordEntry> OutputStaging::read_record() const {
  std::map<std::string, RecordEntry> record;
  std::ifstream in(root_ / std::string(kOwnershipRecord), std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t first = line.find('\t');
    const std::size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
    if (second == std::string::npos) continue;
    RecordEntry entry{line.substr(0, first), line.substr(first + 1, second - first - 1)};
    std::string relative = line.substr(second + 1);
    if (entry.sha256.size() != 64 || !is_safe_relative(relative)) continue;
    record.emplace(std::move(relative), std::move(entry));
  }
  return record;
}

std::string OutputStaging::record_text(const std::map<std::string, RecordEntry>& record) {
  std::string text(kRecordHeader);
  for (const auto& [relative, entry] : record)
    text += entry.group + "\t" + entry.sha256 + "\t" + relative + "\n";
  return text;
}

std::string OutputStaging::write_record(const fs::path& path, const std::string& text) {
  // Not synced: a record lost in a crash only means that the next run
  // removes nothing (the safe side). Its rename is made durable with the
  // others', when the root folder is synced.
  const pdf::TemporaryFile temporary =
      pdf::write_temporary_for(path.string(), text, pdf::TemporarySync::none);
  if (!temporary.result.ok) return temporary.result.error;
  if (::rename(temporary.path.c_str(), path.c_str()) != 0) {
    const int error_number = errno;
    ::unlink(temporary.path.c_str());
    return "impossible d'écrire " + quoted(path) + " : " + base::french_reason(error_number);
  }
  return {};
}

}  // namespace documents
