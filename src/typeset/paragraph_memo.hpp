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
// A paragraph asked for as many times as in the pass before is handed over
// rather than copied the last time: the pass's strips then hold the only
// copy, and the memo is nearly empty when the pass ends (the peak of a long
// brochure is there). A further pass sets those paragraphs afresh.
//
//   ParagraphMemo memo;
//   context.set_paragraph = memo.wrap(set_paragraph);  // for every pass
//   … the first pass …
//   memo.next_pass();  // before each of the next ones
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
  // A new pass starts: how often each paragraph was asked for in the one
  // that ended tells when it is asked for the last time.
  void next_pass();

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
    std::size_t bytes = 0;  // bytes_of() when kept
    int asked_before = 0;   // in the pass before (0: kept in this one)
    int asked_now = 0;      // in this pass
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
