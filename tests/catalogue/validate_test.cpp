// validate() on models built in code: the cross-checks no single element shows.
#include "catalogue/validate.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>

namespace catalogue {
namespace {

Session session_on(std::string code, int line, std::vector<Date> dates) {
  Session session;
  session.code = std::move(code);
  session.position = {line, 7};
  session.place.city = "Bruxelles";
  int day_line = line + 1;
  for (const Date& date : dates) {
    session.days.push_back({date, TimeOfDay{570}, TimeOfDay{990}, {day_line++, 9}});
  }
  return session;
}

Sheet sheet_with(std::vector<SheetRow> rows) {
  Sheet sheet;
  sheet.rows = std::move(rows);
  return sheet;
}

// One operator, one section, one course with one session that has a sheet:
// valid, no diagnostic.
Catalogue valid_catalogue() {
  Catalogue catalogue;
  catalogue.source_path = "cat.xml";
  catalogue.edition = "2026-2027";
  catalogue.period_start = {2026, 9, 1};
  catalogue.period_end = {2027, 6, 30};
  catalogue.operators.push_back({"le-grain", "Le Grain", {6, 5}});
  Section section;
  section.position = {8, 3};
  Course course;
  course.operator_id = "le-grain";
  course.position = {9, 5};
  course.sessions.push_back(session_on("T2605", 11, {{2026, 9, 24}}));
  SheetRow hours;
  hours.label = "Horaire";
  hours.generated = SheetRow::Generated::hours;
  hours.position = {20, 9};
  course.sheet = sheet_with({hours});
  section.courses.push_back(course);
  catalogue.sections.push_back(section);
  return catalogue;
}

Course& first_course(Catalogue& catalogue) {
  return catalogue.sections[0].courses[0];
}

std::string diagnostics_of(const Catalogue& catalogue) {
  base::Diagnostics diagnostics;
  validate(catalogue, diagnostics);
  std::string out;
  for (const base::Diagnostic& d : diagnostics.items()) out += base::format_diagnostic(d) + "\n";
  return out;
}

TEST(Validate, ValidCatalogueHasNoDiagnostic) {
  EXPECT_EQ(diagnostics_of(valid_catalogue()), "");
}

TEST(Validate, DuplicateOperatorNamesTheFirstLine) {
  Catalogue catalogue = valid_catalogue();
  catalogue.operators.push_back({"le-grain", "Le Grain bis", {7, 5}});
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:7:5: error: l'organisme « le-grain » est déjà défini à la ligne 6\n");
}

TEST(Validate, UnknownOperatorSuggestsTheClosestId) {
  Catalogue catalogue = valid_catalogue();
  catalogue.operators.push_back({"uliege", "ULiège", {7, 5}});
  first_course(catalogue).operator_id = "le-grian";
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:9:5: error: l'organisme « le-grian » n'est pas défini dans <operators> ; "
            "vouliez-vous dire « le-grain » ?\n");
  first_course(catalogue).operator_id = "fraje";
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:9:5: error: l'organisme « fraje » n'est pas défini dans <operators>\n");
}

TEST(Validate, DuplicateSessionCodeAcrossCoursesPointsAtTheSecond) {
  Catalogue catalogue = valid_catalogue();
  Course other = first_course(catalogue);
  other.position = {30, 5};
  other.sessions = {session_on("T2605", 32, {{2026, 10, 1}})};
  catalogue.sections[0].courses.push_back(other);
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:32:7: error: le code de session T2605 est déjà utilisé à la ligne 11\n");
}

TEST(Validate, DaysOutsideThePeriodOrOutOfOrder) {
  Catalogue catalogue = valid_catalogue();
  first_course(catalogue).sessions[0] =
      session_on("T2605", 11, {{2026, 9, 24}, {2026, 9, 24}, {2026, 9, 20}, {2027, 7, 2}});
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:13:9: error: le jour 2026-09-24 est déjà indiqué dans la session T2605\n"
            "cat.xml:14:9: error: le jour 2026-09-20 vient avant le jour précédent (2026-09-24) : "
            "écrivez les jours dans l'ordre des dates\n"
            "cat.xml:15:9: error: le jour 2027-07-02 est hors de la période de l'édition "
            "(2026-09-01 – 2027-06-30)\n");
}

TEST(Validate, NoPeriodCheckWhenThePeriodIsUnknown) {
  Catalogue catalogue = valid_catalogue();
  catalogue.period_end = {};  // unreadable in the file: already reported by the reader
  first_course(catalogue).sessions[0] = session_on("T2605", 11, {{2030, 1, 1}});
  EXPECT_EQ(diagnostics_of(catalogue), "");
}

TEST(Validate, HoursRowNeedsHoursOnEveryDay) {
  Catalogue catalogue = valid_catalogue();
  Day& day = first_course(catalogue).sessions[0].days[0];
  day.start.reset();
  day.end.reset();
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:12:9: error: le jour 2026-09-24 de la session T2605 n'a pas d'horaire "
            "(attributs « start » et « end ») alors que sa fiche affiche les horaires\n");
  // Without an hours row, a session may have no hours yet.
  first_course(catalogue).sheet->rows[0].generated = SheetRow::Generated::dates_and_place;
  EXPECT_EQ(diagnostics_of(catalogue), "");
}

TEST(Validate, RowSessionMustBeOneOfItsCourse) {
  Catalogue catalogue = valid_catalogue();
  Course& course = first_course(catalogue);
  course.sessions.push_back(session_on("T2703", 15, {{2027, 3, 18}}));
  SheetRow row;
  row.label = "Date et lieu 1";
  row.generated = SheetRow::Generated::dates_and_place;
  row.session_code = "T2610";
  row.position = {21, 9};
  course.sheet->rows.push_back(row);
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:21:9: error: la session « T2610 » n'est pas une session de ce cours "
            "(T2605, T2703)\n");
  course.sheet->rows.back().session_code = "T2703";
  EXPECT_EQ(diagnostics_of(catalogue), "");
}

TEST(Validate, SessionWithoutSheetIsOnlyAWarning) {
  Catalogue catalogue = valid_catalogue();
  first_course(catalogue).sheet.reset();
  first_course(catalogue).sessions[0].code = "T2609";
  base::Diagnostics diagnostics;
  validate(catalogue, diagnostics);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(base::format_diagnostic(diagnostics.items()[0]),
            "cat.xml:11:7: warning: la session T2609 n'a pas de fiche détaillée : elle figurera "
            "dans les tableaux sans renvoi");
}

// A catalogue whose first course has `count` one-day sessions, one per line from 100.
Catalogue with_sessions(int count) {
  Catalogue catalogue = valid_catalogue();
  Course& course = first_course(catalogue);
  course.sessions.clear();
  for (int i = 0; i < count; ++i) {
    course.sessions.push_back(session_on(fmt::format("S{}", i), 100 + 2 * i, {{2026, 10, 1}}));
  }
  return catalogue;
}

TEST(Validate, TooManySessionsIsReportedOnce) {
  const Catalogue catalogue = with_sessions(502);
  // The message says how to raise the limit, to the number that would do.
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:1100:7: error: le catalogue compte plus de 500 sessions, la limite qui évite "
            "de publier un catalogue copié deux fois ; s'il en a vraiment autant, relevez-la avec "
            "l'option --max-sessions 502\n");
}

TEST(Validate, RaisedSessionLimitAcceptsTheCatalogue) {
  const Catalogue catalogue = with_sessions(502);
  base::Diagnostics diagnostics;
  validate(catalogue, diagnostics, {.max_sessions = 502});
  EXPECT_FALSE(diagnostics.has_errors());
  validate(catalogue, diagnostics, {.max_sessions = 501});
  EXPECT_TRUE(diagnostics.has_errors());
}

TEST(Validate, TooManyDaysInASession) {
  Catalogue catalogue = valid_catalogue();
  std::vector<Date> dates;
  for (int i = 0; i < 61; ++i) dates.push_back(Date{2026, 10 + i / 28, 1 + i % 28});
  first_course(catalogue).sessions[0] = session_on("T2605", 11, dates);
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:72:9: error: la session T2605 compte 61 jours ; 60 au plus sont permis\n");
}

TEST(Validate, OneSectionPerKind) {
  Catalogue catalogue = valid_catalogue();
  Section again = catalogue.sections[0];
  again.position = {40, 3};
  again.courses[0].sessions[0].code = "T2606";
  catalogue.sections.push_back(again);
  EXPECT_EQ(diagnostics_of(catalogue),
            "cat.xml:40:3: error: une section « atelier » existe déjà à la ligne 8\n");
}

}  // namespace
}  // namespace catalogue
