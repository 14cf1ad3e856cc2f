// French phrases for dates and times, generated from the catalogue's values so
// that every page says them the same way.
#pragma once

#include <string>

#include "catalogue/date.hpp"
#include "catalogue/model.hpp"

namespace catalogue {

// "jeudi", "mardi"… (lower case, as French writes them inside a sentence).
std::string weekday_name(const Date& date);
// "septembre"…
std::string month_name(int month);
// "jeudi 24 septembre 2026"; "1er" for the first day of a month.
std::string long_date(const Date& date);
// "9h30", "9h" (Belgian usage).
std::string time_of_day(TimeOfDay time);
// "9h30-16h30".
std::string time_range(TimeOfDay start, TimeOfDay end);

// The days of a session as one phrase, capitalised, e.g.
//   "Jeudi 24 septembre 2026"
//   "Mardis 29 septembre et 24 novembre 2026"
//   "4 mardis matin : 22 septembre, 13 octobre, 17 novembre et 15 décembre 2026"
//   "2 jeudis : 19 novembre et 3 décembre 2026"
std::string session_dates(const Session& session);
// Compact form for tables and terminal lists, e.g. "jeu. 24/09/2026",
// "mar. 29/09 et 24/11/2026", "4 mar. matin : 22/09, 13/10, 17/11, 15/12/2026".
std::string session_dates_short(const Session& session);
// The hours of a session: "9h30-16h30"; when days differ, one phrase per
// distinct range with its dates; empty when the session has no times.
std::string session_hours(const Session& session);

}  // namespace catalogue
