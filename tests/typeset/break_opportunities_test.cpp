// Where a paragraph may break besides spaces and hyphenation points, as the
// reader sees it in set lines: after a slash between words, after the joiner
// between two dates, never inside a range or a date.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "typeset/hyphenation.hpp"
#include "typeset/paragraph.hpp"

namespace typeset {
namespace {

class BreakOpportunities : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    fonts_ = new FontLibrary;
    std::string error;
    if (!add_bundled_families(*fonts_, error)) load_error_ = error;
    if (auto loaded = Hyphenator::load(std::string(kFrenchPatterns), error)) {
      hyphenator_ = new Hyphenator(*std::move(loaded));
    } else {
      load_error_ += error;
    }
  }
  static void TearDownTestSuite() {
    delete fonts_;
    delete hyphenator_;
  }
  void SetUp() override {
    ASSERT_TRUE(load_error_.empty()) << load_error_;
    style_.family = std::string(bundled_main_family);
  }

  ParagraphLayout set(const std::string& text, double width) {
    InlineRun run;
    run.text = text;
    return set_paragraph({run}, style_, width,
                         TextContext{fonts_, hyphenator_, "test.xml", nullptr});
  }

  static inline FontLibrary* fonts_ = nullptr;
  static inline Hyphenator* hyphenator_ = nullptr;
  static inline std::string load_error_;
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

TEST_F(BreakOpportunities, AnEmailAddressBreaksOnlyBeforeItsAtSignOrADotOfItsDomain) {
  // Cut after "marie." the name would read as the end of a sentence; cut
  // after "accueil-" as a hyphenated word.
  style_.alignment = Alignment::left;
  style_.hyphenate = false;  // only the address's own breaks, and the spaces
  const std::string text = "Écrire à marie.dupont@accueil-enfants.be aujourd'hui";
  const double natural = right_edge(set(text, 1000).lines.at(0));
  // Down to the widest piece the allowed breaks leave; narrower, a word that
  // does not fit is cut anywhere, and said so.
  const double widest_piece = right_edge(set("@accueil-enfants", 1000).lines.at(0));
  int broken_inside = 0;
  for (double width = natural - 1; width > widest_piece + 1; width -= 3) {
    const ParagraphLayout layout = set(text, width);
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
      const std::string line = line_text(layout.lines[i]);
      const std::string next = line_text(layout.lines[i + 1]);
      EXPECT_FALSE(layout.lines[i].hyphenated) << line << " | " << next;
      EXPECT_NE(line.back(), '.') << line << " | " << next << " at " << width;
      EXPECT_NE(line.back(), '-') << line << " | " << next << " at " << width;
      EXPECT_NE(line.back(), '@') << line << " | " << next << " at " << width;
      if (next.front() == '@' || next.front() == '.') ++broken_inside;
    }
  }
  EXPECT_GT(broken_inside, 0);  // narrow enough, the address did break, where allowed
}

}  // namespace
}  // namespace typeset
