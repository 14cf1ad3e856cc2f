#include "base/source_map.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace base {

namespace {
// A UTF-8 byte order mark is invisible in editors: it takes no column.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
}  // namespace

SourceMap::SourceMap(std::string_view text) : text_(text) {
  line_starts_.push_back(text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourcePosition SourceMap::position_at(std::size_t offset) const {
  offset = std::clamp(offset, line_starts_.front(), std::max(line_starts_.front(), text_.size()));
  // The last line starting at or before the offset.
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
  const std::size_t line_start = line_starts_[line_index];
  const std::size_t columns_before =
      utf8::code_point_count(text_.substr(line_start, offset - line_start));
  return {static_cast<int>(line_index) + 1, static_cast<int>(columns_before) + 1};
}

}  // namespace base
