// Prepared paragraphs, kept by their text and the style properties that the
// preparation reads (family, weight and slant, hyphenation), so that a
// paragraph set again — at another size while a flyer shrinks to fit, or in
// the brochure's next pass — is not prepared again. Not thread-safe: one per
// text setter, hence per document being laid out.
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
  // The prepared text of `runs` in `style`, or nullptr when not yet known.
  const PreparedText* find(const std::vector<InlineRun>& runs, const ParagraphStyle& style);
  const PreparedText& add(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                          PreparedText prepared);

  std::size_t size() const { return prepared_.size(); }
  int hits() const { return hits_; }

 private:
  static std::string key(const std::vector<InlineRun>& runs, const ParagraphStyle& style);

  std::unordered_map<std::string, std::unique_ptr<const PreparedText>> prepared_;
  int hits_ = 0;
};

}  // namespace typeset
