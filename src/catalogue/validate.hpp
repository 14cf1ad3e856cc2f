// Checks of a catalogue as a whole, on the model the reader built: references
// between its parts, dates against the edition's period, sizes a printed page
// can hold. Structure and value syntax are checked by the reader.
#pragma once

#include <cstddef>

#include "catalogue/diagnostic.hpp"
#include "catalogue/model.hpp"

namespace catalogue {

// Sane bounds: beyond them the text cannot fit its place on the page, or the
// file is not a catalogue written by a person.
inline constexpr std::size_t kMaxTitleLength = 250;  // characters
inline constexpr std::size_t kMaxLabelLength = 80;
inline constexpr std::size_t kMaxCityLength = 80;
inline constexpr std::size_t kMaxNameLength = 250;  // operators, publisher
inline constexpr std::size_t kMaxRowLength = 20'000;
inline constexpr std::size_t kMaxNoteLength = 2'000;  // notes, legends, addresses
inline constexpr std::size_t kMaxSessions = 500;
inline constexpr std::size_t kMaxDaysPerSession = 60;

// Reports, in `diagnostics` (naming the file catalogue.source_path):
// duplicate operator ids and session codes, unknown operator references, a
// row's session that is not one of its course, days outside the edition's
// period or out of order, sessions without hours whose sheet shows hours,
// texts beyond the bounds above, and (as warnings) sessions without a sheet.
void validate(const Catalogue& catalogue, Diagnostics& diagnostics);

}  // namespace catalogue
