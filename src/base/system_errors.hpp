// System errors (errno) told in plain French, with the path they concern. The
// process runs in the "C" locale, where strerror speaks English; every file
// operation of the tool (reading catalogues, templates and fonts, writing
// PDFs, creating folders) words its failures here, so that no English system
// message reaches the user.
#pragma once

#include <string>
#include <system_error>

namespace base {

// "permission refusée", "plus de place sur le disque"…; for a code this table
// does not know, "erreur du système n° N".
std::string french_reason(int error_number);
// Same for a std::error_code of the generic or system category (std::filesystem).
std::string french_reason(const std::error_code& error);

enum class FileOperation { read, write, create_folder };

// « impossible de lire « xml/a.xml » : permission refusée ».
std::string file_error(FileOperation operation, const std::string& path, int error_number);
std::string file_error(FileOperation operation, const std::string& path,
                       const std::error_code& error);

}  // namespace base
