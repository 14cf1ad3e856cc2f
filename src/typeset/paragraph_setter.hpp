// The real paragraph setter (set_paragraph with fonts and hyphenation) in the
// form the layout takes, so that layout tests can pass a fake one instead.
#pragma once

#include <cstddef>

#include "typeset/layout_context.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

// `context` (its pointers) must outlive the returned function; each call
// reports to the diagnostics it is given, not to `context.diagnostics`.
// Prepared paragraphs are kept in `context.cache` (the run's, shared by its
// documents) or, when it is null, in a cache of the function's own.
SetParagraphFn text_setter(TextContext context);
// The same with a cache of its own, keeping prepared paragraphs for at most
// `cache_budget` bytes (paragraph_cache.hpp; 0: none kept). Same layout,
// whatever the budget.
SetParagraphFn text_setter(TextContext context, std::size_t cache_budget);

}  // namespace typeset
