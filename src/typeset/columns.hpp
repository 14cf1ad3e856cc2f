// Columns: blocks set side by side in a template's columns style (a long list,
// a flyer's sheet). The content is laid out once, at the column width, into
// strips; their page-break rules (widows, orphans, keep-with-next, rows kept
// whole) are the column breaks' rules too. A set is balanced: its columns as
// short as those breaks allow, the first ones full and the last the shortest.
// A set that does not fit the rest of a page is split like a table row: its
// columns fill the page and the rest goes on, balanced again, on the next.
//
//   ColumnsBlock sheet{"two-columns", {heading, list, heading, paragraph}};
//   flow.add(Block{std::move(sheet)});
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "typeset/layout_context.hpp"
#include "typeset/pagination.hpp"
#include "typeset/styles.hpp"

namespace typeset {

// One part of a column set as placed on a page: strips [begin, end) of the
// content, poured into columns from `starts`.
struct ColumnSetLayout {
  ColumnsStyle style;
  double width = 0;                                   // of the whole set
  std::shared_ptr<const std::vector<Strip>> content;  // every strip of the set
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::size_t> starts;  // first strip of each column that has any
  double height = 0;                // of the tallest column

  double column_x(std::size_t column) const;  // from the set's left edge
  std::size_t column_end(std::size_t column) const;
};

// The set of `block` laid out `width` points wide and balanced, as one strip
// (none when the block is empty). The anchors, outlines and marks of its
// content stay in the content's strips (for_each_strip visits them).
std::vector<Strip> columns_strips(const ColumnsBlock& block, double width,
                                  const std::string& default_style, LayoutContext& context);

// Where a column may end when a set is split across pages.
enum class ColumnBreaks {
  legal,      // only where the content's rules allow a page break
  any_strip,  // anywhere between strips (a fresh page, nothing legal fits)
};

struct ColumnsSplit {
  Strip first;                // fills the columns within the height asked for
  std::optional<Strip> rest;  // the strips left, balanced; none when all went in
};

// Splits the set carried by `strip` so that its first part is at most
// `available` points tall (everything may go in: the balance is found to a
// twentieth of a point). nullopt when no break of `breaks` lets the first
// column take anything; with any_strip, the first column always takes at
// least one strip, even one taller than `available`.
std::optional<ColumnsSplit> split_columns(const Strip& strip, double available,
                                          ColumnBreaks breaks);

// `strip`, then the strips of its column set's part, in reading order (and
// theirs, for columns in columns).
template <typename Visit>
void for_each_strip(const Strip& strip, const Visit& visit) {
  visit(strip);
  if (!strip.columns) return;
  for (std::size_t i = strip.columns->begin; i < strip.columns->end; ++i) {
    for_each_strip((*strip.columns->content)[i], visit);
  }
}

// The set's strips placed column by column, the set's top-left at (x, y).
std::vector<PlacedStrip> placed_column_strips(const ColumnSetLayout& set, double x, double y);

// The rules down the gaps between columns that hold something.
BoxList column_rules(const ColumnSetLayout& set);

}  // namespace typeset
