#include "catalogue/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace catalogue {

namespace {
bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Reads exactly `digits` decimal digits at `pos`.
std::optional<int> read_number(std::string_view text, std::size_t pos, std::size_t digits) {
  if (pos + digits > text.size()) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(text.data() + pos, text.data() + pos + digits, value);
  if (error != std::errc() || end != text.data() + pos + digits) return std::nullopt;
  return value;
}
}  // namespace

bool Date::valid() const {
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil.
long Date::days_since_epoch() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::plus_days(long days) const {
  // The inverse of days_since_epoch (H. Hinnant's civil_from_days).
  const long z = days_since_epoch() + days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(static_cast<long>(yoe) + era * 400) + (m <= 2 ? 1 : 0);
  return Date{y, m, d};
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const long days = days_since_epoch();
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = read_number(text, 0, 4);
  auto month = read_number(text, 5, 2);
  auto day = read_number(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  Date date{*year, *month, *day};
  if (!date.valid()) return std::nullopt;
  return date;
}

std::string to_iso(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::optional<TimeOfDay> parse_time(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3) {
    return std::nullopt;
  }
  auto hour = read_number(text, 0, colon);
  auto minute = read_number(text, colon + 1, 2);
  if (!hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
  return TimeOfDay{*hour * 60 + *minute};
}

}  // namespace catalogue
