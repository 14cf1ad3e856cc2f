#include "catalogue/french_dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace catalogue {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"lundi",    "mardi",  "mercredi", "jeudi",
                                                       "vendredi", "samedi", "dimanche"};
constexpr std::array<std::string_view, 7> kWeekdayAbbreviations = {"lun.", "mar.", "mer.", "jeu.",
                                                                   "ven.", "sam.", "dim."};
constexpr std::array<std::string_view, 12> kMonths = {
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

constexpr TimeOfDay kNoon{12 * 60};
constexpr TimeOfDay kOnePm{13 * 60};

// Weekday and month names start with an ASCII letter, so upper-casing one byte is enough.
std::string capitalise(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string day_number(int day) {
  return day == 1 ? "1er" : std::to_string(day);
}

// "a", "a et b", "a, b et c".
std::string join_enumeration(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? " et " : ", ";
    text += items[i];
  }
  return text;
}

std::vector<Date> dates_of(const Session& session) {
  std::vector<Date> dates;
  dates.reserve(session.days.size());
  for (const Day& day : session.days) dates.push_back(day.date);
  return dates;
}

// In an enumeration the month is written once when every day shares it ("5, 6
// et 8 octobre 2026"), else after each day: eliding it in a longer list reads
// as another date ("21 janvier, 4, 25 février"). The year is written after the
// last day of each year ("15 décembre 2026 et 12 janvier 2027").
bool month_written_at(const std::vector<Date>& dates, std::size_t i) {
  const bool one_month = std::all_of(dates.begin(), dates.end(), [&](const Date& date) {
    return date.month == dates.front().month && date.year == dates.front().year;
  });
  return !one_month || i + 1 == dates.size();
}
bool year_ends_at(const std::vector<Date>& dates, std::size_t i) {
  return i + 1 == dates.size() || dates[i + 1].year != dates[i].year;
}

// "lundi 5 et mardi 6 octobre 2026" (with weekdays) or "5 et 6 octobre 2026".
std::string long_enumeration(const std::vector<Date>& dates, bool with_weekdays) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    std::string item = with_weekdays ? weekday_name(dates[i]) + " " : std::string();
    item += day_number(dates[i].day);
    if (month_written_at(dates, i)) item += fmt::format(" {}", month_name(dates[i].month));
    if (year_ends_at(dates, i)) item += fmt::format(" {}", dates[i].year);
    items.push_back(std::move(item));
  }
  return join_enumeration(items);
}

// "lun. 16/11 et jeu. 19/11/2026" (with weekdays) or "29/09 et 24/11/2026".
std::string short_enumeration(const std::vector<Date>& dates, bool with_weekdays) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    std::string item =
        with_weekdays ? fmt::format("{} ", kWeekdayAbbreviations[dates[i].weekday()]) : "";
    item += fmt::format("{:02}/{:02}", dates[i].day, dates[i].month);
    if (year_ends_at(dates, i)) item += fmt::format("/{}", dates[i].year);
    items.push_back(std::move(item));
  }
  return join_enumeration(items);
}

bool share_weekday(const std::vector<Date>& dates) {
  return std::all_of(dates.begin(), dates.end(),
                     [&](const Date& date) { return date.weekday() == dates.front().weekday(); });
}

// "matin" when every day ends by 13:00, "après-midi" when every day starts at
// noon or later, nothing otherwise (or when some day has no hours yet).
std::string_view part_of_day(const Session& session) {
  const auto timed = [](const Day& day) { return day.start && day.end; };
  if (session.days.empty() || !std::all_of(session.days.begin(), session.days.end(), timed)) {
    return {};
  }
  const auto afternoon = [](const Day& day) { return *day.start >= kNoon; };
  const auto morning = [](const Day& day) { return *day.end <= kOnePm; };
  if (std::all_of(session.days.begin(), session.days.end(), afternoon)) return "après-midi";
  if (std::all_of(session.days.begin(), session.days.end(), morning)) return "matin";
  return {};
}

// The head of a same-weekday phrase: "4 mardis matin", "mardis", "4 mar. matin".
// A count is given from three days on; with a count, a colon introduces the dates.
std::string same_weekday_head(std::string weekday, std::size_t count, std::string_view part) {
  std::string head = count > 2 ? fmt::format("{} {}", count, weekday) : std::move(weekday);
  if (!part.empty()) head += fmt::format(" {}", part);
  head += count > 2 ? " : " : " ";
  return head;
}

}  // namespace

std::string weekday_name(const Date& date) {
  return std::string(kWeekdays[date.weekday()]);
}

std::string month_name(int month) {
  return std::string(kMonths[month - 1]);
}

std::string long_date(const Date& date) {
  return fmt::format("{} {} {} {}", weekday_name(date), day_number(date.day),
                     month_name(date.month), date.year);
}

std::string time_of_day(TimeOfDay time) {
  if (time.minute() == 0) return fmt::format("{}h", time.hour());
  return fmt::format("{}h{:02}", time.hour(), time.minute());
}

std::string time_range(TimeOfDay start, TimeOfDay end) {
  return fmt::format("{}-{}", time_of_day(start), time_of_day(end));
}

std::string session_dates(const Session& session) {
  const std::vector<Date> dates = dates_of(session);
  if (dates.empty()) return {};
  if (dates.size() == 1) return capitalise(long_date(dates.front()));
  if (!share_weekday(dates)) return capitalise(long_enumeration(dates, /*with_weekdays=*/true));
  const std::string head =
      same_weekday_head(weekday_name(dates.front()) + "s", dates.size(), part_of_day(session));
  return capitalise(head + long_enumeration(dates, /*with_weekdays=*/false));
}

namespace {

std::string short_dates(const Session& session, bool weekday_in_full) {
  const std::vector<Date> dates = dates_of(session);
  if (dates.size() <= 1 || !share_weekday(dates)) {
    return short_enumeration(dates, /*with_weekdays=*/true);
  }
  const std::string weekday = weekday_in_full
                                  ? weekday_name(dates.front()) + "s"
                                  : std::string(kWeekdayAbbreviations[dates.front().weekday()]);
  const std::string head = same_weekday_head(weekday, dates.size(), part_of_day(session));
  return head + short_enumeration(dates, /*with_weekdays=*/false);
}

}  // namespace

std::string session_dates_short(const Session& session) {
  return short_dates(session, /*weekday_in_full=*/false);
}

std::string session_dates_short_for_print(const Session& session) {
  return short_dates(session, /*weekday_in_full=*/true);
}

std::string session_hours(const Session& session) {
  // Days grouped by their hours, groups in order of first appearance; a group
  // without hours holds the days whose hours are not known yet.
  using Hours = std::optional<std::pair<TimeOfDay, TimeOfDay>>;
  std::vector<std::pair<Hours, std::vector<Date>>> groups;
  for (const Day& day : session.days) {
    const Hours hours = day.start && day.end ? Hours(std::pair(*day.start, *day.end)) : Hours();
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& candidate) { return candidate.first == hours; });
    if (group == groups.end()) {
      groups.push_back({hours, {}});
      group = std::prev(groups.end());
    }
    group->second.push_back(day.date);
  }
  const bool any_hours = std::any_of(groups.begin(), groups.end(),
                                     [](const auto& group) { return group.first.has_value(); });
  if (!any_hours) return {};
  if (groups.size() == 1) return time_range(groups[0].first->first, groups[0].first->second);

  std::vector<std::string> phrases;
  for (const auto& [hours, dates] : groups) {
    const std::string range =
        hours ? time_range(hours->first, hours->second) : std::string("horaire à préciser");
    phrases.push_back(fmt::format("{} {} {}", range, dates.size() == 1 ? "le" : "les",
                                  long_enumeration(dates, /*with_weekdays=*/false)));
  }
  std::string text;
  for (const std::string& phrase : phrases) {
    if (!text.empty()) text += " ; ";
    text += phrase;
  }
  return text;
}

}  // namespace catalogue
