// What every fuzz target checks besides "no crash, no leak, no undefined
// behaviour" (the sanitizers' part): each message the reader gives follows
// the rules of base/message_rules.hpp. A broken rule aborts, so that libFuzzer
// keeps the input as a crash to turn into a regression fixture.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/diagnostics.hpp"
#include "base/message_rules.hpp"

namespace fuzz {

inline void check_messages(const base::Diagnostics& diagnostics) {
  for (const base::Diagnostic& diagnostic : diagnostics.items()) {
    const std::string violation = base::message_rule_violation(diagnostic);
    if (violation.empty()) continue;
    std::fprintf(stderr, "message hors des règles (%s) :\n%s\n", violation.c_str(),
                 base::format_diagnostic(diagnostic).c_str());
    std::abort();
  }
}

}  // namespace fuzz
