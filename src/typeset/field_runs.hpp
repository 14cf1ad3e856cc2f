// A template text with its fields filled in, as inline runs: a field whose
// value has a link (the fund's website) becomes a linked run, so that the
// reader can click it; fields without a value stay as written.
#pragma once

#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/fields.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

// `link`, when not empty, links the whole text (fields in it are filled too).
std::vector<InlineRun> field_runs(std::string_view text, const base::Fields& fields,
                                  std::string_view link = {}, base::SourcePosition position = {});

}  // namespace typeset
