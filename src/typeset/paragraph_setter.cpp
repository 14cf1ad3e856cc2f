#include "typeset/paragraph_setter.hpp"

#include <memory>

#include "typeset/paragraph_cache.hpp"

namespace typeset {

SetParagraphFn text_setter(TextContext context) {
  return text_setter(std::move(context), ParagraphCache::kDefaultBudget);
}

SetParagraphFn text_setter(TextContext context, std::size_t cache_budget) {
  // Shared by the copies of the function: a document's passes and fit trials.
  auto cache = std::make_shared<ParagraphCache>(cache_budget);
  return [context, cache](const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                          double width, base::Diagnostics* diagnostics) {
    TextContext reporting = context;
    reporting.diagnostics = diagnostics;
    reporting.cache = cache.get();
    return set_paragraph(runs, style, width, reporting);
  };
}

}  // namespace typeset
