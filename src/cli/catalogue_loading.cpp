#include "cli/catalogue_loading.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/message_text.hpp"
#include "catalogue/reader.hpp"
#include "cli/plural.hpp"

namespace cli {

namespace {

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}

bool same_code(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_upper(x) == ascii_upper(y);
         });
}

}  // namespace

std::string diagnostics_summary(const std::string& path, const base::Diagnostics& diagnostics) {
  return fmt::format("{} : {}, {}", path, count_of(diagnostics.error_count(), "erreur", "erreurs"),
                     count_of(diagnostics.warning_count(), "avertissement", "avertissements"));
}

void report_diagnostics(const base::Diagnostics& diagnostics, std::ostream& err) {
  std::map<std::string_view, int> shown;  // per file
  std::map<std::string_view, int> hidden;
  for (const base::Diagnostic& diagnostic : diagnostics.items()) {
    if (shown[diagnostic.file] == kMaxShownPerFile) {
      ++hidden[diagnostic.file];
      continue;
    }
    ++shown[diagnostic.file];
    err << base::format_diagnostic(diagnostic) << '\n';
  }
  for (const auto& [file, count] : hidden) {
    err << fmt::format("{} : {} de plus, non affichés ; corrigez d'abord ceux-ci\n", file,
                       count_of(count, "problème", "problèmes"));
  }
}

std::optional<catalogue::Catalogue> load_valid_catalogue(const std::string& path,
                                                         const catalogue::CatalogueLimits& limits,
                                                         WarningDisplay warnings,
                                                         std::ostream& err) {
  catalogue::LoadResult result = catalogue::load_catalogue(path, limits);
  const base::Diagnostics& diagnostics = result.diagnostics;
  if (diagnostics.has_errors() || !result.value) {
    report_diagnostics(diagnostics, err);
    err << diagnostics_summary(path, diagnostics) << '\n';
    return std::nullopt;
  }
  if (warnings == WarningDisplay::each) {
    report_diagnostics(diagnostics, err);
  } else if (diagnostics.warning_count() > 0) {
    err << fmt::format("{} : {} ; « brochure check {} » les détaille\n", path,
                       count_of(diagnostics.warning_count(), "avertissement", "avertissements"),
                       path);
  }
  return std::move(result.value);
}

const catalogue::SessionRef* find_session_for_user(
    const std::vector<catalogue::SessionRef>& sessions, std::string_view code,
    const std::string& path, std::ostream& err) {
  const auto found = std::find_if(
      sessions.begin(), sessions.end(),
      [&](const catalogue::SessionRef& ref) { return same_code(ref.session->code, code); });
  if (found != sessions.end()) return &*found;
  std::vector<std::string> codes;
  for (const catalogue::SessionRef& ref : sessions) codes.push_back(ref.session->code);
  err << fmt::format("brochure : aucune session {} dans {} ; les codes sont : {}\n",
                     base::in_guillemets(code), path, base::short_list(codes, 12));
  return nullptr;
}

}  // namespace cli
