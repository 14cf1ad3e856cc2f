// brochure list FICHIER: the sessions of the catalogue by date — as a table to
// check the programme at a glance, as JSON for a program, as CSV for a
// spreadsheet — or, with --summary, the year in figures (sessions and days of
// training per month, per operator, per place).
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "catalogue/french_dates.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/plural.hpp"
#include "cli/text_table.hpp"

namespace cli {

namespace {

using Json = nlohmann::ordered_json;

std::string_view kind_name(catalogue::CourseKind kind) {
  return kind == catalogue::CourseKind::atelier ? "atelier" : "intervision";
}

std::string operator_name(const catalogue::Catalogue& catalogue, const catalogue::Course& course) {
  const catalogue::Operator* found = catalogue.find_operator(course.operator_id);
  return found ? found->name : course.operator_id;
}

std::string clock(catalogue::TimeOfDay time) {
  return fmt::format("{:02}:{:02}", time.hour(), time.minute());
}

// --- the sessions ------------------------------------------------------------

std::string sessions_as_text(const catalogue::Catalogue& catalogue,
                             const std::vector<catalogue::SessionRef>& sessions,
                             std::size_t terminal_width) {
  // Dates are never shortened: they are what the list is checked for.
  const std::vector<TableColumn> columns = {
      {"Code", false, 0},  {"Type", false, 0},  {"Opérateur", true, 8},
      {"Titre", true, 10}, {"Dates", false, 0}, {"Lieu", true, 8},
  };
  std::vector<std::vector<std::string>> rows;
  int ateliers = 0;
  int intervisions = 0;
  for (const catalogue::SessionRef& ref : sessions) {
    (ref.course->kind == catalogue::CourseKind::atelier ? ateliers : intervisions) += 1;
    rows.push_back({ref.session->code, std::string(kind_name(ref.course->kind)),
                    operator_name(catalogue, *ref.course), ref.course->title,
                    catalogue::session_dates_short(*ref.session), ref.session->place.city});
  }
  return render_table(columns, rows, terminal_width) +
         fmt::format("{} : {}, {}\n",
                     count_of(static_cast<int>(rows.size()), "session", "sessions"),
                     count_of(ateliers, "atelier", "ateliers"),
                     count_of(intervisions, "intervision", "intervisions"));
}

std::string sessions_as_json(const catalogue::Catalogue& catalogue,
                             const std::vector<catalogue::SessionRef>& sessions) {
  Json list = Json::array();
  for (const catalogue::SessionRef& ref : sessions) {
    Json days = Json::array();
    for (const catalogue::Day& day : ref.session->days) {
      Json entry = {{"date", catalogue::to_iso(day.date)}};
      if (day.start && day.end) {
        entry["start"] = clock(*day.start);
        entry["end"] = clock(*day.end);
      }
      days.push_back(std::move(entry));
    }
    list.push_back({{"code", ref.session->code},
                    {"type", kind_name(ref.course->kind)},
                    {"operator", ref.course->operator_id},
                    {"operator_name", operator_name(catalogue, *ref.course)},
                    {"title", ref.course->title},
                    {"open_to_schools", ref.course->open_to_schools},
                    {"dates", catalogue::session_dates(*ref.session)},
                    {"days", std::move(days)},
                    {"city", ref.session->place.city},
                    {"address", catalogue::plain_text(ref.session->place.address)},
                    {"sheet", ref.course->sheet.has_value()}});
  }
  const Json document = {{"edition", catalogue.edition},
                         {"start", catalogue::to_iso(catalogue.period_start)},
                         {"end", catalogue::to_iso(catalogue.period_end)},
                         {"sessions", std::move(list)}};
  return document.dump(2) + "\n";
}

// A CSV field as RFC 4180 writes it: quoted when it holds the separator, a
// quote or a line break, quotes doubled.
std::string csv_field(std::string_view value) {
  if (value.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(value);
  std::string quoted = "\"";
  for (const char c : value) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

// Semicolons and a byte order mark: what a spreadsheet set to French (Belgian)
// opens in columns, with its accents, on a double click.
std::string csv_table(const std::vector<std::vector<std::string>>& rows) {
  std::string text = "\xEF\xBB\xBF";
  for (const std::vector<std::string>& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) text += ';';
      text += csv_field(row[i]);
    }
    text += "\r\n";
  }
  return text;
}

std::string sessions_as_csv(const catalogue::Catalogue& catalogue,
                            const std::vector<catalogue::SessionRef>& sessions) {
  std::vector<std::vector<std::string>> rows = {
      {"code", "type", "opérateur", "titre", "dates", "jours", "heures", "lieu", "adresse"}};
  for (const catalogue::SessionRef& ref : sessions) {
    std::string iso_days;
    for (const catalogue::Day& day : ref.session->days) {
      if (!iso_days.empty()) iso_days += ' ';
      iso_days += catalogue::to_iso(day.date);
    }
    rows.push_back({ref.session->code, std::string(kind_name(ref.course->kind)),
                    operator_name(catalogue, *ref.course), ref.course->title, iso_days,
                    std::to_string(ref.session->days.size()),
                    catalogue::session_hours(*ref.session), ref.session->place.city,
                    catalogue::plain_text(ref.session->place.address)});
  }
  return csv_table(rows);
}

// --- the summary -------------------------------------------------------------

struct Tally {
  std::string name;
  int sessions = 0;
  int days = 0;
};

struct Summary {
  int sessions = 0;
  int ateliers = 0;
  int intervisions = 0;
  int days = 0;
  std::vector<Tally> months;     // every month of the edition; a session counts in its first day's
                                 // month, each day in its own
  std::vector<Tally> operators;  // in the order the catalogue declares them
  std::vector<Tally> places;     // by name
};

Summary summarize(const catalogue::Catalogue& catalogue,
                  const std::vector<catalogue::SessionRef>& sessions) {
  Summary summary;
  std::map<int, Tally> months;
  // Every month of the edition, those without a session too.
  if (catalogue.period_start.valid() && catalogue.period_end.valid()) {
    for (int key = catalogue.period_start.year * 12 + catalogue.period_start.month - 1;
         key <= catalogue.period_end.year * 12 + catalogue.period_end.month - 1; ++key) {
      months[key].name = fmt::format("{} {}", catalogue::month_name(key % 12 + 1), key / 12);
    }
  }
  std::map<std::string, Tally> operators;
  std::map<std::string, Tally> places;
  for (const catalogue::SessionRef& ref : sessions) {
    const catalogue::Session& session = *ref.session;
    const int days = static_cast<int>(session.days.size());
    ++summary.sessions;
    (ref.course->kind == catalogue::CourseKind::atelier ? summary.ateliers
                                                        : summary.intervisions) += 1;
    summary.days += days;
    for (std::size_t i = 0; i < session.days.size(); ++i) {
      const catalogue::Date& date = session.days[i].date;
      Tally& month = months[date.year * 12 + date.month - 1];
      month.name = fmt::format("{} {}", catalogue::month_name(date.month), date.year);
      month.days += 1;
      if (i == 0) month.sessions += 1;
    }
    Tally& by_operator = operators[ref.course->operator_id];
    by_operator.name = operator_name(catalogue, *ref.course);
    by_operator.sessions += 1;
    by_operator.days += days;
    Tally& place = places[session.place.city];
    place.name = session.place.city;
    place.sessions += 1;
    place.days += days;
  }
  for (auto& [key, tally] : months) summary.months.push_back(tally);
  for (const catalogue::Operator& declared : catalogue.operators) {
    if (const auto found = operators.find(declared.id); found != operators.end())
      summary.operators.push_back(found->second);
  }
  for (auto& [name, tally] : places) summary.places.push_back(tally);
  return summary;
}

std::string summary_as_text(const catalogue::Catalogue& catalogue, const Summary& summary,
                            std::size_t terminal_width) {
  std::string text = fmt::format("Édition {} : {} ({}, {}), {} de formation\n", catalogue.edition,
                                 count_of(summary.sessions, "session", "sessions"),
                                 count_of(summary.ateliers, "atelier", "ateliers"),
                                 count_of(summary.intervisions, "intervision", "intervisions"),
                                 count_of(summary.days, "jour", "jours"));
  const auto section = [&](std::string_view heading, const std::vector<Tally>& tallies) {
    std::vector<std::vector<std::string>> rows;
    for (const Tally& tally : tallies)
      rows.push_back({tally.name, std::to_string(tally.sessions), std::to_string(tally.days)});
    text += '\n';
    text += render_table(
        {{std::string(heading), true, 10}, {"Sessions", false, 0}, {"Jours", false, 0}}, rows,
        terminal_width);
  };
  section("Par mois (premier jour)", summary.months);
  section("Par opérateur", summary.operators);
  section("Par lieu", summary.places);
  return text;
}

Json tallies_json(const std::vector<Tally>& tallies) {
  Json list = Json::array();
  for (const Tally& tally : tallies)
    list.push_back({{"name", tally.name}, {"sessions", tally.sessions}, {"days", tally.days}});
  return list;
}

std::string summary_as_json(const catalogue::Catalogue& catalogue, const Summary& summary) {
  const Json document = {{"edition", catalogue.edition},
                         {"sessions", summary.sessions},
                         {"ateliers", summary.ateliers},
                         {"intervisions", summary.intervisions},
                         {"days", summary.days},
                         {"by_month", tallies_json(summary.months)},
                         {"by_operator", tallies_json(summary.operators)},
                         {"by_place", tallies_json(summary.places)}};
  return document.dump(2) + "\n";
}

std::string summary_as_csv(const Summary& summary) {
  std::vector<std::vector<std::string>> rows = {{"regroupement", "nom", "sessions", "jours"}};
  const auto add = [&](std::string_view group, const std::vector<Tally>& tallies) {
    for (const Tally& tally : tallies)
      rows.push_back({std::string(group), tally.name, std::to_string(tally.sessions),
                      std::to_string(tally.days)});
  };
  rows.push_back({"total", "", std::to_string(summary.sessions), std::to_string(summary.days)});
  add("mois", summary.months);
  add("opérateur", summary.operators);
  add("lieu", summary.places);
  return csv_table(rows);
}

}  // namespace

int run_list(const ListOptions& options, const Environment& environment, std::ostream& out,
             std::ostream& err) {
  const std::optional<catalogue::Catalogue> catalogue =
      load_valid_catalogue(options.catalogue_path, options.limits, WarningDisplay::count_only, err);
  if (!catalogue) return kExitFailure;
  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(*catalogue);
  if (options.summary) {
    const Summary summary = summarize(*catalogue, sessions);
    switch (options.format) {
      case ListFormat::text:
        out << summary_as_text(*catalogue, summary, environment.terminal_width);
        break;
      case ListFormat::json:
        out << summary_as_json(*catalogue, summary);
        break;
      case ListFormat::csv:
        out << summary_as_csv(summary);
        break;
    }
    return kExitSuccess;
  }
  switch (options.format) {
    case ListFormat::text:
      out << sessions_as_text(*catalogue, sessions, environment.terminal_width);
      break;
    case ListFormat::json:
      out << sessions_as_json(*catalogue, sessions);
      break;
    case ListFormat::csv:
      out << sessions_as_csv(*catalogue, sessions);
      break;
  }
  return kExitSuccess;
}

}  // namespace cli
