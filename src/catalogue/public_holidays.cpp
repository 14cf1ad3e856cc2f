#include "catalogue/public_holidays.hpp"

namespace catalogue {

namespace {

struct FixedHoliday {
  int month;
  int day;
  std::string_view name;
};

constexpr FixedHoliday kFixedHolidays[] = {
    {1, 1, "jour de l'An"},
    {5, 1, "fête du Travail"},
    {7, 21, "fête nationale"},
    {8, 15, "Assomption"},
    {9, 27, "fête de la Fédération Wallonie-Bruxelles : écoles et services publics fermés"},
    {11, 1, "Toussaint"},
    {11, 11, "Armistice"},
    {12, 25, "Noël"},
};

}  // namespace

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Date easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

std::optional<std::string_view> public_holiday(const Date& date) {
  for (const FixedHoliday& holiday : kFixedHolidays) {
    if (date.month == holiday.month && date.day == holiday.day) return holiday.name;
  }
  const Date easter = easter_sunday(date.year);
  if (date == easter.plus_days(1)) return "lundi de Pâques";
  if (date == easter.plus_days(39)) return "Ascension";
  if (date == easter.plus_days(50)) return "lundi de Pentecôte";
  return std::nullopt;
}

}  // namespace catalogue
