#include "base/system_errors.hpp"

#include <fmt/format.h>

#include <cerrno>

namespace base {

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
    case EOVERFLOW:
      return "fichier trop gros";
    case EROFS:
      return "disque en lecture seule";
    case EISDIR:
      return "c'est un dossier";
    case ENOTDIR:
      return "un élément du chemin n'est pas un dossier";
    case EIO:
      return "erreur de lecture ou d'écriture sur le disque";
    case ENAMETOOLONG:
      return "nom de fichier trop long";
    case EMFILE:
    case ENFILE:
      return "trop de fichiers ouverts";
    case ELOOP:
      return "trop de liens symboliques dans le chemin";
    case EEXIST:
      return "un fichier ou un dossier porte déjà ce nom";
    case ENOTEMPTY:
      return "le dossier n'est pas vide";
    case EBUSY:
    case ETXTBSY:
      return "fichier ou dossier occupé par un autre programme";
    case EXDEV:
      return "déplacement impossible d'un disque à un autre";
    case ENOMEM:
      return "mémoire insuffisante";
    case EINVAL:
      return "nom ou opération non valable";
    case EAGAIN:
      return "ressource momentanément indisponible";
    case EINTR:
      return "opération interrompue";
    case ENXIO:
    case ENODEV:
      return "périphérique introuvable";
    case ESTALE:
      return "fichier réseau devenu inaccessible";
    case ETIMEDOUT:
      return "délai dépassé";
    case ENOTSUP:
      return "opération que ce disque ne permet pas";
    default:
      return fmt::format("erreur du système n° {}", error_number);
  }
}

std::string french_reason(const std::error_code& error) {
  if (error.category() == std::generic_category() || error.category() == std::system_category()) {
    return french_reason(error.value());
  }
  return fmt::format("erreur n° {}", error.value());
}

std::string file_error(FileOperation operation, const std::string& path, int error_number) {
  return file_error(operation, path, std::error_code(error_number, std::generic_category()));
}

std::string file_error(FileOperation operation, const std::string& path,
                       const std::error_code& error) {
  const char* action = operation == FileOperation::read    ? "impossible de lire"
                       : operation == FileOperation::write ? "impossible d'écrire"
                                                           : "impossible de créer le dossier";
  return fmt::format("{} « {} » : {}", action, path, french_reason(error));
}

}  // namespace base
