// Turns byte offsets into the file (as pugixml reports them) into 1-based
// line:column positions, columns counted in characters so that an accented
// letter counts once, as the user's editor shows it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"

namespace base {

class SourceMap {
 public:
  // `text` must outlive the map.
  explicit SourceMap(std::string_view text);

  // Offsets past the end map to the end of the text.
  SourcePosition position_at(std::size_t offset) const;
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // offset of the first byte of each line
};

}  // namespace base
