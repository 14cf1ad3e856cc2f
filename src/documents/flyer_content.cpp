#include "documents/flyer_content.hpp"

#include <algorithm>

#include "catalogue/french_dates.hpp"
#include "documents/registration_box.hpp"
#include "documents/sheet_content.hpp"
#include "documents/text_fields.hpp"
#include "typeset/field_runs.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

namespace {

using Generated = catalogue::SheetRow::Generated;

// The written note of a generated row (its content), when it has one.
const catalogue::SheetRow* catalogue_row(const catalogue::Course& course,
                                         const SheetRowContent& content) {
  if (!course.sheet) return nullptr;
  for (const catalogue::SheetRow& row : course.sheet->rows) {
    if (row.position == content.position && row.label == content.label) return &row;
  }
  return nullptr;
}

class ContentBuilder {
 public:
  ContentBuilder(const catalogue::Catalogue& catalogue, const catalogue::SessionRef& ref,
                 const typeset::Template& tmpl, const FlyerSettings& settings,
                 const base::Fields& fields, std::string sheet_columns)
      : catalogue_(catalogue),
        course_(*ref.course),
        section_(*ref.section),
        session_(*ref.session),
        settings_(settings),
        fields_(fields),
        sheet_columns_(std::move(sheet_columns)),
        rows_(sheet_rows(course_, sheet_format(tmpl, {"", kFlyerListStyle}), &session_)) {}

  std::vector<typeset::Block> build() {
    // A session without a sheet has room to spare: larger boxes.
    const FlyerBoxStyles& boxes = course_.sheet ? kFlyerBoxes : kFlyerBoxesWithoutSheet;
    std::vector<typeset::Block> blocks;
    blocks.push_back(
        typeset::heading_block(1, boxes.title, typeset::inline_runs(course_.title_text)));
    blocks.push_back(typeset::space_block(settings_.after_title));
    blocks.push_back(typeset::Block{facts_table(boxes)});
    blocks.push_back(typeset::space_block(settings_.after_facts));
    if (std::optional<typeset::Block> box =
            registration_box(catalogue::effective_registration(catalogue_, session_),
                             settings_.registration, fields_, boxes.registration_table)) {
      blocks.push_back(std::move(*box));
      blocks.push_back(typeset::space_block(settings_.after_registration));
    }
    if (course_.sheet) {
      // Each row under its label as a small heading, the whole in columns.
      typeset::ColumnsBlock sheet{sheet_columns_, {}};
      for (SheetRowContent& row : rows_) {
        if (shown_in_facts(row)) continue;
        sheet.blocks.push_back(typeset::heading_block(2, "sheet-label", row.label));
        for (typeset::Block& block : row.blocks) sheet.blocks.push_back(std::move(block));
      }
      if (!sheet.blocks.empty()) blocks.push_back(typeset::Block{std::move(sheet)});
    } else {
      blocks.push_back(typeset::paragraph_block(
          "notice", typeset::field_runs(settings_.sheet_pending, catalogue_fields(catalogue_))));
    }
    return blocks;
  }

 private:
  bool shown_in_facts(const SheetRowContent& row) const {
    return row.generated != Generated::none || is_public_row(row, settings_.facts.public_row_label);
  }

  typeset::TableBlock facts_table(const FlyerBoxStyles& boxes) {
    typeset::TableBlock table{boxes.facts_table, {}};
    table.rows.push_back(labelled_row(settings_.facts.label_code,
                                      {typeset::paragraph_block(boxes.facts_code, session_.code)}));
    table.rows.push_back(labelled_row(
        session_.days.size() > 1 ? settings_.facts.label_dates : settings_.facts.label_date,
        dates()));
    table.rows.push_back(labelled_row(settings_.facts.label_hours, hours()));
    table.rows.push_back(labelled_row(settings_.facts.label_place, place_blocks(session_.place)));
    if (const catalogue::Operator* op = catalogue_.find_operator(course_.operator_id)) {
      table.rows.push_back(
          labelled_row(settings_.facts.label_operator, {typeset::paragraph_block("", op->name)}));
    }
    std::vector<typeset::Block> audience = public_blocks(boxes);
    if (!audience.empty()) {
      table.rows.push_back(labelled_row(settings_.facts.label_public, std::move(audience)));
    }
    return table;
  }

  // The dates, then what the sheet's dates-and-place row adds in its own words.
  std::vector<typeset::Block> dates() {
    std::vector<typeset::Block> blocks{
        typeset::paragraph_block("", catalogue::session_dates(session_))};
    for (const SheetRowContent& row : rows_) {
      if (row.generated != Generated::dates_and_place) continue;
      if (const catalogue::SheetRow* written = catalogue_row(course_, row)) {
        for (typeset::Block& note : typeset::rich_blocks(written->content, {"", kFlyerListStyle})) {
          blocks.push_back(std::move(note));
        }
      }
    }
    return blocks;
  }

  // The sheet's hours row as generated (with its note), else the session's hours.
  std::vector<typeset::Block> hours() {
    for (SheetRowContent& row : rows_) {
      if (row.generated == Generated::hours && !row.blocks.empty()) return row.blocks;
    }
    const std::string phrase = catalogue::session_hours(session_);
    return {typeset::paragraph_block("", phrase.empty() ? settings_.facts.hours_unknown : phrase)};
  }

  std::vector<typeset::Block> public_blocks(const FlyerBoxStyles& boxes) {
    std::vector<typeset::Block> blocks;
    for (SheetRowContent& row : rows_) {
      if (!is_public_row(row, settings_.facts.public_row_label)) continue;
      for (typeset::Block& block : row.blocks) blocks.push_back(block);
    }
    // The brochure marks these courses with a star explained by the section's
    // legend; a flyer says the legend itself.
    if (course_.open_to_schools) {
      if (section_.legend) {
        blocks.push_back(
            typeset::paragraph_block(boxes.facts_note, typeset::inline_runs(*section_.legend)));
      } else {
        blocks.push_back(
            typeset::paragraph_block(boxes.facts_note, settings_.facts.open_to_schools));
      }
    }
    return blocks;
  }

  const catalogue::Catalogue& catalogue_;
  const catalogue::Course& course_;
  const catalogue::Section& section_;
  const catalogue::Session& session_;
  const FlyerSettings& settings_;
  const base::Fields& fields_;
  std::string sheet_columns_;
  std::vector<SheetRowContent> rows_;
};

}  // namespace

std::vector<typeset::Block> flyer_content(const catalogue::Catalogue& catalogue,
                                          const catalogue::SessionRef& session,
                                          const typeset::Template& tmpl,
                                          const FlyerSettings& settings, const base::Fields& fields,
                                          const std::string& sheet_columns) {
  return ContentBuilder(catalogue, session, tmpl, settings, fields, sheet_columns).build();
}

const std::string& kind_name(catalogue::CourseKind kind, const FlyerSettings& settings) {
  return kind == catalogue::CourseKind::atelier ? settings.kind_atelier : settings.kind_intervision;
}

}  // namespace documents
