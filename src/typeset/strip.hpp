// The vertical list: blocks become a sequence of strips (one set line, a
// table row, a space holder…) with the page-break rules between them. Page
// flow and table-row splitting both work on strips, so widows, orphans and
// keep-with-next behave the same on a page and inside a table cell.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "typeset/blocks.hpp"
#include "typeset/box_list.hpp"

namespace typeset {

struct RowLayout;        // table.hpp
struct ColumnSetLayout;  // columns.hpp

struct PendingOutline {
  std::string title;
  int level = 0;
  std::string destination;
};

// What few strips carry: a page break's conditions, running marks, outline
// entries. Kept apart, shared by a strip's copies: a long document has some
// hundred thousand strips (the lines of its table cells), and these would
// take 96 of each one's bytes.
struct StripControls {
  std::string master;              // with page_break_before: the next page's master
  double break_unless_room = 0;    // with page_break_before: PageBreakBlock::unless_room
  double break_min_tail = 0;       // and PageBreakBlock::min_tail
  std::vector<std::string> marks;  // running marks set here
  std::vector<PendingOutline> outlines;
};

struct Strip {
  double height = 0;
  double space_before = 0;   // dropped at the top of a frame or cell
  bool break_before = true;  // may a page (or a row split) come just before this strip?
  bool splits_word = false;  // the line before ends with a hyphen: a break here is a last resort
  BoxList boxes;             // relative to the strip's top-left; x from the column's left
  int text_lines = 0;        // set lines it holds (for widows, min lines, line counts)
  double baseline = -1;      // first baseline from the top (list markers), -1: none

  // A table row: drawn when its page is known (borders close at page ends).
  std::shared_ptr<const RowLayout> row;
  // Blocks set in columns: drawn from their own strips, split like a row.
  std::shared_ptr<const ColumnSetLayout> columns;
  double row_x = 0;  // the left edge of the row or column set (one in a list item)
  int table = -1;    // which table (rows and headers), -1: none
  bool header = false;

  // Flow controls riding on the strip.
  bool page_break_before = false;
  std::shared_ptr<const StripControls> controls;  // the rest of them; nullptr: none

  const StripControls& flow_controls() const;
  // This strip's own controls, to change: copied from the shared ones first.
  StripControls& edit_controls();
};

inline const StripControls& Strip::flow_controls() const {
  static const StripControls none;
  return controls != nullptr ? *controls : none;
}

inline StripControls& Strip::edit_controls() {
  auto own = controls != nullptr ? std::make_shared<StripControls>(*controls)
                                 : std::make_shared<StripControls>();
  StripControls& editable = *own;
  controls = std::move(own);
  return editable;
}

// The height of strips [begin, end) stacked: each one's space before it but
// the first's (dropped at the top of a column). `Strips`: a vector of a cell
// or a column, or the deque of a document's vertical list.
template <class Strips>
double stacked_height(const Strips& strips, std::size_t begin, std::size_t end) {
  double height = 0;
  for (std::size_t i = begin; i < end && i < strips.size(); ++i) {
    if (i != begin) height += strips[i].space_before;
    height += strips[i].height;
  }
  return height;
}

template <class Strips>
int count_text_lines(const Strips& strips) {
  int lines = 0;
  for (const Strip& strip : strips) lines += strip.text_lines;
  return lines;
}

}  // namespace typeset
