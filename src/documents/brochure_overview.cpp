#include "documents/brochure_overview.hpp"

#include "catalogue/french_dates.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents/brochure_texts.hpp"
#include "typeset/field_runs.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

namespace {

typeset::TableCell cell(std::vector<typeset::Block> blocks) {
  return typeset::TableCell{std::move(blocks)};
}

typeset::TableCell text_cell(std::string text, base::SourcePosition position,
                             std::string style = {}) {
  return cell({typeset::paragraph_block(std::move(style), {text_run(std::move(text), position)})});
}

typeset::TableRow header_row(const typeset::Template& tmpl) {
  typeset::TableRow row;
  row.header = true;
  for (const char* column : kOverviewColumns) row.cells.push_back(text_cell(tmpl.text(column), {}));
  return row;
}

// "T2605" linked to its sheet, and under it "p. 7"; or "sans fiche".
typeset::TableCell code_cell(const catalogue::SessionRef& ref, const typeset::Template& tmpl) {
  const catalogue::Session& session = *ref.session;
  const std::string anchor = session_anchor(session.code);
  typeset::InlineRun code = text_run(session.code, session.position);
  std::vector<typeset::Block> blocks;
  if (ref.course->sheet) {
    code.link = "#" + anchor;
    blocks.push_back(typeset::paragraph_block("overview-code", {code}));
    const std::string page =
        base::expand_fields(tmpl.text("sheet-page"), {{"page", "{page-of:" + anchor + "}"}});
    blocks.push_back(typeset::paragraph_block("overview-page",
                                              {text_run(page, session.position, "#" + anchor)}));
  } else {
    blocks.push_back(typeset::paragraph_block("overview-code", {code}));
    blocks.push_back(typeset::paragraph_block("overview-page",
                                              {text_run(tmpl.text("no-sheet"), session.position)}));
  }
  return cell(std::move(blocks));
}

}  // namespace

typeset::TableRow overview_row(const catalogue::Catalogue& catalogue,
                               const catalogue::SessionRef& ref, const typeset::Template& tmpl) {
  const catalogue::Course& course = *ref.course;
  const catalogue::Session& session = *ref.session;
  const catalogue::Operator* op = catalogue.find_operator(course.operator_id);

  std::vector<typeset::InlineRun> title = typeset::inline_runs(course.title_text);
  if (course.open_to_schools) title.push_back(text_run(tmpl.text("audience-mark")));

  typeset::TableRow row;
  row.cells.push_back(text_cell(op != nullptr ? op->name : course.operator_id, course.position));
  row.cells.push_back(cell({typeset::paragraph_block({}, std::move(title))}));
  row.cells.push_back(code_cell(ref, tmpl));
  row.cells.push_back(
      text_cell(capitalised(catalogue::session_dates_short_for_print(session)), session.position));
  row.cells.push_back(text_cell(session.place.city, session.place.position));
  return row;
}

std::vector<typeset::Block> overview_blocks(const catalogue::Catalogue& catalogue,
                                            std::size_t index, const typeset::Template& tmpl) {
  const catalogue::Section& section = catalogue.sections[index];
  std::vector<typeset::Block> blocks;

  typeset::Block title = typeset::heading_block(1, "section-title", section.title);
  title.anchor = section_anchor(index + 1);
  title.mark = section.title;
  title.outline = typeset::OutlineMark{section.title, 0};
  blocks.push_back(std::move(title));
  for (const catalogue::Paragraph& note : section.notes) {
    blocks.push_back(typeset::paragraph_block("section-note", typeset::inline_runs(note)));
  }
  if (section.legend) {
    std::vector<typeset::InlineRun> legend{text_run(tmpl.text("audience-mark") + " ")};
    for (typeset::InlineRun& run : typeset::inline_runs(*section.legend)) {
      legend.push_back(std::move(run));
    }
    blocks.push_back(typeset::paragraph_block("legend", std::move(legend)));
  }

  typeset::TableBlock table{kOverviewTableStyle, {header_row(tmpl)}};
  bool any_without_sheet = false;
  for (const catalogue::SessionRef& ref : catalogue::sessions_by_date(section)) {
    table.rows.push_back(overview_row(catalogue, ref, tmpl));
    any_without_sheet = any_without_sheet || !ref.course->sheet;
  }
  blocks.push_back(typeset::Block{std::move(table)});
  if (any_without_sheet) {
    blocks.push_back(typeset::paragraph_block(
        "overview-note",
        typeset::field_runs(tmpl.text("no-sheet-note"), document_fields(catalogue, tmpl))));
  }
  return blocks;
}

}  // namespace documents
