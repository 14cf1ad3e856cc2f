#include "documents/brochure_sheets.hpp"

#include "documents/brochure_navigation.hpp"
#include "documents/brochure_texts.hpp"
#include "documents/sheet_content.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

std::vector<typeset::Block> sheet_blocks(const catalogue::Catalogue& catalogue,
                                         const catalogue::Section& section,
                                         const catalogue::Course& course,
                                         const typeset::Template& tmpl, const SheetTexts& texts) {
  std::vector<typeset::Block> blocks;
  const base::Fields fields = course_fields(catalogue, course, tmpl);
  // A destination for each session code (the overview links there), and the
  // course's bookmark; kept with what follows, on the sheet's first page.
  for (const catalogue::Session& session : course.sessions) {
    typeset::Block marker = typeset::marker_block(session_anchor(session.code));
    if (&session == &course.sessions.front()) {
      marker.outline =
          typeset::OutlineMark{base::expand_fields(tmpl.text("outline-sheet"), fields), 1};
    }
    marker.keep_with_next = true;
    blocks.push_back(std::move(marker));
  }
  typeset::Block kicker = typeset::paragraph_block(
      "sheet-kicker",
      {text_run(base::expand_fields(tmpl.text("sheet-kicker"), fields), course.position)});
  kicker.mark = base::expand_fields(tmpl.text("sheet-mark"), fields);
  blocks.push_back(std::move(kicker));
  blocks.push_back(
      typeset::heading_block(2, "sheet-title", typeset::inline_runs(course.title_text)));

  // Key facts first: what a reader looks for, and what must not be pushed
  // onto the next page.
  const SheetFormat format = sheet_format(tmpl, {.paragraph = {}, .list = kCellListStyle});
  blocks.push_back(key_facts_block(catalogue, section, course, course_codes(course, tmpl), format,
                                   texts.facts, texts.registration));

  typeset::TableBlock table{kSheetTableStyle, {}};
  for (SheetRowContent& row : sheet_rows(course, format)) {
    // Shown in the key facts.
    if (row.generated != catalogue::SheetRow::Generated::none) continue;
    if (is_public_row(row, texts.facts.public_row_label)) continue;
    typeset::TableRow table_row;
    table_row.cells.push_back(
        typeset::TableCell{{typeset::paragraph_block({}, {text_run(row.label, row.position)})},
                           /*header=*/true});
    table_row.cells.push_back(typeset::TableCell{std::move(row.blocks)});
    table.rows.push_back(std::move(table_row));
  }
  if (!table.rows.empty()) blocks.push_back(typeset::Block{std::move(table)});
  return blocks;
}

}  // namespace documents
