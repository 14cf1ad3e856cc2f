// Page cross-references: a run's text may hold {page-of:ANCHOR}; it is replaced
// by the number of the page where the block with that anchor landed (from the
// previous layout pass; "00" before the first) and linked to the anchor.
#pragma once

#include <vector>

#include "typeset/layout_context.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

// Expands the {page-of:…} fields of `runs`; other fields stay as written.
// Unknown anchors (after the first pass) are reported through `context` and
// rendered "??".
std::vector<InlineRun> resolve_cross_references(const std::vector<InlineRun>& runs,
                                                const LayoutContext& context);

// Whether `text` holds a {page-of:…} field.
bool has_cross_reference(std::string_view text);

}  // namespace typeset
