#include "documents/key_facts.hpp"

#include "base/fields.hpp"
#include "catalogue/french_dates.hpp"
#include "documents/brochure_texts.hpp"
#include "documents/text_fields.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

namespace {

using Generated = catalogue::SheetRow::Generated;

// The written note of a generated row of the sheet, as blocks.
std::vector<typeset::Block> written_notes(const catalogue::Course& course, Generated kind,
                                          const catalogue::Session& session,
                                          const SheetFormat& format) {
  std::vector<typeset::Block> blocks;
  if (!course.sheet) return blocks;
  for (const catalogue::SheetRow& row : course.sheet->rows) {
    if (row.generated != kind) continue;
    if (!row.session_code.empty() && row.session_code != session.code) continue;
    for (typeset::Block& note : typeset::rich_blocks(row.content, format.styles)) {
      blocks.push_back(std::move(note));
    }
  }
  return blocks;
}

// The dates, then what the sheet's dates-and-place rows add in their own words.
std::vector<typeset::Block> dates_blocks(const catalogue::Course& course,
                                         const catalogue::Session& session,
                                         const SheetFormat& format) {
  std::vector<typeset::Block> blocks{typeset::paragraph_block(
      "", {text_run(catalogue::session_dates(session), session.position)})};
  for (typeset::Block& note : written_notes(course, Generated::dates_and_place, session, format)) {
    blocks.push_back(std::move(note));
  }
  return blocks;
}

// The session's hours, with the note of the sheet's hours row on the same line
// when it is one paragraph ("9h30-16h30 (comprenant 1h de pause le midi)").
std::vector<typeset::Block> hours_blocks(const catalogue::Course& course,
                                         const catalogue::Session& session,
                                         const SheetFormat& format, const KeyFactsTexts& texts) {
  const std::string phrase = catalogue::session_hours(session);
  std::vector<typeset::InlineRun> runs{
      text_run(phrase.empty() ? texts.hours_unknown : phrase, session.position)};
  std::vector<typeset::Block> blocks;
  if (course.sheet) {
    for (const catalogue::SheetRow& row : course.sheet->rows) {
      if (row.generated != Generated::hours) continue;
      const bool inline_note = row.content.blocks.size() == 1 &&
                               row.content.blocks[0].kind == catalogue::Block::Kind::paragraph;
      if (inline_note) {
        runs.push_back(text_run(" ", row.position));
        for (typeset::InlineRun& run : typeset::inline_runs(row.content.blocks[0].paragraph)) {
          runs.push_back(std::move(run));
        }
      } else {
        for (typeset::Block& note : typeset::rich_blocks(row.content, format.styles)) {
          blocks.push_back(std::move(note));
        }
      }
    }
  }
  blocks.insert(blocks.begin(), typeset::paragraph_block("", std::move(runs)));
  return blocks;
}

// A registration that differs from the edition's, as lines; none otherwise.
std::vector<typeset::Block> own_registration(const catalogue::Catalogue& catalogue,
                                             const catalogue::Session& session,
                                             const RegistrationTexts& texts) {
  if (!session.registration || session.registration->empty()) return {};
  const catalogue::Registration how = catalogue::effective_registration(catalogue, session);
  base::Fields fields = catalogue_fields(catalogue);
  fields.set("code", session.code);
  return registration_lines(how, texts, fields);
}

}  // namespace

KeyFactsTexts read_key_facts_texts(TemplateRequirements& needs, bool shared_sheets) {
  KeyFactsTexts texts;
  texts.label_code = needs.text("label-code");
  texts.label_date = needs.text("label-date");
  texts.label_dates = needs.text("label-dates");
  texts.label_hours = needs.text("label-hours");
  texts.label_place = needs.text("label-place");
  texts.label_operator = needs.text("label-operator");
  texts.label_public = needs.text("label-public");
  if (shared_sheets) {
    texts.label_codes = needs.text("label-codes");
    texts.label_session = needs.text("label-session", {"code"});
    texts.label_registration = needs.text("label-registration");
  }
  texts.hours_unknown = needs.text("hours-unknown");
  texts.public_row_label = needs.text("public-row-label");
  texts.open_to_schools = needs.text("open-to-schools");
  return texts;
}

typeset::Block key_facts_block(const catalogue::Catalogue& catalogue,
                               const catalogue::Section& section, const catalogue::Course& course,
                               const std::string& codes, const SheetFormat& format,
                               const KeyFactsTexts& texts, const RegistrationTexts& registration) {
  typeset::TableBlock table{kFactsTableStyle, {}};
  const bool shared = course.sessions.size() > 1;
  table.rows.push_back(labelled_row(
      shared ? texts.label_codes : texts.label_code,
      {typeset::paragraph_block(kFactsCodeStyle, {text_run(codes, course.position)})}));
  for (const catalogue::Session& session : course.sessions) {
    std::vector<typeset::Block> dates = dates_blocks(course, session, format);
    std::vector<typeset::Block> hours = hours_blocks(course, session, format, texts);
    std::vector<typeset::Block> place = place_blocks(session.place);
    std::vector<typeset::Block> how = own_registration(catalogue, session, registration);
    if (shared) {
      // One row per session: its dates, hours and place together.
      std::vector<typeset::Block> blocks;
      for (auto* part : {&dates, &hours, &place, &how}) {
        for (typeset::Block& block : *part) blocks.push_back(std::move(block));
      }
      table.rows.push_back(labelled_row(
          base::expand_fields(texts.label_session, {{"code", session.code}}), std::move(blocks)));
      continue;
    }
    table.rows.push_back(labelled_row(
        session.days.size() > 1 ? texts.label_dates : texts.label_date, std::move(dates)));
    table.rows.push_back(labelled_row(texts.label_hours, std::move(hours)));
    table.rows.push_back(labelled_row(texts.label_place, std::move(place)));
    if (!how.empty()) table.rows.push_back(labelled_row(texts.label_registration, std::move(how)));
  }
  if (const catalogue::Operator* op = catalogue.find_operator(course.operator_id)) {
    table.rows.push_back(labelled_row(
        texts.label_operator, {typeset::paragraph_block("", {text_run(op->name, op->position)})}));
  }
  std::vector<typeset::Block> audience;
  for (SheetRowContent& row : sheet_rows(course, format)) {
    if (!is_public_row(row, texts.public_row_label)) continue;
    for (typeset::Block& block : row.blocks) audience.push_back(std::move(block));
  }
  if (course.open_to_schools) {
    // The overview marks these courses with a star explained by the section's
    // legend; the box says the legend itself.
    audience.push_back(
        section.legend
            ? typeset::paragraph_block(kFactsNoteStyle, typeset::inline_runs(*section.legend))
            : typeset::paragraph_block(kFactsNoteStyle, texts.open_to_schools));
  }
  if (!audience.empty()) {
    table.rows.push_back(labelled_row(texts.label_public, std::move(audience)));
  }
  return typeset::Block{std::move(table)};
}

}  // namespace documents
