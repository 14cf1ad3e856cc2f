// Calendar files (iCalendar, RFC 5545) from the catalogue: one per session —
// one event per day, with its local start and end times in Europe/Brussels
// (a session without hours gets all-day events, said so in the description)
// — and one for the whole edition. Each file carries the VTIMEZONE shipped
// with the project (timezones/), so that its bytes never depend on the
// machine; each event has a UID made from the edition, the code and the day's
// number, so that importing a corrected file updates the same events. Written
// with libical: escaping and line folding are the library's.
//
//   const std::optional<CalendarSettings> settings =
//       read_calendar_settings(tmpl, typeset::data_dir(), diagnostics);
//   CalendarFile ics = session_calendar(catalogue, ref, *settings, stamp);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/session_fields.hpp"
#include "typeset/template.hpp"

namespace documents {

struct CalendarSettings {
  std::string summary;             // {code} – {course-title}
  std::string summary_of_several;  // … ({day}/{days})
  std::string description;
  std::string all_day_note;
  std::string calendar_name;
  SessionTexts session;
  std::string timezone_id;  // "Europe/Brussels"
  std::string timezone;     // the VTIMEZONE component, as iCalendar text
};

// The fields the calendar's texts may use.
std::vector<std::string_view> calendar_field_names();

// Reads templates/agenda.xml's texts and the time zone file it names (under
// `data_dir`). Every problem is reported with its place. nullopt on error.
std::optional<CalendarSettings> read_calendar_settings(const typeset::Template& tmpl,
                                                       const std::string& data_dir,
                                                       base::Diagnostics& diagnostics);

struct CalendarFile {
  std::string bytes;  // CRLF line ends
  int events = 0;
  base::Diagnostics diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

// `stamp` (seconds since 1970 UTC) is every event's DTSTAMP.
CalendarFile session_calendar(const catalogue::Catalogue& catalogue,
                              const catalogue::SessionRef& session,
                              const CalendarSettings& settings, std::int64_t stamp);

// Every session of `sessions`, in one calendar named after the edition.
CalendarFile edition_calendar(const catalogue::Catalogue& catalogue,
                              const std::vector<catalogue::SessionRef>& sessions,
                              const CalendarSettings& settings, std::int64_t stamp);

// "2026-2027-T2605-2@www.tutorats.org": the stable UID of a session's day
// (1-based), from the edition, the code and the publisher's site.
std::string event_uid(const catalogue::Catalogue& catalogue, const catalogue::Session& session,
                      int day_number);

}  // namespace documents
