#include "typeset/hyphenation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>
#include <vector>

namespace typeset {
namespace {

// The word with a "-" at each break point, to compare with what a reader expects.
std::string show_breaks(const Hyphenator& hyphenator, std::string_view word) {
  std::string shown;
  std::size_t previous = 0;
  for (std::size_t point : hyphenator.break_points(word)) {
    shown.append(word.substr(previous, point - previous));
    shown.push_back('-');
    previous = point;
  }
  shown.append(word.substr(previous));
  return shown;
}

long character_count(std::string_view utf8) {
  return std::count_if(utf8.begin(), utf8.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

class HyphenationTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    auto loaded = Hyphenator::load(std::string(kFrenchPatterns), error);
    ASSERT_TRUE(loaded.has_value()) << error;
    hyphenator_.emplace(*std::move(loaded));
  }
  std::string breaks(std::string_view word) const { return show_breaks(*hyphenator_, word); }
  std::optional<Hyphenator> hyphenator_;
};

TEST_F(HyphenationTest, FrenchWordsBreakAtTheirSyllables) {
  EXPECT_EQ(breaks("accompagnement"), "ac-com-pa-gne-ment");
  EXPECT_EQ(breaks("institutionnelle"), "ins-ti-tu-tion-nelle");
  EXPECT_EQ(breaks("professionnel"), "pro-fes-sion-nel");
  EXPECT_EQ(breaks("formation"), "for-ma-tion");
}

TEST_F(HyphenationTest, AccentedAndCapitalisedWordsAreLoweredForThePatterns) {
  EXPECT_EQ(breaks("Éducation"), "Édu-ca-tion");
  EXPECT_EQ(breaks("éducation"), "édu-ca-tion");
  // Offsets are bytes: "é" is two, and the point after "Édu" is at byte 4.
  EXPECT_EQ(hyphenator_->break_points("Éducation").front(), 4u);
}

TEST_F(HyphenationTest, KeepsTwoLettersBeforeAndThreeAfter) {
  for (std::string_view word : {"énergie", "aération", "idéologie", "animaux", "obéissance"}) {
    for (std::size_t point : hyphenator_->break_points(word)) {
      const std::string before(word.substr(0, point));
      const std::string after(word.substr(point));
      EXPECT_GE(character_count(before), 2) << word;
      EXPECT_GE(character_count(after), 3) << word;
    }
  }
  EXPECT_EQ(breaks("aération"), "aé-ra-tion");
}

TEST_F(HyphenationTest, ElisionsBreakOnlyAfterTheApostrophe) {
  EXPECT_EQ(breaks("l'accompagnement"), "l'ac-com-pa-gne-ment");
  EXPECT_EQ(breaks("d’institutionnelle"), "d’ins-ti-tu-tion-nelle");
  // The typographic apostrophe the French spacing puts in cuts the same way.
  EXPECT_EQ(breaks("l’accompagnement"), "l’ac-com-pa-gne-ment");
  EXPECT_EQ(breaks("aujourd’hui"), "au-jourd’hui");
}

TEST_F(HyphenationTest, WordsJoinedByASlashAreCutEachOnItsOwn) {
  EXPECT_EQ(breaks("débriefing/apprentissages"), "dé-brie-fing/ap-pren-tis-sages");
  EXPECT_EQ(breaks("formation/accompagnement"), "for-ma-tion/ac-com-pa-gne-ment");
  // A slash that does not join two words is a path or a date: nothing.
  EXPECT_TRUE(hyphenator_->break_points("formation/").empty());
  EXPECT_TRUE(hyphenator_->break_points("/formation").empty());
  EXPECT_TRUE(hyphenator_->break_points("29/09/2026").empty());
}

TEST_F(HyphenationTest, PunctuationAroundTheWordIsNotALetter) {
  EXPECT_EQ(breaks("(formation),"), "(for-ma-tion),");
  EXPECT_EQ(breaks("«formation»"), "«for-ma-tion»");
}

TEST_F(HyphenationTest, LeavesUrlsNumbersCodesAndAcronymsWhole) {
  for (std::string_view word :
       {"https://www.fonds-formation.be/inscription", "www.formation-continue.be",
        "inscription@fondsformation.be", "formation.be/inscriptions", "9h30", "9h30-16h30", "T2605",
        "2026", "24-09-2026", "MAE", "CERSO", "ONE", "PPT", "FORMATION"}) {
    EXPECT_TRUE(hyphenator_->break_points(word).empty()) << word;
  }
}

TEST_F(HyphenationTest, CompoundsBreakOnlyAtTheirOwnHyphen) {
  EXPECT_TRUE(hyphenator_->break_points("socio-professionnel").empty());
  EXPECT_TRUE(hyphenator_->break_points("peut-être").empty());
}

TEST_F(HyphenationTest, ShortWordsAreNotCut) {
  EXPECT_TRUE(hyphenator_->break_points("aide").empty());
  EXPECT_TRUE(hyphenator_->break_points("l'an").empty());
}

// Words already cut are remembered (hyphenation.hpp): asked again, on the
// run's threads at once, each gets the cut it got the first time, and a
// word that differs only by its punctuation or an accent is cut anew.
TEST_F(HyphenationTest, WordsCutAgainOnSeveralThreadsGetTheSameCuts) {
  const std::vector<std::string> words{"accompagnement",      "accompagnement,", "professionnel",
                                       "l'accompagnement",    "élève",           "Élèves",
                                       "formation",           "tuteur/tutrice",  "T2605",
                                       "https://tutorats.org"};
  std::vector<std::string> first;
  for (const std::string& word : words) first.push_back(breaks(word));
  EXPECT_EQ(first[0], "ac-com-pa-gne-ment");
  EXPECT_EQ(first[1], "ac-com-pa-gne-ment,");
  std::vector<std::vector<std::string>> seen(4);
  std::vector<std::thread> threads;
  for (std::vector<std::string>& mine : seen) {
    threads.emplace_back([&] {
      for (int round = 0; round < 50; ++round)
        for (const std::string& word : words) mine.push_back(breaks(word));
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::vector<std::string>& mine : seen) {
    ASSERT_EQ(mine.size(), 50 * words.size());
    for (std::size_t i = 0; i < mine.size(); ++i) EXPECT_EQ(mine[i], first[i % words.size()]);
  }
}

TEST(Hyphenator, MissingPatternsFileIsAnErrorNotACrash) {
  std::string error;
  const auto hyphenator = Hyphenator::load("/nonexistent/hyph_xx.dic", error);
  EXPECT_FALSE(hyphenator.has_value());
  EXPECT_NE(error.find("/nonexistent/hyph_xx.dic"), std::string::npos);
}

}  // namespace
}  // namespace typeset
