#include "cli/text_table.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace cli {

namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::string_view kColumnGap = "  ";

// Combining diacritical marks (e + U+0301 is one "é" on screen).
bool is_combining_mark(char32_t code_point) {
  return code_point >= 0x300 && code_point <= 0x36F;
}

// Calls `visit(start, length)` for each character on screen: a base code point
// with the combining marks that follow it (an ill-formed byte takes a column,
// as the terminal's U+FFFD would). Stops when `visit` returns false.
template <class Visit>
void for_each_glyph(std::string_view text, Visit visit) {
  std::size_t start = 0;
  std::size_t end = 0;
  bool stopped = false;
  base::utf8::for_each_code_point(text, [&](const base::utf8::Sequence& sequence) {
    if (end > start && !(sequence.valid && is_combining_mark(sequence.code_point))) {
      if (!visit(start, end - start)) {
        stopped = true;
        return false;
      }
      start = sequence.offset;
    }
    end = sequence.offset + sequence.length;
    return true;
  });
  if (!stopped && end > start) visit(start, end - start);
}

std::string pad_to_width(std::string text, std::size_t width) {
  const std::size_t current = display_width(text);
  if (current < width) text.append(width - current, ' ');
  return text;
}

std::string format_line(const std::vector<std::string>& cells,
                        const std::vector<std::size_t>& widths) {
  std::string line;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const std::string cell = i < cells.size() ? truncate_to_width(cells[i], widths[i]) : "";
    if (i > 0) line += kColumnGap;
    line += i + 1 < widths.size() ? pad_to_width(cell, widths[i]) : cell;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_glyph(text, [&](std::size_t, std::size_t) {
    ++width;
    return true;
  });
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  // Keep width - 1 glyphs, leaving a column for the ellipsis.
  std::size_t kept_bytes = 0;
  std::size_t kept_glyphs = 0;
  for_each_glyph(text, [&](std::size_t start, std::size_t length) {
    if (kept_glyphs == width - 1) return false;
    kept_bytes = start + length;
    ++kept_glyphs;
    return true;
  });
  std::string shortened(text.substr(0, kept_bytes));
  // "Bâtir une…" rather than "Bâtir une …", "Échange et…" rather than "Échange et.…".
  while (!shortened.empty() &&
         std::string_view(" .,;:").find(shortened.back()) != std::string_view::npos) {
    shortened.pop_back();
  }
  return shortened + std::string(kEllipsis);
}

std::string render_table(const std::vector<TableColumn>& columns,
                         const std::vector<std::vector<std::string>>& rows, std::size_t max_width) {
  std::vector<std::size_t> widths;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    std::size_t width = display_width(columns[i].header);
    for (const auto& row : rows) {
      if (i < row.size()) width = std::max(width, display_width(row[i]));
    }
    widths.push_back(width);
  }

  const auto total_width = [&] {
    std::size_t total = widths.empty() ? 0 : kColumnGap.size() * (widths.size() - 1);
    for (std::size_t width : widths) total += width;
    return total;
  };
  // Narrow the widest shrinkable column one step at a time, so that long
  // titles give way before short names do.
  while (total_width() > max_width) {
    std::size_t widest = columns.size();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const std::size_t floor = std::max<std::size_t>(columns[i].min_width, 1);
      if (!columns[i].shrinkable || widths[i] <= floor) continue;
      if (widest == columns.size() || widths[i] > widths[widest]) widest = i;
    }
    if (widest == columns.size()) break;
    --widths[widest];
  }

  std::vector<std::string> headers;
  for (const TableColumn& column : columns) headers.push_back(column.header);
  std::string table = format_line(headers, widths) + "\n";
  table += std::string(total_width(), '-') + "\n";
  for (const auto& row : rows) table += format_line(row, widths) + "\n";
  return table;
}

}  // namespace cli
