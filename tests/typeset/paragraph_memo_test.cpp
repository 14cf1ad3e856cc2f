// ParagraphMemo: a paragraph set again with the same runs, style and measure
// is given back as set_paragraph makes it, problems included, without being
// set; anything different (a measure, a size, a link, where the text was
// typed) is set afresh; past its budget nothing is kept; in the next pass, a
// paragraph is handed over (no longer kept) when it is asked for as many
// times as in the pass before.
#include "typeset/paragraph_memo.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "bundled_text.hpp"

namespace typeset {
namespace {

// Every field of the lines, to compare two layouts whole.
std::string described(const ParagraphLayout& layout) {
  std::ostringstream out;
  out << "leading " << layout.leading << "\n";
  for (const LineBox& line : layout.lines) {
    out << "line " << line.width << " " << line.ascent << " " << line.descent << " "
        << line.hyphenated << " " << line.ratio << " " << line.overfull << "\n";
    for (const GlyphRun& run : line.runs)
      out << "  run " << run.origin.x << "," << run.origin.y << " " << run.face << " " << run.size
          << " " << run.width << " " << run.color.r << " [" << run.text << "]\n";
    for (const LinkBox& link : line.links)
      out << "  link " << link.rect.x << " " << link.rect.width << " " << link.uri << "\n";
  }
  return out.str();
}

std::string described(const base::Diagnostics& diagnostics) {
  std::string text;
  for (const base::Diagnostic& problem : diagnostics.items())
    text += base::format_diagnostic(problem) + "\n";
  return text;
}

class Memo : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(text_.error, "") << text_.error;
    style_.family = std::string(bundled_main_family);
    InlineRun words;
    words.text =
        "Une intervision réunit des professionnelles autour d'une situation vécue : "
        "anticonstitutionnellement, ";
    words.position = {12, 7};
    InlineRun link;
    link.text = "https://www.tutorats.org/inscriptions";
    link.link = "https://www.tutorats.org/inscriptions";
    link.position = {12, 90};
    runs_ = {words, link};
  }

  // set_paragraph itself, counting its calls.
  SetParagraphFn counting_setter() {
    return [this](const std::vector<InlineRun>& runs, const ParagraphStyle& style, double width,
                  base::Diagnostics* diagnostics) {
      ++sets_;
      return set_paragraph(runs, style, width,
                           TextContext{fonts_, hyphenator_, "catalogue.xml", diagnostics});
    };
  }

  // The layout and problems of a fresh setting.
  std::pair<std::string, std::string> fresh(const std::vector<InlineRun>& runs,
                                            const ParagraphStyle& style, double width) {
    base::Diagnostics problems;
    const ParagraphLayout layout = set_paragraph(
        runs, style, width, TextContext{fonts_, hyphenator_, "catalogue.xml", &problems});
    return {described(layout), described(problems)};
  }

  const testing::BundledText& text_ = testing::bundled_text();
  const FontLibrary* fonts_ = &text_.fonts;
  const Hyphenator* hyphenator_ = text_.patterns();
  ParagraphStyle style_;
  std::vector<InlineRun> runs_;
  int sets_ = 0;
};

TEST_F(Memo, AParagraphSetAgainIsTheSameWithItsProblemsAndIsNotSetTwice) {
  ParagraphMemo memo;
  const SetParagraphFn set = memo.wrap(counting_setter());
  // Narrow enough for the URL to be cut and said so.
  const auto [expected_layout, expected_problems] = fresh(runs_, style_, 90);
  ASSERT_NE(expected_problems, "") << "the test wants a problem to tell again";
  for (int pass = 0; pass < 3; ++pass) {
    base::Diagnostics problems;
    EXPECT_EQ(described(set(runs_, style_, 90, &problems)), expected_layout) << "pass " << pass;
    EXPECT_EQ(described(problems), expected_problems) << "pass " << pass;
  }
  EXPECT_EQ(sets_, 1);
  EXPECT_EQ(memo.hits(), 2);
  // Without a place for problems, the same layout.
  EXPECT_EQ(described(set(runs_, style_, 90, nullptr)), expected_layout);
  EXPECT_EQ(sets_, 1);
}

TEST_F(Memo, AnyDifferenceIsSetAfresh) {
  ParagraphMemo memo;
  const SetParagraphFn set = memo.wrap(counting_setter());
  set(runs_, style_, 200, nullptr);
  ParagraphStyle larger = style_;
  larger.size += 0.5;
  ParagraphStyle blue_links = style_;
  blue_links.link_color = Color{0, 0, 1};
  std::vector<InlineRun> elsewhere = runs_;
  elsewhere[0].position.line = 40;
  std::vector<InlineRun> other_link = runs_;
  other_link[1].link = "https://www.tutorats.org/";
  const std::vector<std::tuple<std::vector<InlineRun>, ParagraphStyle, double>> variants = {
      {runs_, style_, 199},
      {runs_, larger, 200},
      {runs_, blue_links, 200},
      {elsewhere, style_, 200},
      {other_link, style_, 200}};
  for (const auto& [runs, style, width] : variants) {
    base::Diagnostics problems;
    EXPECT_EQ(described(set(runs, style, width, &problems)), fresh(runs, style, width).first);
  }
  EXPECT_EQ(sets_, 1 + static_cast<int>(variants.size()));
  EXPECT_EQ(memo.hits(), 0);
  EXPECT_EQ(memo.size(), 1 + variants.size());
}

TEST_F(Memo, TheNextPassTakesEachParagraphOverAtItsLastUse) {
  ParagraphMemo memo;
  const SetParagraphFn set = memo.wrap(counting_setter());
  std::vector<InlineRun> label = runs_;  // a label in every sheet: asked twice a pass
  label.resize(1);
  label[0].text = "Public";
  const std::string label_layout = fresh(label, style_, 90).first;
  // Plain variables: clang 14 does not let a lambda capture structured bindings.
  const std::pair<std::string, std::string> expected = fresh(runs_, style_, 90);
  const std::string& paragraph_layout = expected.first;
  const std::string& paragraph_problems = expected.second;
  const auto one_pass = [&] {
    EXPECT_EQ(described(set(label, style_, 90, nullptr)), label_layout);
    base::Diagnostics problems;
    EXPECT_EQ(described(set(runs_, style_, 90, &problems)), paragraph_layout);
    EXPECT_EQ(described(problems), paragraph_problems);
    EXPECT_EQ(described(set(label, style_, 90, nullptr)), label_layout);
  };
  one_pass();
  EXPECT_EQ(sets_, 2);
  EXPECT_EQ(memo.size(), 2u);
  const std::size_t kept = memo.bytes();

  memo.next_pass();
  EXPECT_EQ(described(set(label, style_, 90, nullptr)), label_layout);
  EXPECT_EQ(memo.size(), 2u) << "the label is asked for again in this pass";
  base::Diagnostics problems;
  EXPECT_EQ(described(set(runs_, style_, 90, &problems)), paragraph_layout);
  EXPECT_EQ(described(problems), paragraph_problems) << "its problems, told again";
  EXPECT_EQ(memo.size(), 1u);
  EXPECT_LT(memo.bytes(), kept);
  EXPECT_EQ(described(set(label, style_, 90, nullptr)), label_layout);
  EXPECT_EQ(memo.size(), 0u);
  EXPECT_EQ(memo.bytes(), 0u);
  EXPECT_EQ(sets_, 2) << "nothing set again in the second pass";

  // Asked for once more than before: set afresh, the same.
  EXPECT_EQ(described(set(label, style_, 90, nullptr)), label_layout);
  EXPECT_EQ(sets_, 3);
  // A third pass sets afresh what the second took over and gives the same:
  // the paragraph, and the label's second use (its first takes the copy kept
  // from the extra one).
  memo.next_pass();
  one_pass();
  EXPECT_EQ(sets_, 5);
}

TEST_F(Memo, PastItsBudgetNothingIsKeptAndTheLayoutIsTheSame) {
  ParagraphMemo memo(0);
  const SetParagraphFn set = memo.wrap(counting_setter());
  for (int pass = 0; pass < 2; ++pass)
    EXPECT_EQ(described(set(runs_, style_, 150, nullptr)), fresh(runs_, style_, 150).first);
  EXPECT_EQ(sets_, 2);
  EXPECT_EQ(memo.size(), 0u);
  EXPECT_EQ(memo.bytes(), 0u);
}

}  // namespace
}  // namespace typeset
