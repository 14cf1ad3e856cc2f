#include "typeset/paragraph_setter.hpp"

#include <memory>

#include "typeset/paragraph_cache.hpp"

namespace typeset {

namespace {

SetParagraphFn setter(TextContext context, std::shared_ptr<ParagraphCache> owned) {
  return [context, owned](const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                          double width, base::Diagnostics* diagnostics) {
    TextContext reporting = context;
    reporting.diagnostics = diagnostics;
    if (owned) reporting.cache = owned.get();
    return set_paragraph(runs, style, width, reporting);
  };
}

}  // namespace

SetParagraphFn text_setter(TextContext context) {
  if (context.cache != nullptr) return setter(std::move(context), nullptr);  // the run's
  return text_setter(std::move(context), ParagraphCache::kDefaultBudget);
}

SetParagraphFn text_setter(TextContext context, std::size_t cache_budget) {
  // Shared by the copies of the function: a document's passes and fit trials.
  return setter(std::move(context), std::make_shared<ParagraphCache>(cache_budget));
}

}  // namespace typeset
