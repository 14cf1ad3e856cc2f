// Prepared paragraphs, kept by their text and the style properties that the
// preparation reads (family, weight and slant, hyphenation), so that a
// paragraph set again — at another size while a flyer shrinks to fit, or in
// the brochure's next pass — is not prepared again. Not thread-safe: one per
// text setter, hence per document being laid out.
//
// Its memory is bounded: once the budget is spent, new paragraphs are
// prepared each time and not kept. The next pass asks in the order of the
// last, so keeping the first ones is what a full cache can do best (evicting
// the oldest would drop each paragraph just before it is asked again).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "typeset/paragraph.hpp"
#include "typeset/prepared_text.hpp"

namespace typeset {

class ParagraphCache {
 public:
  // A safety rail, not a diet: some 3 000 sessions are kept whole
  // (2026-2027's 16 keep 1.2 MB). While the finishing pass, not the layout,
  // sets a run's peak memory, a smaller budget only prepares paragraphs
  // twice (8 MiB cost 11.6 % more instructions at 300 sessions and saved no
  // peak); it pays once the layout streams (bench/README.md).
  static constexpr std::size_t kDefaultBudget = std::size_t{256} << 20;

  explicit ParagraphCache(std::size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}

  // The prepared text of `runs` in `style`, or nullptr when not yet known.
  const PreparedText* find(const std::vector<InlineRun>& runs, const ParagraphStyle& style);
  // Keeps `prepared` when the budget allows it and returns the copy kept;
  // otherwise returns nullptr and leaves `prepared` to the caller.
  const PreparedText* add(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                          PreparedText& prepared);

  std::size_t size() const { return prepared_.size(); }
  std::size_t bytes() const { return bytes_; }  // an estimate, allocator overhead included
  int hits() const { return hits_; }

 private:
  static std::string key(const std::vector<InlineRun>& runs, const ParagraphStyle& style);

  std::unordered_map<std::string, std::unique_ptr<const PreparedText>> prepared_;
  std::size_t budget_;
  std::size_t bytes_ = 0;
  int hits_ = 0;
};

}  // namespace typeset
