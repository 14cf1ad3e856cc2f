// The paragraphs a document has set, kept for its next pass. The brochure is
// laid out again once its cross-references know their pages, and all but the
// paragraphs showing a page number are then set again exactly as before:
// the same runs, style and measure. Setting is a function of those alone
// (the fonts, the patterns and the file being the document's), so what the
// memo gives back is the layout set_paragraph would make, with the same
// problems reported, in the same order.
//
// Bounded: past its budget, paragraphs are set and not kept. For one
// document's passes, on one thread; it must outlive the function wrap()
// returns.
//
//   ParagraphMemo memo;
//   context.set_paragraph = memo.wrap(set_paragraph);  // for every pass
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {

class ParagraphMemo {
 public:
  // The 2026-2027 brochure is kept whole (its peak rises by about 2 MB), a
  // 1 000-session one in part.
  static constexpr std::size_t kDefaultBudget = std::size_t{16} << 20;

  explicit ParagraphMemo(std::size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}
  ParagraphMemo(const ParagraphMemo&) = delete;
  ParagraphMemo& operator=(const ParagraphMemo&) = delete;

  // `set`, with the paragraphs already set answered from the memo.
  SetParagraphFn wrap(SetParagraphFn set);

  std::size_t size() const { return entries_.size(); }
  std::size_t bytes() const { return bytes_; }  // an estimate
  int hits() const { return hits_; }

 private:
  struct Entry {
    std::vector<InlineRun> runs;
    ParagraphStyle style;
    double width = 0;
    ParagraphLayout layout;
    std::vector<base::Diagnostic> problems;
  };

  ParagraphLayout set_or_recall(const SetParagraphFn& set, const std::vector<InlineRun>& runs,
                                const ParagraphStyle& style, double width,
                                base::Diagnostics* diagnostics);

  std::unordered_multimap<std::size_t, Entry> entries_;  // by hash_of()
  std::size_t budget_;
  std::size_t bytes_ = 0;
  int hits_ = 0;
};

}  // namespace typeset
