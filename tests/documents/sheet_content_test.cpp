// Sheet rows as the brochure and the flyer print them: written rows kept,
// generated rows (hours, dates and place) written out from the sessions.
#include "documents/sheet_content.hpp"

#include <gtest/gtest.h>

#include "catalogue/reader.hpp"
#include "documents_test_support.hpp"

namespace {

using documents::SheetRowContent;
using Generated = catalogue::SheetRow::Generated;

std::string block_text(const typeset::Block& block) {
  std::string text;
  if (const auto* paragraph = std::get_if<typeset::ParagraphBlock>(&block.content)) {
    for (const typeset::InlineRun& run : paragraph->runs) text += run.text;
  } else if (const auto* list = std::get_if<typeset::ListBlock>(&block.content)) {
    for (const typeset::ListItem& item : list->items) {
      for (const typeset::Block& inner : item.blocks) text += block_text(inner) + "|";
    }
  }
  return text;
}

std::vector<std::string> texts(const SheetRowContent& row) {
  std::vector<std::string> found;
  for (const typeset::Block& block : row.blocks) found.push_back(block_text(block));
  return found;
}

const SheetRowContent* find_row(const std::vector<SheetRowContent>& rows,
                                const std::string& label) {
  for (const SheetRowContent& row : rows) {
    if (row.label == label) return &row;
  }
  return nullptr;
}

catalogue::Catalogue load(const std::string& xml) {
  catalogue::LoadResult loaded = catalogue::load_catalogue_from_string(xml, "test.xml");
  EXPECT_TRUE(loaded.value) << documents_test::all_diagnostics(loaded.diagnostics);
  return loaded.value ? *loaded.value : catalogue::Catalogue{};
}

const catalogue::Course& course_of(const catalogue::Catalogue& catalogue, const std::string& code) {
  const auto sessions = catalogue::sessions_by_date(catalogue);
  const catalogue::SessionRef* ref = catalogue::find_session(sessions, code);
  EXPECT_NE(ref, nullptr) << code;
  return *ref->course;
}

const documents::SheetFormat kStyles{.styles = {.paragraph = "cell", .list = "cell-list"},
                                     .place_separator = " – ",
                                     .session_hours = "{code} : {hours}"};

TEST(SheetContent, WrittenRowsKeepTheirLabelBlocksAndPosition) {
  const catalogue::Course& course = course_of(documents_test::edition_catalogue(), "T2605");
  const std::vector<SheetRowContent> rows = documents::sheet_rows(course, kStyles);
  ASSERT_EQ(rows.size(), course.sheet->rows.size());
  EXPECT_EQ(rows[0].label, "Objectif général");
  EXPECT_EQ(rows[0].position, course.sheet->rows[0].position);
  EXPECT_EQ(rows[0].generated, Generated::none);
  const SheetRowContent* topics = find_row(rows, "Sujets abordés");
  ASSERT_NE(topics, nullptr);
  ASSERT_EQ(topics->blocks.size(), 1u);
  const auto* list = std::get_if<typeset::ListBlock>(&topics->blocks[0].content);
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->style, "cell-list");
  EXPECT_EQ(list->items.size(), 5u);
  const auto* paragraph = std::get_if<typeset::ParagraphBlock>(&rows[0].blocks[0].content);
  ASSERT_NE(paragraph, nullptr);
  EXPECT_EQ(paragraph->style, "cell");
}

TEST(SheetContent, HoursAndDatesAndPlaceAreWrittenFromTheSession) {
  const catalogue::Course& course = course_of(documents_test::edition_catalogue(), "T2605");
  const std::vector<SheetRowContent> rows = documents::sheet_rows(course, kStyles);
  const SheetRowContent* hours = find_row(rows, "Horaire");
  ASSERT_NE(hours, nullptr);
  EXPECT_EQ(hours->generated, Generated::hours);
  EXPECT_EQ(texts(*hours), std::vector<std::string>{"9h30-16h30"});
  const SheetRowContent* dates = find_row(rows, "Date et lieu");
  ASSERT_NE(dates, nullptr);
  EXPECT_EQ(texts(*dates), std::vector<std::string>{
                               "Jeudi 24 septembre 2026 – Le Grain : Rue du Marteau 19 – 1000 "
                               "Bruxelles"});
}

TEST(SheetContent, WrittenNoteOfAGeneratedRowContinuesItsParagraph) {
  const catalogue::Course& course = course_of(documents_test::edition_catalogue(), "T2612");
  const std::vector<SheetRowContent> rows = documents::sheet_rows(course, kStyles);
  const SheetRowContent* hours = find_row(rows, "Horaire");
  ASSERT_NE(hours, nullptr);
  EXPECT_EQ(texts(*hours), std::vector<std::string>{"9h30-16h30 (comprenant 1h de pause le midi)"});
  const SheetRowContent* dates = find_row(rows, "Dates et lieu");
  ASSERT_NE(dates, nullptr);
  EXPECT_EQ(texts(*dates), std::vector<std::string>{"Jeudis 19 novembre et 3 décembre 2026 – "
                                                    "EMANCIPE, 52 rue Luther à 1000 Bruxelles"});
}

TEST(SheetContent, SharedSheetShowsEachSessionInItsOwnRowOrOnlyTheOneAsked) {
  const catalogue::Course& course = course_of(documents_test::edition_catalogue(), "T2610");
  const std::vector<SheetRowContent> all = documents::sheet_rows(course, kStyles);
  const SheetRowContent* first = find_row(all, "Date et lieu 1");
  const SheetRowContent* second = find_row(all, "Date et lieu 2");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(texts(*first), std::vector<std::string>{"Lundi 16 novembre 2026 – Namur"});
  EXPECT_EQ(texts(*second),
            std::vector<std::string>{"Jeudi 18 mars 2027 – Institut Cardijn : Rue de l'Hocaille, "
                                     "10 – 1348 Louvain-la-Neuve"});

  // The flyer of T2703 keeps only its own row.
  const catalogue::Session& t2703 = course.sessions[1];
  ASSERT_EQ(t2703.code, "T2703");
  const std::vector<SheetRowContent> one = documents::sheet_rows(course, kStyles, &t2703);
  EXPECT_EQ(one.size(), all.size() - 1);
  EXPECT_EQ(find_row(one, "Date et lieu 1"), nullptr);
  ASSERT_NE(find_row(one, "Date et lieu 2"), nullptr);
}

constexpr const char* kTwoSessionsOneRow = R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers</title>
  <publisher website="https://www.tutorats.org">Fonds</publisher>
  <operators><operator id="op">Opérateur</operator></operators>
  <section kind="atelier" title="Ateliers">
    <course operator="op">
      <title>Un atelier donné deux fois</title>
      <session code="T2601" start="09:30" end="16:30">
        <day date="2026-10-05"/>
        <place city="Namur"/>
      </session>
      <session code="T2602" start="09:00" end="12:00">
        <day date="2027-02-01"/>
        <place city="Liège">Rue <em>Haute</em> 3 – 4000 Liège</place>
      </session>
      <sheet>
        <row label="Objectif">Apprendre.</row>
        <row label="Horaire" generate="hours"><p>Pause à midi.</p><ul><li>Repas libre</li></ul></row>
        <row label="Dates et lieux" generate="dates-and-place"/>
      </sheet>
    </course>
  </section>
</catalogue>
)";

TEST(SheetContent, RowWithoutSessionListsEverySessionOneParagraphEach) {
  const catalogue::Catalogue catalogue = load(kTwoSessionsOneRow);
  ASSERT_FALSE(catalogue.sections.empty());
  const catalogue::Course& course = catalogue.sections[0].courses[0];
  const std::vector<SheetRowContent> rows = documents::sheet_rows(course, kStyles);
  const SheetRowContent* dates = find_row(rows, "Dates et lieux");
  ASSERT_NE(dates, nullptr);
  EXPECT_EQ(texts(*dates), (std::vector<std::string>{"Lundi 5 octobre 2026 – Namur",
                                                     "Lundi 1er février 2027 – Rue Haute 3 – "
                                                     "4000 Liège"}));
  // The address keeps its emphasis and its position in the file.
  const auto& runs = std::get<typeset::ParagraphBlock>(dates->blocks[1].content).runs;
  const auto emphasis =
      std::find_if(runs.begin(), runs.end(), [](const auto& run) { return run.text == "Haute"; });
  ASSERT_NE(emphasis, runs.end());
  EXPECT_TRUE(emphasis->italic);
  EXPECT_GT(emphasis->position.line, 0);
}

TEST(SheetContent, DifferentHoursNameTheirSessionAndBlockNotesFollow) {
  const catalogue::Catalogue catalogue = load(kTwoSessionsOneRow);
  ASSERT_FALSE(catalogue.sections.empty());
  const catalogue::Course& course = catalogue.sections[0].courses[0];
  const std::vector<SheetRowContent> rows = documents::sheet_rows(course, kStyles);
  const SheetRowContent* hours = find_row(rows, "Horaire");
  ASSERT_NE(hours, nullptr);
  EXPECT_EQ(texts(*hours), (std::vector<std::string>{"T2601 : 9h30-16h30", "T2602 : 9h-12h",
                                                     "Pause à midi.", "Repas libre|"}));
  // For one session, its hours alone, without its code.
  const std::vector<SheetRowContent> one =
      documents::sheet_rows(course, kStyles, &course.sessions[1]);
  const SheetRowContent* own = find_row(one, "Horaire");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(texts(*own).front(), "9h-12h");
  const SheetRowContent* place = find_row(one, "Dates et lieux");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(texts(*place).size(), 1u);
}

TEST(SheetContent, CourseWithoutSheetHasNoRows) {
  const catalogue::Course& course = course_of(documents_test::edition_catalogue(), "T2609");
  EXPECT_TRUE(documents::sheet_rows(course, kStyles).empty());
}

}  // namespace
