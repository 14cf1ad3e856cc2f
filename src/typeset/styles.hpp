// Presentation as data: the styles a template defines for lists, tables and
// pages (paragraph styles are in paragraph.hpp). All values are read from
// templates/*.xml (see template.hpp and docs/templates.md); nothing here is a
// house style.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "typeset/geometry.hpp"

namespace typeset {

// A stroked line; width 0 means "no rule".
struct RuleStyle {
  double width = 0;  // points
  Color color;
  bool visible() const { return width > 0; }
};

struct Insets {
  double top = 0;
  double right = 0;
  double bottom = 0;
  double left = 0;
};

// How one nesting level of a list is drawn. The marker sits in the hanging
// area [item left, item left + indent - gap] on the baseline of the item's
// first line; the item's text starts at item left + indent.
struct ListLevelStyle {
  std::string bullet = "•";   // marker of unordered lists
  std::string number = "1.";  // marker of ordered lists: 1. a) A. i. I) … (prefix/suffix kept)
  std::string marker_style;   // paragraph style of the marker (empty: the item's style)
  double indent = 14;         // from the list's left edge to the item text
  double gap = 4;             // between the marker area and the item text
  bool marker_right_aligned = false;  // numbers line up on their right edge
  double item_space = 0;              // extra space between items
};

struct ListStyle {
  std::vector<ListLevelStyle> levels;  // level 0 is the outermost; the last repeats
  const ListLevelStyle& level(int depth) const;
};

// "1." with n = 3 → "3."; "a)" → "c)"; "i." → "iii."; "A" / "I" upper case.
std::string format_list_number(const std::string& format, int number);

// A column's width: points, a share of the table width, or a share of what
// points and percentages leave (`fill`, written "*" or "2*").
struct ColumnWidth {
  enum class Unit { points, percent, fill };
  Unit unit = Unit::fill;
  double value = 1;
};

// Resolves widths for a table of `total` points. Fill columns share the rest.
std::vector<double> resolve_column_widths(const std::vector<ColumnWidth>& columns, double total);

struct TableStyle {
  std::vector<ColumnWidth> columns;
  Insets padding{3, 4, 3, 4};
  RuleStyle outer_border;      // around the table, closed on each page
  RuleStyle row_separator;     // between body rows
  RuleStyle column_separator;  // between columns
  RuleStyle header_separator;  // under the header row
  std::optional<Color> header_fill;
  std::optional<Color> zebra_fill;  // every other body row
  std::optional<Color> cell_fill;   // body cells the label and zebra fills leave (a box's tint)
  std::optional<Color> label_fill;  // the label column
  int label_column = -1;            // -1: no label column
  // Paragraph styles used by cells whose paragraphs name no style.
  std::string header_style;
  std::string label_style;
  std::string cell_style;
  bool repeat_header = true;
  bool rows_split = true;          // false: a row moves whole (unless taller than a page)
  int min_lines = 2;               // fewest lines of a cell on either side of a row split
  int min_rows = 2;                // fewest body rows on either side of a page break
  std::string continuation_text;   // name of a template text, e.g. "suite" → "(suite)"
  std::string continuation_style;  // paragraph style of that mark
  double space_before = 0;
  double space_after = 0;
};

// Content set side by side in `count` columns `gap` points apart (a long
// list, a flyer's sheet), balanced so that they end level, with an optional
// rule down the middle of each gap.
struct ColumnsStyle {
  int count = 2;
  double gap = 12;
  RuleStyle rule;
  double space_before = 0;
  double space_after = 0;

  // The width of one column in a set `total` points wide.
  double column_width(double total) const;
};

}  // namespace typeset
