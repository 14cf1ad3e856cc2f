#include "catalogue/source_map.hpp"

#include <algorithm>

namespace catalogue {

namespace {
bool is_utf8_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// A UTF-8 byte order mark is invisible in editors: it takes no column.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
}  // namespace

SourceMap::SourceMap(std::string_view text) : text_(text) {
  line_starts_.push_back(text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

base::SourcePosition SourceMap::position_at(std::size_t offset) const {
  offset = std::clamp(offset, line_starts_.front(), std::max(line_starts_.front(), text_.size()));
  // The last line starting at or before the offset.
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
  const std::size_t line_start = line_starts_[line_index];
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if (!is_utf8_continuation(text_[i])) ++column;
  }
  return {static_cast<int>(line_index) + 1, column};
}

}  // namespace catalogue
