#include "documents/brochure_sheets.hpp"

#include "documents/brochure_navigation.hpp"
#include "documents/brochure_texts.hpp"
#include "documents/sheet_content.hpp"

namespace documents {

namespace {

// A block that takes no room, only there to carry a destination; kept with
// what follows so that the destination lands on the sheet's first page.
typeset::Block anchor_holder(std::string anchor) {
  typeset::Block holder{typeset::FixedBoxesBlock{}};
  holder.anchor = std::move(anchor);
  holder.keep_with_next = true;
  return holder;
}

}  // namespace

std::vector<typeset::Block> sheet_blocks(const catalogue::Catalogue& catalogue,
                                         const catalogue::Course& course,
                                         const typeset::Template& tmpl) {
  std::vector<typeset::Block> blocks;
  for (const catalogue::Session& session : course.sessions) {
    blocks.push_back(anchor_holder(session_anchor(session.code)));
  }
  const TextFields fields = course_fields(catalogue, course, tmpl);
  typeset::Block kicker = typeset::paragraph_block(
      "sheet-kicker", {text_run(fill_fields(tmpl.text("sheet-kicker"), fields), course.position)});
  kicker.mark = fill_fields(tmpl.text("sheet-mark"), fields);
  blocks.push_back(std::move(kicker));
  blocks.push_back(
      typeset::paragraph_block("sheet-title", {text_run(course.title, course.position)}));

  typeset::TableBlock table{kSheetTableStyle, {}};
  for (SheetRowContent& row : sheet_rows(course, {.paragraph = {}, .list = kCellListStyle})) {
    typeset::TableRow table_row;
    table_row.cells.push_back(
        typeset::TableCell{{typeset::paragraph_block({}, {text_run(row.label, row.position)})}});
    table_row.cells.push_back(typeset::TableCell{std::move(row.blocks)});
    table.rows.push_back(std::move(table_row));
  }
  blocks.push_back(typeset::Block{std::move(table)});
  return blocks;
}

}  // namespace documents
