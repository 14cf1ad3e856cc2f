#include "pdf/character_check.hpp"

#include "pdf_test_support.hpp"

namespace {

using typeset::FontStyle;

class CharacterCheck : public ::testing::Test {
 protected:
  typeset::DocumentBox with_text(std::string text, typeset::FaceId face = 0) {
    typeset::DocumentBox document;
    document.pages.emplace_back();
    typeset::GlyphRun run = pdf_test::run_at(fonts_, FontStyle::regular, 72, 72, 10, text);
    run.face = face;
    document.pages[0].glyphs.push_back(run);
    return document;
  }
  const typeset::FontLibrary& fonts_ = pdf_test::carlito_library();
};

TEST_F(CharacterCheck, FrenchTextInCarlitoPasses) {
  EXPECT_TRUE(pdf::find_unpaintable_characters(
                  with_text("« Œuvre » — Élève à 9h30 : déjà vu… l’été, n° 3 € ’ – ç Ç"), fonts_)
                  .empty());
  EXPECT_TRUE(pdf::find_unpaintable_characters(pdf_test::sample_document(fonts_), fonts_).empty());
}

TEST_F(CharacterCheck, CharacterMissingFromTheFaceIsNamed) {
  const auto problems = pdf::find_unpaintable_characters(with_text("neige ☃"), fonts_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0],
            "page 1, texte « neige ☃ » : le caractère « ☃ » (U+2603) manque à la police "
            "Carlito (Carlito-Regular.ttf) (erreur de mise en page)");
}

TEST_F(CharacterCheck, CharacterOutsideTheBasicPlaneIsRefused) {
  // libharu would silently print a space for it.
  const auto problems = pdf::find_unpaintable_characters(with_text("bravo 😀"), fonts_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("(U+1F600) ne peut pas être écrit dans le PDF"), std::string::npos)
      << problems[0];
}

TEST_F(CharacterCheck, InvalidUtf8AndControlCharactersAreRefused) {
  const auto invalid = pdf::find_unpaintable_characters(with_text("caf\xC3"), fonts_);
  ASSERT_EQ(invalid.size(), 1u);
  EXPECT_NE(invalid[0].find("octet UTF-8 invalide à la position 3"), std::string::npos);
  const auto control = pdf::find_unpaintable_characters(with_text("deux\nlignes"), fonts_);
  ASSERT_EQ(control.size(), 1u);
  EXPECT_NE(control[0].find("caractère de contrôle U+000A"), std::string::npos) << control[0];
}

TEST_F(CharacterCheck, UnknownFaceIsRefused) {
  const auto problems = pdf::find_unpaintable_characters(with_text("texte", 42), fonts_);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("police n° 42 inconnue"), std::string::npos) << problems[0];
}

TEST_F(CharacterCheck, LongListsAreCutWithACount) {
  typeset::DocumentBox document = with_text("☃");
  for (int copy = 0; copy < 24; ++copy)
    document.pages[0].glyphs.push_back(document.pages[0].glyphs[0]);
  const auto problems = pdf::find_unpaintable_characters(document, fonts_, 20);
  ASSERT_EQ(problems.size(), 21u);
  EXPECT_EQ(problems.back(), "… et 5 autre(s) texte(s) dans le même cas");
}

}  // namespace
