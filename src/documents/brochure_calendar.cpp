#include "documents/brochure_calendar.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "catalogue/french_dates.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents/brochure_texts.hpp"

namespace documents {

namespace {

// One day of one session.
struct CalendarDay {
  const catalogue::Day* day = nullptr;
  catalogue::SessionRef ref;
  std::size_t number = 0;  // 1-based, among the session's days
};

std::vector<CalendarDay> calendar_days(const catalogue::Catalogue& catalogue) {
  std::vector<CalendarDay> days;
  for (const catalogue::SessionRef& ref : catalogue::sessions_by_date(catalogue)) {
    const std::vector<catalogue::Day>& session_days = ref.session->days;
    for (std::size_t i = 0; i < session_days.size(); ++i) {
      days.push_back({&session_days[i], ref, i + 1});
    }
  }
  std::stable_sort(days.begin(), days.end(), [](const CalendarDay& a, const CalendarDay& b) {
    if (a.day->date != b.day->date) return a.day->date < b.day->date;
    if (a.day->start != b.day->start) return a.day->start < b.day->start;
    return a.ref.session->code < b.ref.session->code;
  });
  return days;
}

// "Mardi", in full: "Mar." would read as March.
std::string weekday(const catalogue::Date& date) {
  return capitalised(catalogue::weekday_name(date));
}

typeset::TableCell text_cell(std::string text, base::SourcePosition position,
                             std::string style = {}) {
  return {{typeset::paragraph_block(std::move(style), {text_run(std::move(text), position)})}};
}

typeset::TableRow day_row(const CalendarDay& entry, const typeset::Template& tmpl) {
  const catalogue::Session& session = *entry.ref.session;
  const catalogue::Course& course = *entry.ref.course;
  const catalogue::Day& day = *entry.day;
  typeset::TableRow row;
  row.cells.push_back(text_cell(
      base::expand_fields(tmpl.text("calendar-day"),
                          {{"weekday", weekday(day.date)},
                           {"day", day.date.day == 1 ? "1er" : std::to_string(day.date.day)}}),
      day.position));
  const std::string hours = day.start && day.end ? catalogue::time_range(*day.start, *day.end)
                                                 : tmpl.text("calendar-no-hours");
  row.cells.push_back(text_cell(hours, day.position));
  typeset::InlineRun code = text_run(session.code, session.position);
  if (course.sheet) code.link = fmt::format("#{}", session_anchor(session.code));
  row.cells.push_back({{typeset::paragraph_block("calendar-code", {code})}});
  std::vector<typeset::InlineRun> title{text_run(course.title, course.position)};
  if (session.days.size() > 1) {
    // "… — jour 2 sur 4", in italics after the title.
    typeset::InlineRun note = text_run(
        base::expand_fields(
            tmpl.text("calendar-day-of"),
            {{"n", std::to_string(entry.number)}, {"count", std::to_string(session.days.size())}}),
        day.position);
    note.italic = true;
    title.push_back(std::move(note));
  }
  row.cells.push_back({{typeset::paragraph_block({}, std::move(title))}});
  row.cells.push_back(text_cell(session.place.city, session.place.position));
  return row;
}

}  // namespace

std::vector<typeset::Block> calendar_blocks(const catalogue::Catalogue& catalogue,
                                            const typeset::Template& tmpl) {
  std::vector<typeset::Block> blocks;
  blocks.push_back(part_heading(tmpl.text("calendar-title"), kCalendarAnchor));

  const std::vector<CalendarDay> days = calendar_days(catalogue);
  std::size_t begin = 0;
  while (begin < days.size()) {
    const catalogue::Date& first = days[begin].day->date;
    std::size_t end = begin;
    while (end < days.size() && days[end].day->date.year == first.year &&
           days[end].day->date.month == first.month) {
      ++end;
    }
    blocks.push_back(typeset::paragraph_block(
        "calendar-month",
        capitalised(fmt::format("{} {}", catalogue::month_name(first.month), first.year))));
    typeset::TableBlock table{kCalendarTableStyle, {}};
    for (std::size_t i = begin; i < end; ++i) table.rows.push_back(day_row(days[i], tmpl));
    blocks.push_back(typeset::Block{std::move(table)});
    begin = end;
  }
  return blocks;
}

}  // namespace documents
