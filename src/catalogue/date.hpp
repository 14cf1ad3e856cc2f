// Calendar dates and times of day as values. French phrases are built from
// them in french_dates.hpp; the catalogue never stores a date as text.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace catalogue {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  auto operator<=>(const Date&) const = default;

  bool valid() const;
  // 0 = Monday … 6 = Sunday.
  int weekday() const;
  // Days since 1970-01-01 (may be negative).
  long days_since_epoch() const;
  // The date `days` later (earlier when negative).
  Date plus_days(long days) const;
};

// "2026-09-24" → Date; nullopt unless the text is a real ISO date.
std::optional<Date> parse_iso_date(std::string_view text);
std::string to_iso(const Date& date);

struct TimeOfDay {
  int minutes = 0;  // since midnight
  auto operator<=>(const TimeOfDay&) const = default;
  int hour() const { return minutes / 60; }
  int minute() const { return minutes % 60; }
};

// "09:30" or "9:30" → TimeOfDay; nullopt unless a real time between 00:00 and 23:59.
std::optional<TimeOfDay> parse_time(std::string_view text);

}  // namespace catalogue
