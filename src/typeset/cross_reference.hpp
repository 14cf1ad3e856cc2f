// Page cross-references: a run's text may hold {page-of:ANCHOR}; it is replaced
// by the number of the page where the block with that anchor landed (from the
// previous layout pass; "00" before the first) and linked to the anchor.
#pragma once

#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

// Expands the fields of `runs`. Unknown anchors (after the first pass) are
// reported through `context` and rendered "??".
std::vector<InlineRun> resolve_cross_references(const std::vector<InlineRun>& runs,
                                                const LayoutContext& context);

// Replaces {page}, {pages} and {mark} in a header/footer text.
std::string expand_page_fields(const std::string& text, int page, int pages,
                               const std::string& mark);

}  // namespace typeset
