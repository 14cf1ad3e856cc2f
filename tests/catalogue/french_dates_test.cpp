#include "catalogue/french_dates.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

namespace catalogue {
namespace {

TimeOfDay at(int hour, int minute = 0) {
  return TimeOfDay{hour * 60 + minute};
}

Day day(int year, int month, int dom, std::optional<TimeOfDay> start = at(9, 30),
        std::optional<TimeOfDay> end = at(16, 30)) {
  return Day{Date{year, month, dom}, start, end, {}};
}

Day untimed(int year, int month, int dom) {
  return day(year, month, dom, {}, {});
}

Session session_of(std::initializer_list<Day> days) {
  Session session;
  session.code = "T2600";
  session.days = days;
  return session;
}

// Days added across months, leap years, centuries and before 1970, checked
// against days_since_epoch both ways.
TEST(DateArithmetic, PlusDaysIsTheInverseOfDaysSinceEpoch) {
  EXPECT_EQ((Date{2026, 12, 31}.plus_days(1)), (Date{2027, 1, 1}));
  EXPECT_EQ((Date{2028, 2, 28}.plus_days(1)), (Date{2028, 2, 29}));
  EXPECT_EQ((Date{2100, 2, 28}.plus_days(1)), (Date{2100, 3, 1}));
  EXPECT_EQ((Date{2027, 3, 28}.plus_days(39)), (Date{2027, 5, 6}));  // Easter → Ascension
  EXPECT_EQ((Date{2026, 9, 22}.plus_days(7 * 52)), (Date{2027, 9, 21}));
  EXPECT_EQ((Date{1970, 1, 1}.plus_days(-1)), (Date{1969, 12, 31}));
  for (long day = -800; day < 80'000; day += 37) {
    const Date date = Date{1970, 1, 1}.plus_days(day);
    EXPECT_TRUE(date.valid()) << day;
    EXPECT_EQ(date.days_since_epoch(), day);
  }
}

TEST(FrenchNames, WeekdaysAndMonths) {
  EXPECT_EQ(weekday_name(Date{2026, 9, 24}), "jeudi");
  EXPECT_EQ(weekday_name(Date{2026, 9, 28}), "lundi");
  EXPECT_EQ(weekday_name(Date{2026, 10, 4}), "dimanche");
  EXPECT_EQ(month_name(1), "janvier");
  EXPECT_EQ(month_name(2), "février");
  EXPECT_EQ(month_name(8), "août");
  EXPECT_EQ(month_name(12), "décembre");
}

TEST(FrenchNames, LongDateWritesFirstOfMonthAsPremier) {
  EXPECT_EQ(long_date(Date{2026, 9, 24}), "jeudi 24 septembre 2026");
  EXPECT_EQ(long_date(Date{2026, 12, 1}), "mardi 1er décembre 2026");
  EXPECT_EQ(long_date(Date{2027, 3, 2}), "mardi 2 mars 2027");
}

TEST(FrenchHours, BelgianUsageWithoutZeroMinutes) {
  EXPECT_EQ(time_of_day(at(9, 30)), "9h30");
  EXPECT_EQ(time_of_day(at(9)), "9h");
  EXPECT_EQ(time_of_day(at(16, 5)), "16h05");
  EXPECT_EQ(time_of_day(at(0)), "0h");
  EXPECT_EQ(time_range(at(9, 30), at(16, 30)), "9h30-16h30");
  EXPECT_EQ(time_range(at(9), at(16)), "9h-16h");
}

TEST(SessionDates, SingleDay) {
  const Session session = session_of({day(2026, 9, 24)});
  EXPECT_EQ(session_dates(session), "Jeudi 24 septembre 2026");
  EXPECT_EQ(session_dates_short(session), "jeu. 24/09/2026");
}

TEST(SessionDates, SingleDayOnTheFirst) {
  const Session session = session_of({day(2026, 12, 1)});
  EXPECT_EQ(session_dates(session), "Mardi 1er décembre 2026");
  EXPECT_EQ(session_dates_short(session), "mar. 01/12/2026");
}

TEST(SessionDates, SingleMorningNeedsNoQualifier) {
  const Session session = session_of({day(2026, 9, 24, at(9, 30), at(12, 30))});
  EXPECT_EQ(session_dates(session), "Jeudi 24 septembre 2026");
}

TEST(SessionDates, TwoDaysSameWeekdayNameItOnceWithoutCount) {
  const Session session = session_of({day(2026, 9, 29), day(2026, 11, 24)});
  EXPECT_EQ(session_dates(session), "Mardis 29 septembre et 24 novembre 2026");
  EXPECT_EQ(session_dates_short(session), "mar. 29/09 et 24/11/2026");
}

TEST(SessionDates, TwoThursdays) {
  const Session session = session_of({day(2026, 11, 19), day(2026, 12, 3)});
  EXPECT_EQ(session_dates(session), "Jeudis 19 novembre et 3 décembre 2026");
  EXPECT_EQ(session_dates_short(session), "jeu. 19/11 et 03/12/2026");
}

TEST(SessionDates, FourMorningsCountedAndEnumerated) {
  const Session session = session_of(
      {day(2026, 9, 22, at(9, 30), at(12, 30)), day(2026, 10, 13, at(9, 30), at(12, 30)),
       day(2026, 11, 17, at(9, 30), at(12, 30)), day(2026, 12, 15, at(9, 30), at(12, 30))});
  EXPECT_EQ(session_dates(session),
            "4 mardis matin : 22 septembre, 13 octobre, 17 novembre et 15 décembre 2026");
  EXPECT_EQ(session_dates_short(session), "4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026");
  // On paper the weekday is named in full: "4 mar. matin" reads like March.
  EXPECT_EQ(session_dates_short_for_print(session),
            "4 mardis matin : 22/09, 13/10, 17/11 et 15/12/2026");
}

TEST(SessionDates, MorningEndsAtOnePmAtTheLatest) {
  const Session by_one =
      session_of({day(2027, 1, 21, at(9), at(13)), day(2027, 2, 4, at(9), at(13)),
                  day(2027, 2, 25, at(9), at(13))});
  EXPECT_EQ(session_dates(by_one), "3 jeudis matin : 21 janvier, 4 février et 25 février 2027");
  const Session one_late =
      session_of({day(2027, 1, 21, at(9), at(13)), day(2027, 2, 4, at(9), at(13, 30)),
                  day(2027, 2, 25, at(9), at(13))});
  EXPECT_EQ(session_dates(one_late), "3 jeudis : 21 janvier, 4 février et 25 février 2027");
}

TEST(SessionDates, MonthsAreWrittenForEveryDayWhenTheyDiffer) {
  // Eliding February would read "21 janvier, 4, 25 février", as if "4" were a date of January.
  const Session session =
      session_of({day(2027, 1, 21, at(9, 30), at(12, 30)), day(2027, 2, 4, at(9, 30), at(12, 30)),
                  day(2027, 2, 25, at(9, 30), at(12, 30)), day(2027, 3, 4, at(9, 30), at(12, 30))});
  EXPECT_EQ(session_dates(session),
            "4 jeudis matin : 21 janvier, 4 février, 25 février et 4 mars 2027");
  EXPECT_EQ(session_dates_short(session), "4 jeu. matin : 21/01, 04/02, 25/02 et 04/03/2027");
}

TEST(SessionDates, AfternoonsWhenEveryDayStartsAtNoonOrLater) {
  const Session session =
      session_of({day(2026, 10, 6, at(12), at(16)), day(2026, 10, 13, at(13, 30), at(16, 30))});
  EXPECT_EQ(session_dates(session), "Mardis après-midi 6 et 13 octobre 2026");
  EXPECT_EQ(session_dates_short(session), "mar. après-midi 06/10 et 13/10/2026");
}

TEST(SessionDates, NoPartOfDayWhenHoursAreUnknown) {
  const Session session =
      session_of({untimed(2026, 9, 22), untimed(2026, 10, 13), untimed(2026, 11, 17)});
  EXPECT_EQ(session_dates(session), "3 mardis : 22 septembre, 13 octobre et 17 novembre 2026");
}

TEST(SessionDates, DifferentWeekdaysAcrossYearsWriteEachYear) {
  const Session session = session_of({day(2026, 11, 16), day(2027, 3, 18)});
  EXPECT_EQ(session_dates(session), "Lundi 16 novembre 2026 et jeudi 18 mars 2027");
  EXPECT_EQ(session_dates_short(session), "lun. 16/11/2026 et jeu. 18/03/2027");
}

TEST(SessionDates, DifferentWeekdaysSameMonthShareMonthAndYear) {
  const Session session = session_of({day(2026, 10, 5), day(2026, 10, 6), day(2026, 10, 8)});
  EXPECT_EQ(session_dates(session), "Lundi 5, mardi 6 et jeudi 8 octobre 2026");
  EXPECT_EQ(session_dates_short(session), "lun. 05/10, mar. 06/10 et jeu. 08/10/2026");
}

TEST(SessionDates, SameWeekdayAcrossNewYear) {
  const Session session = session_of({day(2026, 11, 17), day(2026, 12, 15), day(2027, 1, 12)});
  EXPECT_EQ(session_dates(session), "3 mardis : 17 novembre, 15 décembre 2026 et 12 janvier 2027");
  EXPECT_EQ(session_dates_short(session), "3 mar. : 17/11, 15/12/2026 et 12/01/2027");
}

TEST(SessionDates, FirstOfMonthInsideAnEnumeration) {
  const Session session = session_of({day(2026, 12, 1), day(2026, 12, 8)});
  EXPECT_EQ(session_dates(session), "Mardis 1er et 8 décembre 2026");
}

TEST(SessionDates, SameMonthNumberInDifferentYearsIsNotMerged) {
  const Session session = session_of({day(2026, 10, 6), day(2027, 10, 5)});
  EXPECT_EQ(session_dates(session), "Mardis 6 octobre 2026 et 5 octobre 2027");
}

TEST(SessionDates, EmptySessionGivesEmptyPhrase) {
  EXPECT_EQ(session_dates(Session{}), "");
  EXPECT_EQ(session_dates_short(Session{}), "");
}

TEST(SessionHours, SameHoursEveryDay) {
  const Session session = session_of({day(2026, 9, 29), day(2026, 11, 24)});
  EXPECT_EQ(session_hours(session), "9h30-16h30");
}

TEST(SessionHours, WholeHours) {
  const Session session = session_of({day(2026, 9, 29, at(9), at(16))});
  EXPECT_EQ(session_hours(session), "9h-16h");
}

TEST(SessionHours, DifferentHoursGiveOnePhrasePerRange) {
  const Session session =
      session_of({day(2026, 10, 6), day(2026, 10, 13, at(9), at(12)), day(2026, 10, 20)});
  EXPECT_EQ(session_hours(session),
            "9h30-16h30 les 6 et 20 octobre 2026 ; 9h-12h le 13 octobre 2026");
}

TEST(SessionHours, EmptyWhenNoDayHasTimes) {
  EXPECT_EQ(session_hours(session_of({untimed(2026, 10, 6), untimed(2026, 10, 13)})), "");
  EXPECT_EQ(session_hours(Session{}), "");
}

TEST(SessionHours, DaysWithoutTimesAreSaidToBeUnknown) {
  const Session session = session_of({day(2026, 12, 1), untimed(2027, 1, 12)});
  EXPECT_EQ(session_hours(session),
            "9h30-16h30 le 1er décembre 2026 ; horaire à préciser le 12 janvier 2027");
}

}  // namespace
}  // namespace catalogue
