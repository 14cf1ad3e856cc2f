// Plain-text tables for the terminal, aligned by what the eye sees: an accented
// letter takes one column whatever its UTF-8 length.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

// Columns `text` takes on a terminal: its code points, combining marks not
// counted. (French text only: no double-width characters are expected.)
std::size_t display_width(std::string_view text);

// `text` itself when it fits in `width` columns, else its beginning followed
// by "…", the whole taking at most `width` columns.
std::string truncate_to_width(std::string_view text, std::size_t width);

struct TableColumn {
  std::string header;
  // Columns that may be narrowed (their cells end in "…") when the table is
  // too wide, never below `min_width`; the widest is narrowed first.
  bool shrinkable = false;
  std::size_t min_width = 0;
};

// The table as lines: the header, a rule, then one line per row; columns are
// separated by two spaces, lines have no trailing spaces and take at most
// `max_width` columns unless the fixed columns alone are wider.
std::string render_table(const std::vector<TableColumn>& columns,
                         const std::vector<std::vector<std::string>>& rows, std::size_t max_width);

}  // namespace cli
