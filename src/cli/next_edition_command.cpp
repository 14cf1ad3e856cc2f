// brochure next-edition FICHIER ÉDITION: next year's catalogue from this
// year's, written beside it (xml/2027-2028.xml), with the list of what a
// person must still check; the new file is checked as `brochure check` would.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "base/file_reading.hpp"
#include "catalogue/french_dates.hpp"
#include "catalogue/next_edition.hpp"
#include "catalogue/reader.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/edition_writing.hpp"
#include "cli/plural.hpp"
#include "cli/text_table.hpp"
#include "documents/output_staging.hpp"

namespace cli {

namespace fs = std::filesystem;

namespace {

fs::path default_output(const std::string& catalogue_path, const std::string& edition) {
  return fs::path(catalogue_path).parent_path() / (edition + ".xml");
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code error;
  return fs::equivalent(a, b, error);
}

base::Diagnostics in_line_order(const base::Diagnostics& diagnostics) {
  std::vector<base::Diagnostic> items = diagnostics.items();
  std::stable_sort(items.begin(), items.end(),
                   [](const base::Diagnostic& a, const base::Diagnostic& b) {
                     return std::tie(a.position.line, a.position.column) <
                            std::tie(b.position.line, b.position.column);
                   });
  base::Diagnostics sorted;
  for (base::Diagnostic& item : items) sorted.add(std::move(item));
  return sorted;
}

const catalogue::Session* session_with_code(const catalogue::Catalogue& catalogue,
                                            std::string_view code) {
  for (const catalogue::Section& section : catalogue.sections)
    for (const catalogue::Course& course : section.courses)
      for (const catalogue::Session& session : course.sessions)
        if (session.code == code) return &session;
  return nullptr;
}

std::string padded(std::string_view text, std::size_t width) {
  std::string result(text);
  const std::size_t shown = display_width(text);
  if (shown < width) result.append(width - shown, ' ');
  return result;
}

// One line per session: its codes and its dates, before and after.
std::string moves_table(const catalogue::NextEdition& next, const catalogue::Catalogue& current,
                        const catalogue::Catalogue& moved) {
  std::vector<std::array<std::string, 4>> rows;
  for (const catalogue::MovedSession& session : next.sessions) {
    const catalogue::Session* before = session_with_code(current, session.old_code);
    const catalogue::Session* after = session_with_code(moved, session.new_code);
    if (!before || !after) continue;
    rows.push_back({session.old_code, session.new_code, catalogue::session_dates_short(*before),
                    catalogue::session_dates_short(*after)});
  }
  std::array<std::size_t, 3> widths{};
  for (const auto& row : rows)
    for (std::size_t i = 0; i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
  std::string text;
  for (const auto& row : rows) {
    text += fmt::format("  {} → {}  {}  →  {}\n", padded(row[0], widths[0]),
                        padded(row[1], widths[1]), padded(row[2], widths[2]), row[3]);
  }
  return text;
}

}  // namespace

int run_next_edition(const NextEditionOptions& options, std::ostream& out, std::ostream& err) {
  // This year's warnings are not repeated: those that remain come back below,
  // in the new file.
  const catalogue::LoadResult loaded =
      catalogue::load_catalogue(options.catalogue_path, options.limits);
  if (!loaded.ok()) {
    report_diagnostics(loaded.diagnostics, err);
    err << diagnostics_summary(options.catalogue_path, loaded.diagnostics) << '\n';
    err << "brochure : corrigez d'abord ce catalogue ; aucun fichier écrit\n";
    return kExitFailure;
  }
  const std::optional<catalogue::Catalogue>& current = loaded.value;
  const std::optional<std::string> text = base::read_file_bytes(options.catalogue_path);
  if (!text) {
    err << fmt::format("brochure : impossible de relire {}\n", options.catalogue_path);
    return kExitFailure;
  }
  const catalogue::NextEditionOutcome outcome =
      catalogue::make_next_edition(*text, *current, options.edition);
  if (!outcome.value) {
    err << fmt::format("brochure : {}\nvoir « brochure next-edition --help »\n", outcome.error);
    return kExitUsage;
  }
  const catalogue::NextEdition& next = *outcome.value;

  const fs::path output = options.output_path.empty()
                              ? default_output(options.catalogue_path, next.edition)
                              : fs::path(options.output_path);
  if (same_file(output, options.catalogue_path)) {
    err << fmt::format(
        "brochure : {} est le catalogue lu ; choisissez un autre fichier pour l'édition {}\n",
        output.string(), next.edition);
    return kExitUsage;
  }
  std::error_code status_error;
  if (fs::exists(output, status_error) && !options.replace_existing) {
    err << fmt::format(
        "brochure : {} existe déjà (l'édition {} est peut-être commencée) : il n'est pas "
        "remplacé ; --force le remplace\n",
        output.string(), next.edition);
    return kExitFailure;
  }

  // The new catalogue read back as `check` reads it, then what to check in it.
  const catalogue::LoadResult moved =
      catalogue::load_catalogue_from_string(next.xml, output.string(), options.limits);
  base::Diagnostics diagnostics = moved.diagnostics;
  if (moved.value) {
    catalogue::report_next_edition_checks(next, *current, *moved.value, diagnostics);
  }

  const SingleFile written = write_single_file(output, next.xml, "catalogue", err);
  if (!written.ok) return kExitFailure;

  const base::Diagnostics ordered = in_line_order(diagnostics);
  report_diagnostics(ordered, err);
  err << diagnostics_summary(output.string(), ordered) << '\n';

  out << fmt::format("{} {} : édition {}, du {} au {}\n", file_verb(written.unchanged),
                     output.string(), next.edition, catalogue::long_date(next.period_start),
                     catalogue::long_date(next.period_end));
  const int sessions = static_cast<int>(next.sessions.size());
  const int other_weeks = static_cast<int>(
      std::count_if(next.sessions.begin(), next.sessions.end(),
                    [&](const auto& session) { return session.weeks != next.usual_weeks; }));
  out << fmt::format("{} au même jour de la semaine, {} semaines plus tard{}, codes {} :\n",
                     count_of(sessions, "session déplacée", "sessions déplacées"), next.usual_weeks,
                     other_weeks == 0
                         ? std::string()
                         : fmt::format(" ({} de {} semaines)", other_weeks, next.usual_weeks + 1),
                     next.years == 1 ? "avancés d'un an" : "avancés");
  if (moved.value) out << moves_table(next, *current, *moved.value);
  out << fmt::format(
      "À vérifier : {} ci-dessus, les vacances scolaires (que brochure ne connaît pas), et chaque "
      "date avec son opérateur.\n",
      count_of(ordered.warning_count(), "avertissement", "avertissements"));
  if (ordered.has_errors()) {
    out << fmt::format(
        "« brochure check {} » y trouve {} : corrigez-les avant de produire les PDF.\n",
        output.string(), count_of(ordered.error_count(), "erreur", "erreurs"));
    return kExitFailure;
  }
  return kExitSuccess;
}

}  // namespace cli
