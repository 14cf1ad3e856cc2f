// Tables: rows of cells holding blocks, column widths from the style, padding,
// rules and fills. A row is laid out once into per-cell strips; it is drawn
// only once its page is known, so that its borders close at page ends.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "typeset/layout_context.hpp"
#include "typeset/styles.hpp"

namespace typeset {

struct CellLayout {
  double x = 0;  // cell's left edge, from the table's left
  double width = 0;
  std::optional<Color> fill;
  std::vector<Strip> strips;  // content, x relative to the cell's content box
};

struct RowLayout {
  // The table's style with its columns resolved, one copy shared by all its
  // rows (832 bytes each otherwise: 10 MB of a 1 000-session brochure).
  std::shared_ptr<const TableStyle> style;
  double table_width = 0;
  std::vector<CellLayout> cells;
  bool header = false;
  bool continuation = false;  // the rest of a row split on an earlier page
  // The label cell as repeated on a continuation: the label plus "(suite)".
  std::vector<Strip> continuation_label;
  bool label_repeated = false;  // the label cell holds continuation_label
  int body_index = 0;           // for zebra fills
  // Strips still to place from the cells' own content (a repeated label does
  // not count): every split makes it strictly smaller, so splitting ends.
  int content_strips = 0;

  double content_height() const;  // tallest cell content
  double height() const;          // with padding
};

// How a row is closed where it is drawn.
struct RowEdges {
  bool top_border = false;     // first of its table on the page: outer border on top
  bool bottom_border = false;  // last of its table on the page: outer border below
};

BoxList render_row(const RowLayout& row, RowEdges edges);

// Set lines of the row's own content (a repeated label does not count).
int content_lines(const RowLayout& row);

// Lays a table out: header strips (repeatable) then one strip per body row,
// with page-break rules between rows (min rows each side, header kept with
// the first body row). `table_id` tags the strips.
std::vector<Strip> table_strips(const TableBlock& table, double width, int table_id,
                                LayoutContext& context);

// Splitting a row that does not fit: how strict the cut must be.
enum class SplitRule {
  strict,    // at legal breaks of every cell (widows, orphans, keeps) and min lines
  relaxed,   // at legal breaks, min lines ignored
  any_line,  // at any line boundary (a row taller than a page); still ≥ 1 line
};

struct RowSplit {
  RowLayout first;  // fits in the height asked for (unless a single line cannot)
  RowLayout rest;   // continuation: never empty, fewer content_strips than before
};

// Cuts `row` so that its first part is at most `available` points tall. Each
// cell breaks at its largest legal offset that fits; a cell that fits whole
// stays whole. Returns nullopt when no cut obeys `rule` or nothing would be
// placed. With any_line, always succeeds for a row with two strips or more in
// some cell.
std::optional<RowSplit> split_row(const RowLayout& row, double available, SplitRule rule);

}  // namespace typeset
