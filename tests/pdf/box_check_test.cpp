#include "pdf/box_check.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

typeset::DocumentBox one_page() {
  typeset::DocumentBox document;
  document.pages.emplace_back();
  return document;
}

typeset::GlyphRun run(std::string text) {
  typeset::GlyphRun glyphs;
  glyphs.origin = {72, 72};
  glyphs.text = std::move(text);
  return glyphs;
}

TEST(BoxCheck, OrdinaryPageHasNoProblem) {
  typeset::DocumentBox document = one_page();
  document.pages[0].fills.push_back({{0, 0, 595, 100}, {0.1, 0.3, 0.6}});
  document.pages[0].rules.push_back({{10, 10}, {100, 10}, 0, {}});  // hairline
  document.pages[0].glyphs.push_back(run("Titre"));
  EXPECT_TRUE(pdf::find_unpaintable_boxes(document).empty());
}

TEST(BoxCheck, NotANumberIsNamedWithItsPage) {
  typeset::DocumentBox document = one_page();
  document.pages.emplace_back();
  typeset::GlyphRun lost = run("Horaire");
  lost.origin.y = not_a_number;
  document.pages[1].glyphs.push_back(lost);
  document.pages[1].anchors.push_back({"seance-3", {not_a_number, 0}});
  const auto problems = pdf::find_unpaintable_boxes(document);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "page 2 : texte « Horaire » mal placé (erreur de mise en page)");
  EXPECT_EQ(problems[1], "page 2 : ancre « seance-3 » mal placée (erreur de mise en page)");
}

TEST(BoxCheck, ColoursSizesAndThicknessesOutOfRange) {
  typeset::DocumentBox document = one_page();
  typeset::GlyphRun big = run("Énorme");
  big.size = 700;
  big.color = {1.2, 0, 0};
  document.pages[0].glyphs.push_back(big);
  typeset::GlyphRun empty_size = run("Rien");
  empty_size.size = 0;
  document.pages[0].glyphs.push_back(empty_size);
  document.pages[0].rules.push_back({{0, 0}, {1, 1}, -1, {}});
  document.pages[0].fills.push_back({{0, 0, 1, 1}, {0, -0.5, 0}});
  const auto problems = pdf::find_unpaintable_boxes(document);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_NE(problems[0].find("couleur d'aplat hors de 0..1"), std::string::npos);
  EXPECT_NE(problems[1].find("épaisseur de filet -1 pt impossible"), std::string::npos);
  EXPECT_NE(problems[2].find("texte « Énorme » en corps 700 impossible"), std::string::npos);
  EXPECT_NE(problems[3].find("couleur du texte « Énorme » hors de 0..1"), std::string::npos);
  EXPECT_NE(problems[4].find("texte « Rien » en corps 0 impossible"), std::string::npos);
}

TEST(BoxCheck, PageFormatOutsideWhatPdfAllows) {
  typeset::DocumentBox document = one_page();
  document.pages[0].width = 2;
  EXPECT_EQ(pdf::find_unpaintable_boxes(document).at(0),
            "page 1 : format de page 2 × 841.89 pt impossible (erreur de mise en page)");
}

TEST(BoxCheck, LongListsAreCutWithACount) {
  typeset::DocumentBox document = one_page();
  for (int i = 0; i < 23; ++i) document.pages[0].links.push_back({{not_a_number, 0, 1, 1}, "", ""});
  const auto problems = pdf::find_unpaintable_boxes(document, 20);
  ASSERT_EQ(problems.size(), 21u);
  EXPECT_EQ(problems.back(), "… et 3 autre(s) élément(s) dans le même cas");
}

}  // namespace
