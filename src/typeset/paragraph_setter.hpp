// The real paragraph setter (set_paragraph with fonts and hyphenation) in the
// form the layout takes, so that layout tests can pass a fake one instead.
#pragma once

#include <cstddef>

#include "typeset/layout_context.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

// `context` (its pointers) must outlive the returned function; each call
// reports to the diagnostics it is given, not to `context.diagnostics`.
SetParagraphFn text_setter(TextContext context);
// The same, keeping prepared paragraphs for at most `cache_budget` bytes
// (paragraph_cache.hpp; 0: none kept). Same layout, whatever the budget.
SetParagraphFn text_setter(TextContext context, std::size_t cache_budget);

}  // namespace typeset
