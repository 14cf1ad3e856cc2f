// Sane bounds on a catalogue: beyond them a text cannot fit its place on the
// page, or the file is not a catalogue written by a person.
#pragma once

#include <cstddef>

namespace catalogue {

inline constexpr std::size_t kMaxTitleLength = 250;  // characters
inline constexpr std::size_t kMaxLabelLength = 80;
inline constexpr std::size_t kMaxCityLength = 80;
inline constexpr std::size_t kMaxNameLength = 250;    // operators, publisher
inline constexpr std::size_t kMaxNoteLength = 2'000;  // notes, legends, addresses
inline constexpr std::size_t kMaxRowLength = 20'000;  // the plain text of a row
inline constexpr std::size_t kMaxSessions = 500;
inline constexpr std::size_t kMaxDaysPerSession = 60;

}  // namespace catalogue
