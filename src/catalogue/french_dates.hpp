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

// The days of a session as one phrase, capitalised. The month is written once
// when all days share it ("6 et 13 octobre 2026"), else after each day; the year
// after the last day of each year ("15 décembre 2026 et 12 janvier 2027"). Days
// sharing a weekday name it once, with a count from three days on, and "matin"
// (every day ends by 13h) or "après-midi" (every day starts at 12h or later)
// when that holds for all of them:
//   "Jeudi 24 septembre 2026"
//   "Mardis 29 septembre et 24 novembre 2026"
//   "4 mardis matin : 22 septembre, 13 octobre, 17 novembre et 15 décembre 2026"
//   "Lundi 16 novembre 2026 et jeudi 18 mars 2027"
std::string session_dates(const Session& session);
// Compact form for tables and terminal lists, same rules, e.g. "jeu. 24/09/2026",
// "mar. 29/09 et 24/11/2026", "4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026",
// "lun. 16/11/2026 et jeu. 18/03/2027".
std::string session_dates_short(const Session& session);
// The same for print, where the weekday of a series is named in full ("4 mardis
// matin : 22/09, …"): "4 mar. matin" reads like March on paper. The terminal's
// narrow columns keep the abbreviation.
std::string session_dates_short_for_print(const Session& session);
// The hours of a session: "9h30-16h30"; when days differ, one phrase per
// distinct range with its dates ("9h30-16h30 les 6 et 13 octobre 2026 ; 9h-12h
// le 20 octobre 2026"); empty when the session has no times.
std::string session_hours(const Session& session);

}  // namespace catalogue
