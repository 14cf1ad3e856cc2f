// A course sheet as typeset content: its rows as (label, blocks), with the
// generated rows written out from the sessions. Shared by the brochure (every
// session of the course) and the flyer (one session).
//
//   generate="hours"            → catalogue::session_hours, once when every
//                                 session has the same hours, else one
//                                 paragraph per session, from the template's
//                                 "session-hours" text ("T2610 : 9h30-16h30");
//   generate="dates-and-place"  → per session, one paragraph: the dates, the
//                                 template's "dates-place-separator" (" – ")
//                                 and the address (the city when the address
//                                 is empty), or only the row's session.
// Content written in a generated row is appended: to the generated paragraph
// when it is one paragraph ("9h30-16h30 (comprenant 1h de pause le midi)"),
// else as its own blocks after it.
#pragma once

#include <string>
#include <vector>

#include "catalogue/model.hpp"
#include "typeset/blocks.hpp"
#include "typeset/rich_blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

// How the rows are written: their styles and the template's texts.
struct SheetFormat {
  typeset::RichTextStyles styles;  // paragraph and list styles (empty: the cell's defaults)
  std::string place_separator;     // between the dates and the place: " – "
  std::string session_hours;       // one session's hours in a shared sheet: "{code} : {hours}"
};

struct SheetRowContent {
  std::string label;                   // as the operator wrote it
  std::vector<typeset::Block> blocks;  // the content cell
  catalogue::SheetRow::Generated generated = catalogue::SheetRow::Generated::none;
  base::SourcePosition position;  // the <row> in the catalogue
};

// The rows of `course`'s sheet (none when it has no sheet). With `only`, a
// session of the course, the rows describe that session alone: a
// dates-and-place row naming another session is left out, and generated rows
// speak of `only` only.
std::vector<SheetRowContent> sheet_rows(const catalogue::Course& course, const SheetFormat& format,
                                        const catalogue::Session* only = nullptr);

// The format the template's texts "dates-place-separator" and "session-hours" give.
SheetFormat sheet_format(const typeset::Template& tmpl, typeset::RichTextStyles styles);

// A "label | content" row, as in a sheet and in a key-facts box.
typeset::TableRow labelled_row(const std::string& label, std::vector<typeset::Block> content);

// A session's place as blocks: its address, else its city.
std::vector<typeset::Block> place_blocks(const catalogue::Place& place);

// Whether `row` is the sheet's public row, the one a key-facts box shows: its
// label reads as `public_row_label` whatever the accents, case and punctuation
// ("Public cible", "PUBLIC-CIBLE").
bool is_public_row(const SheetRowContent& row, const std::string& public_row_label);

// The sessions a row speaks of, in the course's order (for tests and flyers).
std::vector<const catalogue::Session*> row_sessions(const catalogue::Course& course,
                                                    const catalogue::SheetRow& row,
                                                    const catalogue::Session* only = nullptr);

}  // namespace documents
