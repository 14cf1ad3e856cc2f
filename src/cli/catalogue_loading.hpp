// Loading the catalogue for a command: its diagnostics go to the user, and the
// command goes on only when the catalogue has no error.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/limits.hpp"
#include "catalogue/model.hpp"

namespace cli {

// "xml/2026-2027.xml : 0 erreur, 3 avertissements".
std::string diagnostics_summary(const std::string& path, const base::Diagnostics& diagnostics);

// Every diagnostic, one per line, GCC style; past kMaxShownPerFile for one
// file, one line says how many more there are.
inline constexpr int kMaxShownPerFile = 200;
void report_diagnostics(const base::Diagnostics& diagnostics, std::ostream& err);

// How warnings are shown by a command that goes on when there are some.
enum class WarningDisplay {
  each,        // every warning, GCC style
  count_only,  // one line with their number and how to see them (brochure check)
};

// Loads `path`. When it has errors, writes every diagnostic and the summary to
// `err` and returns nothing; otherwise writes its warnings as asked.
std::optional<catalogue::Catalogue> load_valid_catalogue(const std::string& path,
                                                         const catalogue::CatalogueLimits& limits,
                                                         WarningDisplay warnings,
                                                         std::ostream& err);

// The session with this code, compared without regard to case ("t2605" finds
// T2605); when there is none, tells the user which codes exist and returns null.
const catalogue::SessionRef* find_session_for_user(
    const std::vector<catalogue::SessionRef>& sessions, std::string_view code,
    const std::string& path, std::ostream& err);

}  // namespace cli
