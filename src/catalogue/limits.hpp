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
inline constexpr std::size_t kMaxDaysPerSession = 60;

// Two limits that catch a mistake rather than bound a real catalogue: a file
// generated twice over, or a wrong file given. They are defaults the user may
// raise (brochure render --max-sessions 2000 --max-size 64); the messages say how.
struct CatalogueLimits {
  std::size_t max_sessions = 500;
  std::size_t max_megabytes = 16;
};
// How far the options may raise them: past these, memory, not a rule, is the limit.
inline constexpr std::size_t kMostSessions = 100'000;
inline constexpr std::size_t kMostMegabytes = 1'024;

}  // namespace catalogue
