#include "documents/sheet_content.hpp"

#include "base/fields.hpp"
#include "catalogue/french_dates.hpp"
#include "documents/slug.hpp"
#include "documents/text_fields.hpp"

namespace documents {

namespace {

using Generated = catalogue::SheetRow::Generated;

// "Jeudi 24 septembre 2026 – Le Grain : Rue du Marteau 19 – 1000 Bruxelles".
std::vector<typeset::InlineRun> dates_and_place(const catalogue::Session& session,
                                                const SheetFormat& format) {
  std::vector<typeset::InlineRun> runs;
  std::string dates = catalogue::session_dates(session);
  const catalogue::Place& place = session.place;
  if (!place.address.runs.empty()) {
    runs.push_back(text_run(dates + format.place_separator, session.position));
    for (typeset::InlineRun& run : typeset::inline_runs(place.address)) {
      runs.push_back(std::move(run));
    }
  } else if (!place.city.empty()) {
    runs.push_back(text_run(dates + format.place_separator + place.city, session.position));
  } else {
    runs.push_back(text_run(std::move(dates), session.position));
  }
  return runs;
}

// One paragraph when every session keeps the same hours, else one per session
// with its code, so that a reader of a shared sheet knows which is which.
std::vector<std::vector<typeset::InlineRun>> hours(
    const std::vector<const catalogue::Session*>& sessions, const SheetFormat& format) {
  std::vector<std::pair<const catalogue::Session*, std::string>> phrases;
  for (const catalogue::Session* session : sessions) {
    std::string phrase = catalogue::session_hours(*session);
    if (!phrase.empty()) phrases.emplace_back(session, std::move(phrase));
  }
  bool all_same = true;
  for (const auto& [session, phrase] : phrases) all_same = all_same && phrase == phrases[0].second;
  std::vector<std::vector<typeset::InlineRun>> paragraphs;
  if (phrases.empty()) return paragraphs;
  if (all_same) {
    paragraphs.push_back({text_run(phrases[0].second, phrases[0].first->position)});
    return paragraphs;
  }
  for (const auto& [session, phrase] : phrases) {
    const base::Fields fields{{"code", session->code}, {"hours", phrase}};
    paragraphs.push_back(
        {text_run(base::expand_fields(format.session_hours, fields), session->position)});
  }
  return paragraphs;
}

std::vector<typeset::Block> generated_blocks(const catalogue::Course& course,
                                             const catalogue::SheetRow& row,
                                             const SheetFormat& format,
                                             const catalogue::Session* only) {
  const typeset::RichTextStyles& styles = format.styles;
  std::vector<std::vector<typeset::InlineRun>> paragraphs;
  const std::vector<const catalogue::Session*> sessions = row_sessions(course, row, only);
  if (row.generated == Generated::hours) {
    paragraphs = hours(sessions, format);
  } else {
    for (const catalogue::Session* session : sessions) {
      paragraphs.push_back(dates_and_place(*session, format));
    }
  }
  std::vector<typeset::Block> written = typeset::rich_blocks(row.content, styles);
  // A written note that is one paragraph continues the last generated one.
  const bool note_inline = !paragraphs.empty() && row.content.blocks.size() == 1 &&
                           row.content.blocks[0].kind == catalogue::Block::Kind::paragraph;
  if (note_inline) {
    paragraphs.back().push_back(text_run(" ", row.position));
    for (typeset::InlineRun& run : typeset::inline_runs(row.content.blocks[0].paragraph)) {
      paragraphs.back().push_back(std::move(run));
    }
    written.clear();
  }
  std::vector<typeset::Block> blocks;
  for (std::vector<typeset::InlineRun>& runs : paragraphs) {
    blocks.push_back(typeset::paragraph_block(styles.paragraph, std::move(runs)));
  }
  for (typeset::Block& block : written) blocks.push_back(std::move(block));
  return blocks;
}

}  // namespace

std::vector<const catalogue::Session*> row_sessions(const catalogue::Course& course,
                                                    const catalogue::SheetRow& row,
                                                    const catalogue::Session* only) {
  std::vector<const catalogue::Session*> sessions;
  for (const catalogue::Session& session : course.sessions) {
    if (only != nullptr && session.code != only->code) continue;
    if (row.generated == Generated::dates_and_place && !row.session_code.empty() &&
        session.code != row.session_code) {
      continue;
    }
    sessions.push_back(&session);
  }
  return sessions;
}

SheetFormat sheet_format(const typeset::Template& tmpl, typeset::RichTextStyles styles) {
  return {std::move(styles), tmpl.text("dates-place-separator"), tmpl.text("session-hours")};
}

std::vector<SheetRowContent> sheet_rows(const catalogue::Course& course, const SheetFormat& format,
                                        const catalogue::Session* only) {
  std::vector<SheetRowContent> rows;
  if (!course.sheet) return rows;
  for (const catalogue::SheetRow& row : course.sheet->rows) {
    SheetRowContent content{row.label, {}, row.generated, row.position};
    if (row.generated == Generated::none) {
      content.blocks = typeset::rich_blocks(row.content, format.styles);
    } else {
      // A flyer for T2703 has no "Date et lieu 1" (T2610's) row.
      if (row.generated == Generated::dates_and_place && row_sessions(course, row, only).empty()) {
        continue;
      }
      content.blocks = generated_blocks(course, row, format, only);
    }
    rows.push_back(std::move(content));
  }
  return rows;
}

typeset::TableRow labelled_row(const std::string& label, std::vector<typeset::Block> content) {
  typeset::TableRow row;
  row.cells.push_back({{typeset::paragraph_block("", label)}, /*header=*/true});
  row.cells.push_back({std::move(content)});
  return row;
}

std::vector<typeset::Block> place_blocks(const catalogue::Place& place) {
  if (!place.address.runs.empty()) {
    return {typeset::paragraph_block("", typeset::inline_runs(place.address))};
  }
  return {typeset::paragraph_block("", {text_run(place.city, place.position)})};
}

bool is_public_row(const SheetRowContent& row, const std::string& public_row_label) {
  return row.generated == Generated::none && slug(row.label) == slug(public_row_label);
}

}  // namespace documents
