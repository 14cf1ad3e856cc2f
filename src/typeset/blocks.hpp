// Content to lay out, as plain values: paragraphs, lists nested to any depth,
// tables whose cells hold blocks, spaces, page breaks and fixed furniture.
// Styles are named and looked up in the Template at layout time; an empty
// paragraph style name means "the default of where the paragraph sits" (the
// table's cell, label or header style, the enclosing list item's style, or
// the flow's body style).
#pragma once

#include <concepts>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "typeset/paragraph.hpp"

namespace typeset {

struct Block;

struct ParagraphBlock {
  std::string style;
  std::vector<InlineRun> runs;  // text may hold {page-of:ANCHOR} (cross_reference.hpp)
  int heading = 0;              // a heading of this level (1 to 6); 0: a paragraph
};

struct ListItem {
  std::vector<Block> blocks;  // usually a paragraph, maybe followed by nested lists
};

struct ListBlock {
  std::string style;  // a list style of the template
  bool ordered = false;
  int start = 1;
  std::vector<ListItem> items;
};

struct TableCell {
  std::vector<Block> blocks;
  // Heads its row (a sheet's label; so does any cell of the table style's
  // label column); every cell of a header row heads its column.
  bool header = false;
};

struct TableRow {
  std::vector<TableCell> cells;  // one per column
  bool header = false;           // header rows come first and repeat on each page
};

struct TableBlock {
  std::string style;  // a table style of the template
  std::vector<TableRow> rows;
};

// Blocks set in balanced columns (styles.hpp, ColumnsStyle); the columns fill
// the rest of a page and go on, balanced again, on the next.
struct ColumnsBlock {
  std::string style;  // a columns style of the template
  std::vector<Block> blocks;
};

// Vertical space that disappears at a page break.
struct SpaceBlock {
  double height = 0;
};

// Ends the page (unless nothing is on it yet); the next page uses `master`
// (empty: keep the current master). With `unless_room` (a fraction of the
// frame's height), a break to the same master is only taken when less room
// than that is left: what follows starts on the same page when it has room
// to start well (a course sheet under the tail of the one before, rather than
// a nearly empty page). With `min_tail` too, the break is still taken when
// starting here would leave what follows (up to the next page break) a last
// page filled less than that fraction which a new page would avoid, and the
// page is already filled that much.
struct PageBreakBlock {
  std::string master;
  double unless_room = 0;
  double min_tail = 0;
};

// Takes no room and draws nothing: it carries its block's anchor, outline
// entry or running mark to where the flow stands (a destination for each
// session of a shared sheet, a bookmark without a visible heading).
struct MarkerBlock {};

struct OutlineMark {
  std::string title;
  int level = 0;
};

struct Block {
  using Content = std::variant<ParagraphBlock, ListBlock, TableBlock, ColumnsBlock, SpaceBlock,
                               PageBreakBlock, MarkerBlock>;
  Block() = default;
  // Block{ParagraphBlock{…}}, Block{TableBlock{…}}, …
  template <typename Kind>
  requires std::constructible_from<Content, Kind&&> Block(Kind&& kind)
      : content(std::forward<Kind>(kind)) {}

  Content content;
  std::string anchor;                  // a named destination at the block's top
  std::optional<OutlineMark> outline;  // points at `anchor` (one is made up if empty)
  std::optional<std::string> mark;     // running mark ({mark} in headers) from here on
  bool keep_with_next = false;         // added to the style's own keep-with-next
};

// Shorthands for building content.
Block paragraph_block(std::string style, std::vector<InlineRun> runs);
Block paragraph_block(std::string style, std::string text);
Block heading_block(int level, std::string style, std::vector<InlineRun> runs);
Block heading_block(int level, std::string style, std::string text);
Block space_block(double height);
Block page_break_block(std::string master = {}, double unless_room = 0, double min_tail = 0);
Block marker_block(std::string anchor);

}  // namespace typeset
