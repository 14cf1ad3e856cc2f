// "Did you mean …?": the allowed name closest to a misspelt one.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace base {

// Edit distance counting an insertion, a deletion, a substitution or a swap of
// two neighbouring characters as one step (compared byte by byte, ASCII case folded).
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `wrong` when one is close enough to be a likely typo:
// at most 2 edits (and fewer edits than `wrong` has characters), or `wrong` is a
// prefix of it (at least 3 characters) or it is a prefix of `wrong`. Ties go to
// the earliest candidate.
std::optional<std::string> closest_name(std::string_view wrong,
                                        std::span<const std::string_view> candidates);

// " ; vouliez-vous dire « name » ?" for the closest candidate, "" when none is
// close enough: the end of a message about an unknown name.
std::string suggestion_suffix(std::string_view wrong, std::span<const std::string_view> candidates);

}  // namespace base
