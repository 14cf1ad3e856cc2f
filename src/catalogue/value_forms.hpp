// The written forms the format fixes for some values (docs/catalogue-format.md,
// "Details and precise forms"), checked the same way wherever they appear.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace catalogue {

// A session code names flyer files: [A-Za-z0-9][A-Za-z0-9_-]{0,31}, so that it
// can never lead out of the output folder.
inline constexpr std::size_t kMaxSessionCodeLength = 32;

// Why `code` cannot be a session code, in French; nullopt when it can.
std::optional<std::string> session_code_problem(std::string_view code);

// [a-z0-9]+(-[a-z0-9]+)*
bool is_operator_id(std::string_view id);

// Whether `text` has the shape of `shape`, where 'd' stands for any digit and
// every other character for itself ("dddd-dd-dd"): tells a mistyped value from
// one that does not exist.
bool has_shape(std::string_view text, std::string_view shape);

// Runs of white space become one space; none at the ends.
std::string collapse_white_space(std::string_view text);

}  // namespace catalogue
