// Starting next year's catalogue from this year's. The new file is the old
// text with only the values that move changed — comments, layout and every
// description stay as they were typed: the edition and its period move by
// whole years, each session's days move together to the same weekdays a
// whole number of weeks later (52 for one year; 53 when 52 would fall before
// the new period), and the codes that follow the edition's pattern (a prefix,
// then the two digits of a year of the edition: T2605, T2703) take the new
// years (T2705, T2803), in the sessions and in the rows that name them.
//
// What a person must still check is reported separately, as warnings at
// their places in the new file: public holidays, sessions moved by another
// number of weeks, codes kept or whose year no longer matches their first
// day, and texts that mention a year, a date or a code of the old edition.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/date.hpp"
#include "catalogue/model.hpp"

namespace catalogue {

struct MovedSession {
  std::string old_code;
  std::string new_code;  // the old one when it does not follow the edition's pattern
  bool renumbered = false;
  int weeks = 0;  // how far its days moved
};

struct NextEdition {
  std::string edition;  // "2027-2028"
  int years = 1;        // how far the period moved
  Date period_start;
  Date period_end;
  int usual_weeks = 52;                // the whole weeks closest below the period's move
  std::string xml;                     // the new catalogue
  std::vector<MovedSession> sessions;  // in the order of the file
};

struct NextEditionOutcome {
  std::optional<NextEdition> value;
  std::string error;  // plain French, when there is no value
};

// The edition written as `edition` ("2027-2028") made from `current`, a
// catalogue without errors, and `xml`, the text it was read from. Refused
// (error set) when `edition` is not a later edition written AAAA-AAAA.
NextEditionOutcome make_next_edition(std::string_view xml, const Catalogue& current,
                                     std::string_view edition);

// Adds to `diagnostics`, as warnings naming `moved.source_path`, what a
// person must check in `moved`, the catalogue read back from `next.xml`.
void report_next_edition_checks(const NextEdition& next, const Catalogue& current,
                                const Catalogue& moved, base::Diagnostics& diagnostics);

}  // namespace catalogue
