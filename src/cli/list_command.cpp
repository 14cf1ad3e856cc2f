// brochure list FICHIER: the sessions of the catalogue as a table, by date,
// to check the programme at a glance before producing the PDFs.
#include <fmt/format.h>

#include "catalogue/french_dates.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/plural.hpp"
#include "cli/text_table.hpp"

namespace cli {

namespace {

std::string_view kind_name(catalogue::CourseKind kind) {
  return kind == catalogue::CourseKind::atelier ? "atelier" : "intervision";
}

std::string operator_name(const catalogue::Catalogue& catalogue, const catalogue::Course& course) {
  const catalogue::Operator* found = catalogue.find_operator(course.operator_id);
  return found ? found->name : course.operator_id;
}

}  // namespace

int run_list(const ListOptions& options, const Environment& environment, std::ostream& out,
             std::ostream& err) {
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;

  // Dates are never shortened: they are what the list is checked for.
  const std::vector<TableColumn> columns = {
      {"Code", false, 0},  {"Type", false, 0},  {"Opérateur", true, 8},
      {"Titre", true, 10}, {"Dates", false, 0}, {"Lieu", true, 8},
  };
  std::vector<std::vector<std::string>> rows;
  int ateliers = 0;
  int intervisions = 0;
  for (const catalogue::SessionRef& ref : catalogue::sessions_by_date(*catalogue)) {
    (ref.course->kind == catalogue::CourseKind::atelier ? ateliers : intervisions) += 1;
    rows.push_back({ref.session->code, std::string(kind_name(ref.course->kind)),
                    operator_name(*catalogue, *ref.course), ref.course->title,
                    catalogue::session_dates_short(*ref.session), ref.session->place.city});
  }
  out << render_table(columns, rows, environment.terminal_width);
  out << fmt::format("{} : {}, {}\n",
                     count_of(static_cast<int>(rows.size()), "session", "sessions"),
                     count_of(ateliers, "atelier", "ateliers"),
                     count_of(intervisions, "intervision", "intervisions"));
  return kExitSuccess;
}

}  // namespace cli
