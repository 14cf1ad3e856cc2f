// The rules every message of the tool follows, checked by the tests over the
// bad-input corpora and by the fuzz targets over whatever they generate: one
// line, no control character, at most kMaxMessageLength characters besides the
// file's path.
#pragma once

#include <cstddef>
#include <string>

#include "base/diagnostics.hpp"

namespace base {

inline constexpr std::size_t kMaxMessageLength = 300;  // characters, the path excluded

// How `diagnostic`, formatted, breaks the rules; empty when it follows them.
std::string message_rule_violation(const Diagnostic& diagnostic);

}  // namespace base
