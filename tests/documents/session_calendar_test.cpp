// The calendar files of the 2026-2027 edition, written as `brochure render`
// does and read back twice — by libical and by Python's icalendar package, an
// independent parser — one event per day of each session, at its local start
// and end times in Europe/Brussels (summer and winter time both), at its
// place, with a UID stable across runs and corrections, all-day events for
// sessions without hours, escaping and folding as RFC 5545 wants.
#include "documents/session_calendar.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>

#include "base/utf8.hpp"
#include "catalogue/french_dates.hpp"
#include "documents/output_paths.hpp"
#include "documents_test_support.hpp"

namespace {

using namespace documents_test;

constexpr std::int64_t kStamp = 1700000000;  // 2023-11-14T22:13:20Z

const documents::CalendarSettings& settings() {
  static const documents::CalendarSettings read = [] {
    const documents::Resources resources =
        load_test_resources({kSourceDir + "/templates/agenda.xml"});
    base::Diagnostics diagnostics;
    auto settings = documents::read_calendar_settings(
        *resources.find_template(kSourceDir + "/templates/agenda.xml"), kSourceDir, diagnostics);
    if (!settings) ADD_FAILURE() << all_diagnostics(diagnostics);
    return settings.value_or(documents::CalendarSettings{});
  }();
  return read;
}

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

std::string local(const catalogue::Date& date, const catalogue::TimeOfDay& time) {
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", date.year, date.month, date.day, time.hour(),
                     time.minute());
}

std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    if (line.starts_with(prefix)) lines.push_back(line.substr(prefix.size()));
  }
  return lines;
}

TEST(Calendar, LibicalReadsOneEventPerDayAtItsLocalTimesAndPlace) {
  int sessions_with_hours = 0;
  for (const catalogue::SessionRef& ref : edition_sessions()) {
    const catalogue::Session& s = *ref.session;
    SCOPED_TRACE(s.code);
    const documents::CalendarFile file =
        documents::session_calendar(edition_catalogue(), ref, settings(), kStamp);
    ASSERT_TRUE(file.ok()) << all_diagnostics(file.diagnostics);
    EXPECT_EQ(file.events, static_cast<int>(s.days.size()));
    const Component calendar(icalparser_parse_string(file.bytes.c_str()));
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);
    EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
    ASSERT_NE(icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT), nullptr);
    std::size_t index = 0;
    for (icalcomponent* event =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event != nullptr;
         event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT), ++index) {
      ASSERT_LT(index, s.days.size());
      const catalogue::Day& day = s.days[index];
      EXPECT_EQ(std::string(icalcomponent_get_uid(event)),
                fmt::format("2026-2027-{}-{}@www.tutorats.org", s.code, index + 1));
      const std::string summary = icalcomponent_get_summary(event);
      EXPECT_TRUE(summary.starts_with(s.code + " – " + ref.course->title)) << summary;
      const std::string place = catalogue::plain_text(s.place.address);
      EXPECT_EQ(std::string(icalcomponent_get_location(event)),
                place.empty() ? s.place.city : place);
      const icaltimetype start = icalcomponent_get_dtstart(event);
      const icaltimetype end = icalcomponent_get_dtend(event);
      EXPECT_EQ(start.year, day.date.year);
      EXPECT_EQ(start.month, day.date.month);
      EXPECT_EQ(start.day, day.date.day);
      if (day.start) {
        EXPECT_FALSE(start.is_date);
        EXPECT_EQ(start.hour * 60 + start.minute, day.start->minutes);
        EXPECT_EQ(end.hour * 60 + end.minute, day.end->minutes);
        icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        icalparameter* zone = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
        ASSERT_NE(zone, nullptr);
        EXPECT_STREQ(icalparameter_get_tzid(zone), "Europe/Brussels");
      } else {
        EXPECT_TRUE(start.is_date);
        EXPECT_TRUE(end.is_date);
        EXPECT_EQ(
            icaltime_compare_date_only(icaltime_add(start, icaldurationtype_from_int(86400)), end),
            0);
      }
    }
    EXPECT_EQ(index, s.days.size());
    sessions_with_hours += s.days.front().start ? 1 : 0;
  }
  EXPECT_EQ(sessions_with_hours, 13);  // T2609, T2611 and T2705 have none yet
}

// A second parser, independent of libical: Python's icalendar (Debian's
// python3-icalendar), on every session's file and the edition's.
TEST(Calendar, PythonsIcalendarReadsTheSameEventsAndTimes) {
  ScratchDirectory scratch;
  int events = 0;
  for (const catalogue::SessionRef& ref : edition_sessions()) {
    const catalogue::Session& s = *ref.session;
    SCOPED_TRACE(s.code);
    const std::string path = scratch.file(s.code + ".ics");
    test_support::write_text_file(
        path, documents::session_calendar(edition_catalogue(), ref, settings(), kStamp).bytes);
    const test_support::CommandResult read =
        test_support::run_reader(kSourceDir, "read_ics.py", path);
    ASSERT_EQ(read.exit_code, 0) << read.output;
    EXPECT_EQ(lines_starting(read.output, "method: "), (std::vector<std::string>{"PUBLISH"}));
    EXPECT_EQ(lines_starting(read.output, "timezone: "),
              (std::vector<std::string>{"Europe/Brussels"}));
    const std::vector<std::string> read_events = lines_starting(read.output, "event: ");
    ASSERT_EQ(read_events.size(), s.days.size()) << read.output;
    for (std::size_t i = 0; i < s.days.size(); ++i) {
      const catalogue::Day& day = s.days[i];
      // Summer time until the last Sunday of October, winter time after.
      const bool summer = day.date < catalogue::Date{day.date.year, 10, 25} &&
                          catalogue::Date{day.date.year, 3, 28} < day.date;
      const std::string start = day.start ? local(day.date, *day.start) + " Europe/Brussels " +
                                                (summer ? "+0200" : "+0100")
                                          : catalogue::to_iso(day.date);
      EXPECT_TRUE(read_events[i].starts_with(
          fmt::format("2026-2027-{}-{}@www.tutorats.org | {} | ", s.code, i + 1, start)))
          << read_events[i];
      EXPECT_TRUE(read_events[i].ends_with(" | 20231114T221320Z")) << read_events[i];
    }
    const std::vector<std::string> descriptions = lines_starting(read.output, "description: ");
    EXPECT_NE(descriptions.at(0).find("mentionnez le code " + s.code), std::string::npos);
    events += static_cast<int>(s.days.size());
  }
  const std::string edition = scratch.file("2026-2027.ics");
  test_support::write_text_file(
      edition,
      documents::edition_calendar(edition_catalogue(), edition_sessions(), settings(), kStamp)
          .bytes);
  const test_support::CommandResult read =
      test_support::run_reader(kSourceDir, "read_ics.py", edition);
  EXPECT_EQ(lines_starting(read.output, "event: ").size(), static_cast<std::size_t>(events));
  EXPECT_EQ(lines_starting(read.output, "name: "),
            (std::vector<std::string>{"Ateliers & Intervisions Tutorat 2026-2027"}));
}

TEST(Calendar, ASessionWithoutHoursIsAllDayAndSaysSo) {
  const documents::CalendarFile file = documents::session_calendar(
      edition_catalogue(), edition_session("T2609"), settings(), kStamp);
  EXPECT_NE(file.bytes.find("DTSTART;VALUE=DATE:20261013\r\n"), std::string::npos) << file.bytes;
  EXPECT_NE(file.bytes.find("DTEND;VALUE=DATE:20261014\r\n"), std::string::npos) << file.bytes;
  const Component calendar(icalparser_parse_string(file.bytes.c_str()));
  icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  const std::string description = icalcomponent_get_description(event);
  EXPECT_NE(description.find("Horaire communiqué lors de l'inscription : l'événement occupe la "
                             "journée."),
            std::string::npos)
      << description;
}

// UIDs name the edition, the code and the day: a corrected catalogue (another
// time) gives other times under the same UIDs, so an agenda updates its events.
TEST(Calendar, UidsStayWhenTheCatalogueIsCorrected) {
  std::string xml = read_file(kCataloguePath);
  const std::string written = "<session code=\"T2605\" start=\"09:30\" end=\"16:30\">";
  ASSERT_NE(xml.find(written), std::string::npos);
  xml.replace(xml.find(written), written.size(),
              "<session code=\"T2605\" start=\"10:00\" end=\"16:00\">");
  const catalogue::LoadResult corrected = catalogue::load_catalogue_from_string(xml, "c.xml");
  ASSERT_TRUE(corrected.value) << all_diagnostics(corrected.diagnostics);
  const std::vector<catalogue::SessionRef> refs = catalogue::sessions_by_date(*corrected.value);
  const std::string before =
      documents::session_calendar(edition_catalogue(), edition_session("T2605"), settings(), kStamp)
          .bytes;
  const std::string after =
      documents::session_calendar(*corrected.value, *catalogue::find_session(refs, "T2605"),
                                  settings(), kStamp)
          .bytes;
  EXPECT_NE(before, after);
  for (const std::string* text : {&before, &after}) {
    EXPECT_NE(text->find("UID:2026-2027-T2605-1@www.tutorats.org\r\n"), std::string::npos);
  }
  EXPECT_NE(after.find("DTSTART;TZID=Europe/Brussels:20260924T100000\r\n"), std::string::npos);
  // And the same inputs, the same bytes.
  EXPECT_EQ(before, documents::session_calendar(edition_catalogue(), edition_session("T2605"),
                                                settings(), kStamp)
                        .bytes);
}

// Text values escaped (a comma of an address), lines folded at 75 octets
// without cutting a character, CRLF everywhere.
TEST(Calendar, EscapedAndFoldedAsRfc5545Wants) {
  const std::string bytes =
      documents::edition_calendar(edition_catalogue(), edition_sessions(), settings(), kStamp)
          .bytes;
  EXPECT_NE(bytes.find("LOCATION:EMANCIPE\\, 52 rue Luther à 1000 Bruxelles\r\n"),
            std::string::npos);
  std::size_t begin = 0;
  while (begin < bytes.size()) {
    const std::size_t end = bytes.find("\r\n", begin);
    ASSERT_NE(end, std::string::npos);
    const std::string_view line(bytes.data() + begin, end - begin);
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_EQ(base::utf8::first_invalid(line), std::string_view::npos) << line;
    EXPECT_EQ(line.find('\n'), std::string_view::npos);
    begin = end + 2;
  }
}

// The VTIMEZONE is the project's file, not the machine's zone data.
TEST(Calendar, TheTimeZoneIsTheOneShippedWithTheProject) {
  EXPECT_EQ(settings().timezone_id, "Europe/Brussels");
  EXPECT_NE(settings().timezone.find("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"), std::string::npos);
  const documents::Resources resources =
      load_test_resources({kSourceDir + "/templates/agenda.xml"});
  base::Diagnostics diagnostics;
  EXPECT_FALSE(documents::read_calendar_settings(
      *resources.find_template(kSourceDir + "/templates/agenda.xml"), "/nulle/part", diagnostics));
  EXPECT_EQ(
      all_diagnostics(diagnostics),
      "/nulle/part/timezones/Europe-Brussels.ics: error: impossible de lire le fuseau horaire "
      "(fichier absent, illisible ou de plus de 64 Ko)\n");
}

}  // namespace
