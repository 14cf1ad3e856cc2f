// Prepared paragraphs, kept by their text, its file and the style properties
// that the preparation reads (family, weight and slant, hyphenation), so that
// a paragraph set again — at another size while a flyer shrinks to fit, in the
// brochure's next pass, or in the flyer that repeats a sheet of the brochure —
// is not prepared again. One per run, shared by the documents its threads lay
// out (documents::Resources): thread-safe, and what it returns stays valid
// until release() (nothing kept is dropped or replaced before). A preparation
// depends on nothing else, so which document prepared a paragraph first never
// changes a byte of the output.
//
// Its memory is bounded: once the budget is spent, new paragraphs are
// prepared each time and not kept. The next pass asks in the order of the
// last, so keeping the first ones is what a full cache can do best (evicting
// the oldest would drop each paragraph just before it is asked again).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "typeset/paragraph.hpp"
#include "typeset/prepared_text.hpp"

namespace typeset {

class ParagraphCache {
 public:
  // A safety rail, not a diet: some 3 000 sessions are kept whole
  // (2026-2027's 16 keep 1.2 MB). Released after a run's last layout, the
  // cache weighs on the layout's peak alone, where it saves the second pass
  // preparing everything again (8 MiB cost 11.6 % more instructions at 300
  // sessions); a smaller budget pays once the layout streams (bench/README.md).
  static constexpr std::size_t kDefaultBudget = std::size_t{256} << 20;

  explicit ParagraphCache(std::size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}

  // The prepared text of `runs` (typed in `source_file`) in `style`, or
  // nullptr when not yet known.
  const PreparedText* find(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                           std::string_view source_file = {});
  // Keeps `prepared` when the budget allows it and returns the copy kept (or
  // the one another thread kept first); otherwise returns nullptr and leaves
  // `prepared` to the caller.
  const PreparedText* add(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                          PreparedText& prepared, std::string_view source_file = {});

  // Drops every paragraph kept and keeps no more: for a run with no layout
  // left to make. What find() and add() returned before is gone with them.
  void release();

  std::size_t size() const;
  std::size_t bytes() const;  // an estimate, allocator overhead included
  int hits() const;

 private:
  static std::string key(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                         std::string_view source_file);

  mutable std::mutex mutex_;  // guards what follows
  std::unordered_map<std::string, std::unique_ptr<const PreparedText>> prepared_;
  std::size_t budget_;
  std::size_t bytes_ = 0;
  int hits_ = 0;
};

}  // namespace typeset
