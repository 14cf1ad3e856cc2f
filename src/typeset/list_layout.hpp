// Lists: each item's blocks indented by its level's indent, its marker (bullet
// or number from the list style) in the hanging area on the baseline of the
// item's first line. Nested lists take the next level's style.
#pragma once

#include <string>
#include <vector>

#include "typeset/layout_context.hpp"

namespace typeset {

// Appends the list's strips to `out`; returns the space to leave after it.
// `depth` is 0 for a list not inside another one.
double layout_list(const ListBlock& list, double width, int depth, const std::string& default_style,
                   LayoutContext& context, std::vector<Strip>& out);

}  // namespace typeset
