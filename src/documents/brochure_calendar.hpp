// The brochure's calendar: every day of every session in date order, under
// the heading of its month ("Septembre 2026"), as a table
// Jour | Horaire | Code | Titre | Lieu — the day ("Jeudi 24"), its hours, the
// code linked to the sheet (when the course has one), the course's title
// (with " — jour 2 sur 4" in italics for a session of several days) and the city. All of it
// comes from the catalogue's dates; the words are the template's:
//
//   calendar-title    « Calendrier des sessions »
//   calendar-day      « {weekday} {day} »   ({weekday}: « Jeudi »)
//   calendar-day-of   «  — jour {n} sur {count} »
//   calendar-no-hours when a day has no times
#pragma once

#include <vector>

#include "catalogue/model.hpp"
#include "documents/template_requirements.hpp"
#include "typeset/blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

inline constexpr const char* kCalendarTableStyle = "calendar";
inline constexpr const char* kCalendarAnchor = "calendar";
inline constexpr const char* kCalendarTexts[] = {"calendar-title", "calendar-day",
                                                 "calendar-day-of", "calendar-no-hours"};
inline constexpr const char* kCalendarStyles[] = {"calendar-month", "calendar-code"};

std::vector<typeset::Block> calendar_blocks(const catalogue::Catalogue& catalogue,
                                            const typeset::Template& tmpl);

}  // namespace documents
