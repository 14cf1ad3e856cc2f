// next-edition's transformation: the period, the days and the codes moved,
// nothing else of the text touched, and what a person must check reported
// where it is in the new file.
#include "catalogue/next_edition.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "catalogue/public_holidays.hpp"
#include "catalogue/reader.hpp"

namespace catalogue {
namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> messages_of(const base::Diagnostics& diagnostics) {
  std::vector<std::string> messages;
  for (const base::Diagnostic& item : diagnostics.items())
    messages.push_back(base::format_diagnostic(item));
  return messages;
}

// A small catalogue; `session` is put in the course, `sheet` after it.
std::string small_catalogue(const std::string& session, const std::string& sheet = "") {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers</title>
  <publisher website="https://www.tutorats.org">Fonds</publisher>
  <operators>
    <operator id="cerso">CERSO</operator>
  </operators>
  <section kind="atelier" title="Ateliers">
    <course operator="cerso">
      <title>Bâtir une culture de tutorat</title>
)" + session +
         sheet +
         R"(    </course>
  </section>
</catalogue>
)";
}

struct Moved {
  NextEdition next;
  Catalogue current;
  LoadResult read_back;
  base::Diagnostics checks;
};

Moved next_of(const std::string& xml, std::string_view edition = "2027-2028") {
  LoadResult current = load_catalogue_from_string(xml, "2026-2027.xml");
  EXPECT_TRUE(current.ok()) << (current.diagnostics.empty()
                                    ? std::string()
                                    : base::format_diagnostic(current.diagnostics.items()[0]));
  NextEditionOutcome outcome = make_next_edition(xml, *current.value, edition);
  EXPECT_TRUE(outcome.value) << outcome.error;
  Moved moved{*outcome.value,
              *current.value,
              load_catalogue_from_string(outcome.value->xml, "2027-2028.xml"),
              {}};
  if (moved.read_back.value)
    report_next_edition_checks(moved.next, moved.current, *moved.read_back.value, moved.checks);
  return moved;
}

TEST(PublicHolidays, EasterAndTheHolidaysThatFollowIt) {
  EXPECT_EQ(easter_sunday(2024), (Date{2024, 3, 31}));
  EXPECT_EQ(easter_sunday(2026), (Date{2026, 4, 5}));
  EXPECT_EQ(easter_sunday(2027), (Date{2027, 3, 28}));
  EXPECT_EQ(easter_sunday(2028), (Date{2028, 4, 16}));
  EXPECT_EQ(public_holiday({2028, 4, 17}), "lundi de Pâques");
  EXPECT_EQ(public_holiday({2028, 5, 25}), "Ascension");
  EXPECT_EQ(public_holiday({2028, 6, 5}), "lundi de Pentecôte");
  EXPECT_EQ(public_holiday({2027, 11, 11}), "Armistice");
  EXPECT_TRUE(public_holiday({2027, 9, 27}).has_value());
  EXPECT_FALSE(public_holiday({2027, 9, 28}).has_value());
  EXPECT_FALSE(public_holiday({2028, 5, 24}).has_value());
}

TEST(NextEdition, TheEditionOf2026To2027BecomesAValid2027To2028) {
  const std::string path = std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml";
  const std::string xml = file_text(path);
  const Moved moved = next_of(xml);
  ASSERT_TRUE(moved.read_back.ok()) << messages_of(moved.read_back.diagnostics).front();
  const Catalogue& after = *moved.read_back.value;
  EXPECT_EQ(after.edition, "2027-2028");
  EXPECT_EQ(after.period_start, (Date{2027, 9, 1}));
  EXPECT_EQ(after.period_end, (Date{2028, 6, 30}));

  // Every session: same weekdays, 52 weeks later, within the period; its code
  // takes the next years (T26xx → T27xx, T27xx → T28xx).
  const std::vector<SessionRef> before_sessions = sessions_by_date(moved.current);
  ASSERT_EQ(moved.next.sessions.size(), before_sessions.size());
  for (const MovedSession& how : moved.next.sessions) {
    const SessionRef* before = find_session(before_sessions, how.old_code);
    const std::vector<SessionRef> after_sessions = sessions_by_date(after);
    const SessionRef* now = find_session(after_sessions, how.new_code);
    ASSERT_TRUE(before && now) << how.old_code;
    EXPECT_TRUE(how.renumbered);
    EXPECT_EQ(how.new_code.substr(0, 1), "T");
    EXPECT_EQ(std::stoi(how.new_code.substr(1, 2)), std::stoi(how.old_code.substr(1, 2)) + 1);
    EXPECT_EQ(how.new_code.substr(3), how.old_code.substr(3));
    ASSERT_EQ(before->session->days.size(), now->session->days.size());
    for (std::size_t i = 0; i < now->session->days.size(); ++i) {
      const Date& old_day = before->session->days[i].date;
      const Date& new_day = now->session->days[i].date;
      EXPECT_EQ(new_day.days_since_epoch() - old_day.days_since_epoch(), 364) << how.new_code;
      EXPECT_EQ(new_day.weekday(), old_day.weekday());
      EXPECT_FALSE(new_day < after.period_start || after.period_end < new_day);
    }
  }
  // The rows naming a session follow its new code.
  EXPECT_NE(moved.next.xml.find(R"(generate="dates-and-place" session="T2710"/>)"),
            std::string::npos);
  EXPECT_NE(moved.next.xml.find(R"(generate="dates-and-place" session="T2803"/>)"),
            std::string::npos);

  // Nothing else changed: same lines, and each changed line only holds moved values.
  const std::vector<std::string> old_lines = lines_of(xml);
  const std::vector<std::string> new_lines = lines_of(moved.next.xml);
  ASSERT_EQ(old_lines.size(), new_lines.size());
  int changed = 0;
  for (std::size_t i = 0; i < old_lines.size(); ++i) {
    if (old_lines[i] == new_lines[i]) continue;
    ++changed;
    const bool moved_value = new_lines[i].find("<day date=") != std::string::npos ||
                             new_lines[i].find("<session code=") != std::string::npos ||
                             new_lines[i].find(" session=\"") != std::string::npos ||
                             new_lines[i].find("edition=\"2027-2028\"") != std::string::npos;
    EXPECT_TRUE(moved_value) << "ligne " << i + 1 << " : " << new_lines[i];
  }
  EXPECT_EQ(changed, 1 + 16 + 24 + 2);  // the period, the codes, the days, the two rows

  // Thursday 25 May 2028 is Ascension Day: the one thing this year to check.
  const std::vector<std::string> checks = messages_of(moved.checks);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].find("2027-2028.xml:"), std::string::npos);
  EXPECT_NE(checks[0].find(": warning: le jeudi 25 mai 2028 est un jour férié (Ascension)"),
            std::string::npos)
      << checks[0];
}

TEST(NextEdition, ASessionThat52WeeksWouldPutBeforeThePeriodMoves53) {
  // Tuesday 1 September 2026 + 52 weeks = Tuesday 31 August 2027, before the
  // 2027-2028 edition; its second day keeps the session's rhythm.
  const Moved moved =
      next_of(small_catalogue(R"(      <session code="T2601" start="09:30" end="16:30">
        <day date="2026-09-01"/>
        <day date="2026-09-08"/>
        <place city="Namur">Namur</place>
      </session>
)"));
  ASSERT_TRUE(moved.read_back.ok());
  const Session& session = moved.read_back.value->sections[0].courses[0].sessions[0];
  EXPECT_EQ(session.days[0].date, (Date{2027, 9, 7}));
  EXPECT_EQ(session.days[1].date, (Date{2027, 9, 14}));
  EXPECT_EQ(moved.next.sessions[0].weeks, 53);
  const std::vector<std::string> checks = messages_of(moved.checks);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].find("2027-2028.xml:11:7: warning: la session T2701 avance de 53 semaines"),
            0u)
      << checks[0];
}

TEST(NextEdition, CodesOutsideThePatternAreKeptAndReported) {
  const Moved moved =
      next_of(small_catalogue(R"(      <session code="NAMUR-A" start="09:30" end="16:30">
        <day date="2026-10-06"/>
        <place city="Namur">Namur</place>
      </session>
)"));
  ASSERT_TRUE(moved.read_back.ok());
  EXPECT_EQ(moved.next.sessions[0].new_code, "NAMUR-A");
  EXPECT_FALSE(moved.next.sessions[0].renumbered);
  const std::vector<std::string> checks = messages_of(moved.checks);
  ASSERT_FALSE(checks.empty());
  EXPECT_EQ(checks[0].find("2027-2028.xml:11:7: warning: le code NAMUR-A ne suit pas le modèle"),
            0u)
      << checks[0];
}

TEST(NextEdition, ACodeWhoseYearNoLongerMatchesItsFirstDayIsReported) {
  // Friday 7 January 2027 moves to Friday 6 January 2028: fine. Friday
  // 1 January 2027 would move to 31 December 2027 while its code says 28.
  const Moved moved =
      next_of(small_catalogue(R"(      <session code="T2701" start="09:30" end="16:30">
        <day date="2027-01-01"/>
        <place city="Namur">Namur</place>
      </session>
)"));
  ASSERT_TRUE(moved.read_back.ok());
  const std::vector<std::string> checks = messages_of(moved.checks);
  ASSERT_EQ(checks.size(), 1u);  // the code only: New Year's Eve is no holiday
  EXPECT_NE(checks[0].find("le code T2801 annonce 2028, mais la session commence le vendredi "
                           "31 décembre 2027"),
            std::string::npos)
      << checks[0];
}

TEST(NextEdition, TextsMentioningTheOldYearsDatesAndCodesAreReportedWhereTheyAre) {
  const Moved moved =
      next_of(small_catalogue(R"(      <session code="T2610" start="09:30" end="16:30">
        <day date="2026-11-16"/>
        <place city="Namur">Namur</place>
      </session>
)",
                              R"(      <sheet>
        <row label="Programme">Suite de T2610, inscription avant le 1er octobre 2026.</row>
        <row label="Note">Une maison de 15 mai, T26100 n'est pas un code.</row>
        <row label="Date et lieu" generate="dates-and-place"/>
      </sheet>
)"));
  ASSERT_TRUE(moved.read_back.ok());
  const std::vector<std::string> checks = messages_of(moved.checks);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0],
            "2027-2028.xml:16:41: warning: ce texte cite la session T2610, devenue T2710 : "
            "corrigez le code");
  EXPECT_EQ(checks[1],
            "2027-2028.xml:16:69: warning: ce texte donne une date, « 1er octobre » : "
            "vérifiez-le pour l'édition 2027-2028");
  EXPECT_EQ(checks[2],
            "2027-2028.xml:16:81: warning: ce texte mentionne l'année 2026 : vérifiez-le pour "
            "l'édition 2027-2028");
  EXPECT_NE(checks[3].find("2027-2028.xml:17:"), std::string::npos);
  EXPECT_NE(checks[3].find("« 15 mai »"), std::string::npos);
}

TEST(NextEdition, TheEditionMustBeALaterOneWrittenAsTwoYears) {
  const std::string xml = small_catalogue(R"(      <session code="T2610" start="09:30" end="16:30">
        <day date="2026-11-16"/>
        <place city="Namur">Namur</place>
      </session>
)");
  const LoadResult current = load_catalogue_from_string(xml, "2026-2027.xml");
  ASSERT_TRUE(current.ok());
  for (const std::string_view edition : {"2027", "2027-2029", "2026-2027", "2025-2026", "27-28"}) {
    const NextEditionOutcome outcome = make_next_edition(xml, *current.value, edition);
    EXPECT_FALSE(outcome.value) << edition;
    EXPECT_FALSE(outcome.error.empty());
  }
  // Two years on: the period moves two years, the days 104 weeks, the codes by two.
  const Moved later = next_of(xml, "2028-2029");
  ASSERT_TRUE(later.read_back.ok());
  EXPECT_EQ(later.read_back.value->period_start, (Date{2028, 9, 1}));
  EXPECT_EQ(later.next.sessions[0].new_code, "T2810");
  EXPECT_EQ(later.read_back.value->sections[0].courses[0].sessions[0].days[0].date,
            (Date{2028, 11, 13}));
}

}  // namespace
}  // namespace catalogue
