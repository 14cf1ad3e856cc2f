// Where a paragraph may break besides spaces and hyphenation points, as the
// reader sees it in set lines: after a slash between words, after the joiner
// between two dates, never inside a range or a date.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "bundled_text.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {
namespace {

class BreakOpportunities : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(text_.error, "") << text_.error;
    style_.family = std::string(bundled_main_family);
  }

  ParagraphLayout set(const std::string& text, double width) {
    InlineRun run;
    run.text = text;
    return set_paragraph({run}, style_, width,
                         TextContext{fonts_, hyphenator_, "test.xml", nullptr});
  }

  const testing::BundledText& text_ = testing::bundled_text();
  const FontLibrary* fonts_ = &text_.fonts;
  const Hyphenator* hyphenator_ = text_.patterns();
  ParagraphStyle style_;
};

// The text of a line as read: runs in x order, a space wherever runs are apart.
std::string line_text(const LineBox& line) {
  std::vector<GlyphRun> runs = line.runs;
  std::sort(runs.begin(), runs.end(),
            [](const GlyphRun& a, const GlyphRun& b) { return a.origin.x < b.origin.x; });
  std::string text;
  double right = 0;
  for (const GlyphRun& run : runs) {
    if (!text.empty() && run.origin.x > right + 0.01) text += ' ';
    text += run.text;
    right = run.origin.x + run.width;
  }
  return text;
}

double right_edge(const LineBox& line) {
  double right = 0;
  for (const GlyphRun& run : line.runs) right = std::max(right, run.origin.x + run.width);
  return right;
}

TEST_F(BreakOpportunities, ASlashBetweenWordsIsABreakWithoutAHyphen) {
  // T2613's programme: without a break in "débriefing/apprentissages" the
  // first line was justified with spaces 7.5 times their stretch. (Without
  // hyphenation, so that only the slash can share the word between lines.)
  style_.hyphenate = false;
  const std::string text =
      "Simulation/jeu de rôle du premier accueil de la personne tutorée et "
      "débriefing/apprentissages";
  const ParagraphLayout layout = set(text, 341.457);
  ASSERT_EQ(layout.lines.size(), 2u);
  EXPECT_LE(layout.lines[0].ratio, 2.0) << line_text(layout.lines[0]);
  EXPECT_FALSE(layout.lines[0].hyphenated);
  EXPECT_EQ(line_text(layout.lines[0]).back(), '/') << line_text(layout.lines[0]);
  EXPECT_EQ(line_text(layout.lines[1]), "apprentissages");
}

TEST_F(BreakOpportunities, NoSlashBreakInsideDates) {
  style_.alignment = Alignment::left;
  const std::string text = "du 29/09/2026 au 6/10";
  const double natural = right_edge(set(text, 1000).lines.at(0));
  for (double width : {natural - 1, natural / 2, 20.0}) {
    for (const LineBox& line : set(text, width).lines) {
      const std::string shown = line_text(line);
      EXPECT_NE(shown.back(), '/') << shown << " at " << width;
    }
  }
}

TEST_F(BreakOpportunities, TwoDatesBreakAfterTheirJoinerButARangeStaysWhole) {
  style_.alignment = Alignment::left;
  const std::string dates = "Mar. 29/09 et 24/11/2026";
  const double natural = right_edge(set(dates, 1000).lines.at(0));
  const ParagraphLayout layout = set(dates, natural - 1);
  ASSERT_EQ(layout.lines.size(), 2u);
  EXPECT_EQ(line_text(layout.lines[0]), "Mar. 29/09 et");
  EXPECT_EQ(line_text(layout.lines[1]), "24/11/2026");

  const std::string range = "groupes de 6 à 15";
  const ParagraphLayout ranged = set(range, right_edge(set(range, 1000).lines.at(0)) - 1);
  ASSERT_EQ(ranged.lines.size(), 2u);
  EXPECT_EQ(line_text(ranged.lines[1]), "6 à 15");
}

TEST_F(BreakOpportunities, AWeekdayAbbreviationNeverEndsALine) {
  // The overview's narrow Date(s) column set "Mar." | "29/09 et"; in running
  // text, "le mar." | "29/09 et …" and "en 4" | "mar. matin" were chosen too.
  // Down to the widest tied chain: narrower, a chain may break at its ties as
  // a last resort.
  style_.alignment = Alignment::left;
  const struct {
    std::string text;
    std::vector<std::string> chains;
  } cases[] = {
      {"Mar. 29/09 et 24/11/2026", {"Mar. 29/09 et", "24/11/2026"}},
      {"Jeu. 24/09/2026", {"Jeu. 24/09/2026"}},
      {"4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026", {"4 mar.", "matin :", "15/12/2026"}},
      {"Les séances ont lieu le mar. 29/09 et 24/11/2026 à Namur",
       {"séances", "mar. 29/09 et", "24/11/2026"}},
      {"Intervision en 4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026",
       {"Intervision", "matin :", "15/12/2026"}},
  };
  for (const auto& [text, chains] : cases) {
    const double natural = right_edge(set(text, 1000).lines.at(0));
    double narrowest = 0;
    for (const std::string& chain : chains) {
      narrowest = std::max(narrowest, right_edge(set(chain, 1000).lines.at(0)));
    }
    for (double width = natural - 1; width >= narrowest; width -= 1) {
      const ParagraphLayout layout = set(text, width);
      ASSERT_GE(layout.lines.size(), 2u) << text << " at " << width;
      for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
        // "4 mar." | "matin" is fine; "Mar." | "29/09 et" and "4" | "mar." are not.
        const std::string shown = line_text(layout.lines[i]);
        const std::string next = line_text(layout.lines[i + 1]);
        const bool ends_with_weekday =
            shown.ends_with("mar.") || shown.ends_with("Mar.") || shown.ends_with("Jeu.");
        EXPECT_FALSE(ends_with_weekday && !next.empty() &&
                     std::isdigit(static_cast<unsigned char>(next[0])))
            << shown << " | " << next << " at " << width;
        EXPECT_FALSE(shown == "4" || shown.ends_with(" 4")) << shown << " at " << width;
      }
    }
  }
}

TEST_F(BreakOpportunities, AnEmailAddressIsNeverBroken) {
  // Cut after "marie." the name would read as the end of a sentence; cut
  // after "accueil-" as a hyphenated word: the address moves whole (issue 13).
  style_.alignment = Alignment::left;
  style_.hyphenate = false;  // only the spaces
  const std::string address = "marie.dupont@accueil-enfants.be";
  const std::string text = "Écrire à " + address + " aujourd'hui";
  const double natural = right_edge(set(text, 1000).lines.at(0));
  const double whole = right_edge(set(address, 1000).lines.at(0));
  for (double width = natural - 1; width > whole + 1; width -= 3) {
    const ParagraphLayout layout = set(text, width);
    int holding = 0;
    for (const auto& line : layout.lines) {
      EXPECT_FALSE(line.hyphenated) << line_text(line) << " at " << width;
      if (line_text(line).find(address) != std::string::npos) ++holding;
    }
    EXPECT_EQ(holding, 1) << "at " << width;
  }
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST_F(BreakOpportunities, UrlsBreakAfterASlashOrBeforeADotWithNothingAdded) {
  style_.alignment = Alignment::left;
  const std::string text =
      "Voir http://hdl.handle.net/2268/224079 et www.fonds-formation-enfance.be/inscriptions";
  // From the width of "www.fonds-formation-enfance" on: narrower, the host
  // itself must be cut (an emergency, reported).
  for (double width = 135; width <= 300; width += 7) {
    const ParagraphLayout layout = set(text, width);
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
      const std::string line = line_text(layout.lines[i]);
      const std::string next = line_text(layout.lines[i + 1]);
      EXPECT_FALSE(layout.lines[i].hyphenated) << line << " at " << width;
      // A line ending inside a URL (not after its last character, 9 or s).
      const std::string last_token =
          line.substr(line.rfind(' ') == std::string::npos ? 0 : line.rfind(' ') + 1);
      const bool in_url = last_token.find_first_of("./") != std::string::npos &&
                          line.back() != '9' && line.back() != 's';
      if (!in_url) continue;
      EXPECT_TRUE(line.back() == '/' || next.front() == '.')
          << line << " | " << next << " at " << width;
      EXPECT_NE(line.back(), '-') << line << " at " << width;
    }
  }
}

TEST_F(BreakOpportunities, ProperNamesTitlesInItalicsAndTheLastWordAreNotHyphenated) {
  style_.alignment = Alignment::left;
  // From the width of the longest word on (narrower, a word must be cut).
  for (double width = 80; width <= 150; width += 3) {
    for (const char* text : {"avec Chandon-Coq et Louvainois pour Bruxelles accompagnement",
                             "les professionnelles du terrain accompagnent"}) {
      const ParagraphLayout layout = set(text, width);
      for (const LineBox& line : layout.lines) {
        const std::string shown = line_text(line);
        if (!line.hyphenated && shown.back() != '-') continue;
        const std::size_t space = shown.rfind(' ');
        const std::string word = shown.substr(space == std::string::npos ? 0 : space + 1);
        EXPECT_FALSE(std::isupper(static_cast<unsigned char>(word.front())))
            << shown << " at " << width;
      }
      const std::string last = line_text(layout.lines.back());
      const std::string typed = text;
      const std::string last_word = typed.substr(typed.rfind(' ') + 1);
      EXPECT_TRUE(last.size() >= last_word.size() &&
                  last.compare(last.size() - last_word.size(), last_word.size(), last_word) == 0)
          << "the last word is cut: " << last << " at " << width;
    }
  }
  InlineRun title;
  title.text = "Revue professionnelle interdisciplinaire";
  title.italic = true;
  for (double width = 50; width <= 150; width += 3) {
    const ParagraphLayout layout =
        set_paragraph({title}, style_, width, TextContext{fonts_, hyphenator_, "t.xml", nullptr});
    for (const LineBox& line : layout.lines) EXPECT_FALSE(line.hyphenated) << width;
  }
}

TEST_F(BreakOpportunities, KernedPairsArePlacedCloserAndLineBreaksUndoTheirKerning) {
  style_.alignment = Alignment::left;
  const ParagraphLayout layout = set("Tutorat", 1000);
  ASSERT_EQ(layout.lines.size(), 1u);
  const std::vector<GlyphRun>& runs = layout.lines[0].runs;
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "T");
  EXPECT_EQ(runs[1].text, "utorat");
  const FontFace& face = fonts_->face(runs[0].face);
  EXPECT_LT(face.kerning(U'T', U'u'), -0.025);
  EXPECT_NEAR(runs[0].width, face.advance(U'T') * style_.size, 1e-9);  // drawn as typed
  // Kerning is kept to 1/10 000 em.
  EXPECT_NEAR(runs[1].origin.x, (face.advance(U'T') + face.kerning(U'T', U'u')) * style_.size,
              1e-3);
}

}  // namespace
}  // namespace typeset
