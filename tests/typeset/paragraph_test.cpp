#include "typeset/paragraph.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <random>
#include <sstream>

#include "base/utf8.hpp"
#include "bundled_text.hpp"
#include "typeset/hyphenation.hpp"
#include "typeset/inline_items.hpp"

namespace typeset {
namespace {

InlineRun text_run(std::string text) {
  InlineRun run;
  run.text = std::move(text);
  return run;
}

class ParagraphTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(text_.error, "") << text_.error;
    style_.family = std::string(bundled_main_family);
  }

  TextContext context() { return TextContext{fonts_, hyphenator_, "test.xml", &diagnostics_}; }

  ParagraphLayout set(const std::string& text, double width) {
    return set_paragraph({text_run(text)}, style_, width, context());
  }

  const testing::BundledText& text_ = testing::bundled_text();
  const FontLibrary* fonts_ = &text_.fonts;
  const Hyphenator* hyphenator_ = text_.patterns();
  ParagraphStyle style_;
  base::Diagnostics diagnostics_;
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

// The text as typed and as printed, made comparable: the typographic quotes
// the French spacing substitutes (’ « » for ' and paired " or ') all read as
// ", and typed ordinals as their printed superscripts (2eme, 9ème → 2e, 9e;
// 1ère → 1re). Comparisons of input and output words apply it to both sides.
std::string plain_quotes(std::string_view text) {
  std::u32string result;
  for (char32_t c : base::utf8::decode_all(text)) {
    if (c == U'\u2019' || c == U'\'' || c == U'«' || c == U'»') c = U'"';
    result.push_back(c);
  }
  for (const auto& [typed, printed] : {std::pair<std::u32string, std::u32string>{U"ième", U"e"},
                                       {U"ème", U"e"},
                                       {U"eme", U"e"},
                                       {U"ère", U"re"}}) {
    for (std::size_t at = result.find(typed); at != std::u32string::npos;
         at = result.find(typed, at + 1)) {
      if (at > 0 && result[at - 1] >= U'0' && result[at - 1] <= U'9') {
        result.replace(at, typed.size(), printed);
      }
    }
  }
  return base::utf8::encode(result);
}

// The words of the text, hyphens added at line ends removed, no-break gaps as spaces.
std::vector<std::string> words_of(const ParagraphLayout& layout) {
  std::string all;
  for (const LineBox& line : layout.lines) {
    std::string text = line_text(line);
    if (line.hyphenated) {
      EXPECT_EQ(text.back(), '-');
      text.pop_back();
      all += text;
    } else {
      all += text + " ";
    }
  }
  std::vector<std::string> words;
  std::istringstream stream(plain_quotes(all));
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::u32string word;
  for (char32_t c : base::utf8::decode_all(plain_quotes(text))) {
    if (c == U' ' || c == U'\u00A0' || c == U'\u202F') {
      if (!word.empty()) words.push_back(base::utf8::encode(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(base::utf8::encode(word));
  return words;
}

double right_edge(const LineBox& line) {
  double right = 0;
  for (const GlyphRun& run : line.runs) right = std::max(right, run.origin.x + run.width);
  return right;
}

// Paragraphs of the 2026-2027 seed text: each non-empty line, tabs as spaces.
std::vector<std::string> seed_paragraphs() {
  std::ifstream file(std::string(BROCHURE_SOURCE_DIR) + "/tests/data/seed-2026-2027.txt");
  std::vector<std::string> paragraphs;
  for (std::string line; std::getline(file, line);) {
    std::replace(line.begin(), line.end(), '\t', ' ');
    if (line.find_first_not_of(' ') != std::string::npos) paragraphs.push_back(line);
  }
  return paragraphs;
}

const std::string kLongText =
    "L'accompagnement des professionnels de l'accueil de l'enfance repose sur une formation "
    "continue institutionnelle : chaque équipe construit, avec ses partenaires, un projet "
    "pédagogique cohérent ; les intervenants encouragent l'analyse réflexive des pratiques "
    "professionnelles, la communication bienveillante et la coopération interdisciplinaire. "
    "Inscriptions : https://www.fonds-formation-enfance.be/inscriptions/2026-2027 ou "
    "inscriptions@fonds-formation-enfance.be avant le 24-09-2026, de 9h30-16h30, pour les "
    "enfants de 0-12 ans (groupes de 6 à 15 personnes, n° 3) !";

TEST_F(ParagraphTest, LinesNeverExceedTheMeasureAndKeepEveryWordInOrder) {
  for (Alignment alignment :
       {Alignment::justify, Alignment::left, Alignment::center, Alignment::right}) {
    style_.alignment = alignment;
    for (double width : {90.0, 140.0, 220.0, 400.0}) {
      const ParagraphLayout layout = set(kLongText, width);
      ASSERT_FALSE(layout.lines.empty());
      for (const LineBox& line : layout.lines) {
        EXPECT_EQ(line.width, width);
        for (const GlyphRun& run : line.runs) {
          EXPECT_GE(run.origin.x, -1e-6);
          EXPECT_LE(run.origin.x + run.width, width + 1e-6) << line_text(line);
        }
      }
      const std::vector<std::string> expected = words_of(
          std::string("L'accompagnement des professionnels"));  // the start, as a sanity check
      EXPECT_EQ(words_of(layout).front(), expected.front());
      // Every word of the spaced text, in order (no-break gaps read as spaces).
      std::vector<std::string> input = words_of(kLongText);
      std::vector<std::string> output = words_of(layout);
      std::string joined_input, joined_output;
      for (const auto& w : input) joined_input += w;
      for (const auto& w : output) joined_output += w;
      EXPECT_EQ(joined_output, joined_input) << "width " << width;
    }
  }
}

TEST_F(ParagraphTest, JustifiedLinesReachTheRightEdgeExceptTheLast) {
  const ParagraphLayout layout = set(kLongText, 220);
  ASSERT_GT(layout.lines.size(), 3u);
  for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) {
    // A line that is only a piece of URL has no space to stretch.
    if (line_text(layout.lines[i]).find(' ') == std::string::npos) continue;
    EXPECT_NEAR(right_edge(layout.lines[i]), 220, 1e-6) << line_text(layout.lines[i]);
  }
  EXPECT_LT(right_edge(layout.lines.back()), 220 - 1);
}

TEST_F(ParagraphTest, NoLineStartsWithHighPunctuationNorEndsWithAnOpeningGuillemet) {
  const std::string text =
      "Pourquoi se former ? Parce que « le métier change » ; les équipes le disent : « Enfin ! "
      "Nous avons du temps pour réfléchir ». Les besoins : observer ; accompagner ; évaluer !";
  for (double width = 60; width < 300; width += 7) {
    for (const LineBox& line : set(text, width).lines) {
      const std::string content = line_text(line);
      for (std::string_view mark : {":", ";", "!", "?", "»"}) {
        EXPECT_NE(content.rfind(mark, 0), 0u) << "width " << width << ": " << content;
      }
      EXPECT_FALSE(content.size() >= 2 && content.substr(content.size() - 2) == "«")
          << "width " << width << ": " << content;
    }
  }
}

TEST_F(ParagraphTest, NarrowNoBreakSpaceIsAGapOfAnEighthEm) {
  style_.alignment = Alignment::left;
  const ParagraphLayout layout = set("Pourquoi ?", 300);
  ASSERT_EQ(layout.lines.size(), 1u);
  const LineBox& line = layout.lines[0];
  ASSERT_EQ(line.runs.size(), 2u);
  EXPECT_EQ(line.runs[0].text, "Pourquoi");
  EXPECT_EQ(line.runs[1].text, "?");
  EXPECT_NEAR(line.runs[1].origin.x - (line.runs[0].origin.x + line.runs[0].width),
              kNarrowSpaceEm * style_.size, 1e-9);
}

TEST_F(ParagraphTest, RaggedLinesDrawSpacesInsideOneRun) {
  style_.alignment = Alignment::left;
  const ParagraphLayout layout = set("une formation pour les équipes", 300);
  ASSERT_EQ(layout.lines.size(), 1u);
  ASSERT_EQ(layout.lines[0].runs.size(), 1u);
  EXPECT_EQ(layout.lines[0].runs[0].text, "une formation pour les équipes");
  const FontFace& face = fonts_->face(layout.lines[0].runs[0].face);
  double width = 0;
  for (char32_t c : base::utf8::decode_all("une formation pour les équipes"))
    width += face.advance(c) * 10;
  EXPECT_NEAR(layout.lines[0].runs[0].width, width, 1e-9);
}

TEST_F(ParagraphTest, NeverTwoHyphenatedLinesInARow) {
  int hyphenated = 0;
  for (double width = 70; width < 260; width += 3) {
    const ParagraphLayout layout = set(kLongText, width);
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
      hyphenated += layout.lines[i].hyphenated ? 1 : 0;
      if (i > 0) {
        EXPECT_FALSE(layout.lines[i - 1].hyphenated && layout.lines[i].hyphenated)
            << "width " << width << ": " << line_text(layout.lines[i - 1]) << " / "
            << line_text(layout.lines[i]);
      }
    }
  }
  EXPECT_GT(hyphenated, 0);  // the test does exercise hyphenation
}

const std::string kProse =
    "L'accompagnement des professionnels de l'accueil de l'enfance repose sur une formation "
    "continue institutionnelle : chaque équipe construit, avec ses partenaires, un projet "
    "pédagogique cohérent ; les intervenants encouragent l'analyse réflexive des pratiques "
    "professionnelles, la communication bienveillante et la coopération interdisciplinaire.";

TEST_F(ParagraphTest, WideColumnsNeedNoHyphenation) {
  const ParagraphLayout layout = set(kProse, 400);
  ASSERT_GT(layout.lines.size(), 2u);
  for (const LineBox& line : layout.lines) EXPECT_FALSE(line.hyphenated) << line_text(line);
}

TEST_F(ParagraphTest, UrlsBreakAfterSlashesOrBeforeDotsWithoutAHyphen) {
  style_.alignment = Alignment::left;
  const std::string url = "https://www.fonds-formation-enfance.be/inscriptions/2026-2027";
  const ParagraphLayout layout = set("Voir " + url + " pour tout.", 130);
  std::string rebuilt;
  for (const LineBox& line : layout.lines) {
    EXPECT_FALSE(line.hyphenated);
    const std::string text = line_text(line);
    const std::size_t start = rebuilt.empty() ? text.find("https") : 0;
    if (start == std::string::npos) continue;
    const std::string part = text.substr(start, text.find(' ', start) - start);
    if (!rebuilt.empty() || part.rfind("https", 0) == 0) {
      if (!rebuilt.empty() || part != url) {
        const char last = part.back();
        if (rebuilt.size() + part.size() < url.size()) {
          EXPECT_TRUE(last == '/' || url[rebuilt.size() + part.size()] == '.') << part;
        }
      }
      rebuilt += part;
    }
    if (rebuilt.size() >= url.size()) break;
  }
  EXPECT_EQ(rebuilt, url);
  EXPECT_TRUE(diagnostics_.empty());  // a URL breaking at its slashes is normal
}

TEST_F(ParagraphTest, AWordWiderThanTheMeasureIsCutAndReported) {
  const ParagraphLayout layout = set("Une anticonstitutionnellement longue", 40);
  for (const LineBox& line : layout.lines) EXPECT_LE(right_edge(line), 40 + 1e-6);
  ASSERT_EQ(diagnostics_.items().size(), 1u);
  EXPECT_EQ(diagnostics_.items()[0].severity, base::Severity::warning);
  EXPECT_NE(diagnostics_.items()[0].message.find("« anticonstitutionnellement »"),
            std::string::npos)
      << diagnostics_.items()[0].message;
}

TEST_F(ParagraphTest, ACodeWiderThanTheMeasureIsCutBetweenLetters) {
  const ParagraphLayout layout = set("T2605T2606T2607T2608", 30);
  EXPECT_GT(layout.lines.size(), 1u);
  for (const LineBox& line : layout.lines) EXPECT_LE(right_edge(line), 30 + 1e-6);
  std::string rebuilt;
  for (const LineBox& line : layout.lines) rebuilt += line_text(line);
  EXPECT_EQ(rebuilt, "T2605T2606T2607T2608");
  ASSERT_EQ(diagnostics_.items().size(), 1u);
  EXPECT_NE(diagnostics_.items()[0].message.find("entre deux lettres"), std::string::npos);
}

// A character no face has is an error (the document is not written); asked
// to, the layout prints "?" with a warning, or quietly when the command has
// already said where the character was typed.
TEST_F(ParagraphTest, ACharacterNoFaceHasIsRefusedOrReplacedAsAsked) {
  InlineRun run = text_run("Caractère 中 inconnu");
  run.position = {12, 7};
  const ParagraphLayout refused = set_paragraph({run}, style_, 300, context());
  ASSERT_EQ(diagnostics_.items().size(), 1u);
  const base::Diagnostic& error = diagnostics_.items()[0];
  EXPECT_EQ(error.severity, base::Severity::error);
  EXPECT_EQ(error.file, "test.xml");
  EXPECT_EQ(error.position, (base::SourcePosition{12, 7}));
  EXPECT_EQ(error.message, "le caractère « 中 » (U+4E2D) n'existe dans aucune police");

  TextContext replacing = context();
  replacing.missing_characters = MissingCharacters::replace;
  base::Diagnostics warnings;
  replacing.diagnostics = &warnings;
  const ParagraphLayout replaced = set_paragraph({run}, style_, 300, replacing);
  ASSERT_EQ(warnings.items().size(), 1u);
  EXPECT_EQ(warnings.items()[0].severity, base::Severity::warning);
  EXPECT_EQ(warnings.items()[0].message,
            "le caractère « 中 » (U+4E2D) n'existe dans aucune police ; il est remplacé par « ? »");
  EXPECT_EQ(line_text(replaced.lines.at(0)), "Caractère ? inconnu");

  replacing.missing_characters = MissingCharacters::replace_quietly;
  base::Diagnostics none;
  replacing.diagnostics = &none;
  EXPECT_EQ(line_text(set_paragraph({run}, style_, 300, replacing).lines.at(0)),
            "Caractère ? inconnu");
  EXPECT_TRUE(none.empty());
}

TEST_F(ParagraphTest, FallbackFaceDrawsWhatTheMainFaceLacks) {
  style_.alignment = Alignment::left;
  const ParagraphLayout layout = set("fait ✓ ici", 300);
  ASSERT_EQ(layout.lines.size(), 1u);
  const FaceId main = fonts_->face_of(bundled_main_family, FontStyle::regular);
  const FaceId fallback = fonts_->face_of(bundled_fallback_family, FontStyle::regular);
  ASSERT_EQ(layout.lines[0].runs.size(), 3u);
  EXPECT_EQ(layout.lines[0].runs[0].face, main);
  EXPECT_EQ(layout.lines[0].runs[1].face, fallback);
  EXPECT_EQ(layout.lines[0].runs[1].text, "✓");
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(ParagraphTest, BoldItalicRunsUseTheirFaces) {
  style_.alignment = Alignment::left;
  InlineRun plain = text_run("texte ");
  InlineRun bold = text_run("gras");
  bold.bold = true;
  InlineRun italic = text_run(" et italique");
  italic.italic = true;
  const ParagraphLayout layout = set_paragraph({plain, bold, italic}, style_, 300, context());
  ASSERT_EQ(layout.lines.size(), 1u);
  const auto& runs = layout.lines[0].runs;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[1].face, fonts_->face_of(bundled_main_family, FontStyle::bold));
  EXPECT_EQ(runs[2].face, fonts_->face_of(bundled_main_family, FontStyle::italic));
  EXPECT_EQ(runs[2].text, "et italique");
}

TEST_F(ParagraphTest, SuperscriptsAreSmallerAndRaised) {
  InlineRun number = text_run("le 1");
  InlineRun suffix = text_run("er");
  suffix.superscript = true;
  const ParagraphLayout layout = set_paragraph({number, suffix}, style_, 300, context());
  ASSERT_EQ(layout.lines.size(), 1u);
  const GlyphRun& raised = layout.lines[0].runs.back();
  EXPECT_EQ(raised.text, "er");
  EXPECT_DOUBLE_EQ(raised.size, 10 * kSuperscriptScale);
  EXPECT_DOUBLE_EQ(raised.origin.y, -10 * kSuperscriptRiseEm);
  EXPECT_GE(layout.lines[0].ascent, fonts_->face(raised.face).metrics().ascender * raised.size +
                                        10 * kSuperscriptRiseEm - 1e-9);
}

TEST_F(ParagraphTest, LinksGetOneBoxPerLineAndTheLinkColour) {
  InlineRun before = text_run("Le programme complet se trouve sur ");
  InlineRun link = text_run("le site du fonds social des milieux d'accueil");
  link.link = "https://www.fonds.be";
  InlineRun after = text_run(" pour tous.");
  style_.alignment = Alignment::left;
  const ParagraphLayout layout = set_paragraph({before, link, after}, style_, 150, context());
  int boxes = 0;
  for (const LineBox& line : layout.lines) {
    for (const LinkBox& box : line.links) {
      ++boxes;
      EXPECT_EQ(box.uri, "https://www.fonds.be");
      EXPECT_LE(box.rect.right(), 150 + 1e-6);
      EXPECT_NEAR(box.rect.y, -line.ascent, 1e-9);
      EXPECT_NEAR(box.rect.height, line.ascent + line.descent, 1e-9);
    }
    EXPECT_LE(line.links.size(), 1u);
    for (const GlyphRun& run : line.runs) {
      const bool inside = !line.links.empty() && run.origin.x >= line.links[0].rect.x - 1e-9 &&
                          run.origin.x + run.width <= line.links[0].rect.right() + 1e-9;
      EXPECT_EQ(run.color == style_.link_color, inside) << run.text;
    }
  }
  EXPECT_GE(boxes, 2);  // the link spans a line end
}

TEST_F(ParagraphTest, InternalLinksNameTheirDestination) {
  InlineRun link = text_run("voir la fiche");
  link.link = "#T2605";
  const ParagraphLayout layout = set_paragraph({link}, style_, 300, context());
  ASSERT_EQ(layout.lines.at(0).links.size(), 1u);
  EXPECT_EQ(layout.lines[0].links[0].destination, "T2605");
  EXPECT_TRUE(layout.lines[0].links[0].uri.empty());
}

TEST_F(ParagraphTest, ForcedLineBreaksEndLinesAndKeepBlankOnes) {
  InlineRun first = text_run("première ligne");
  InlineRun line_break;
  line_break.line_break = true;
  InlineRun second = text_run("deuxième");
  const ParagraphLayout layout =
      set_paragraph({first, line_break, second, line_break, line_break, first, line_break}, style_,
                    300, context());
  ASSERT_EQ(layout.lines.size(), 4u);
  EXPECT_EQ(line_text(layout.lines[0]), "première ligne");
  EXPECT_EQ(line_text(layout.lines[1]), "deuxième");
  EXPECT_TRUE(layout.lines[2].runs.empty());
  EXPECT_GT(layout.lines[2].ascent, 0);
  EXPECT_EQ(line_text(layout.lines[3]), "première ligne");
  // A justified line before a forced break is not stretched.
  EXPECT_LT(right_edge(layout.lines[0]), 200);
}

TEST_F(ParagraphTest, CentredAndRightAlignedLinesSitInTheMeasure) {
  style_.alignment = Alignment::center;
  const ParagraphLayout centred = set("court", 200);
  const GlyphRun& run = centred.lines.at(0).runs.at(0);
  EXPECT_NEAR(run.origin.x, (200 - run.width) / 2, 1e-9);
  style_.alignment = Alignment::right;
  const ParagraphLayout right = set("court", 200);
  EXPECT_NEAR(right_edge(right.lines.at(0)), 200, 1e-9);
}

TEST_F(ParagraphTest, HeightIsFirstAscentPlusLeadingsPlusLastDescent) {
  const ParagraphLayout layout = set(kLongText, 150);
  ASSERT_GT(layout.lines.size(), 2u);
  EXPECT_DOUBLE_EQ(layout.height(), layout.lines.front().ascent +
                                        (layout.lines.size() - 1) * style_.leading +
                                        layout.lines.back().descent);
  EXPECT_EQ(ParagraphLayout{}.height(), 0);
}

TEST_F(ParagraphTest, EmptyTextGivesNoLines) {
  EXPECT_TRUE(set("", 100).lines.empty());
  EXPECT_TRUE(set("   ", 100).lines.empty());
}

TEST_F(ParagraphTest, RandomSeedParagraphsFitAndKeepTheirWords) {
  const std::vector<std::string> paragraphs = seed_paragraphs();
  ASSERT_GT(paragraphs.size(), 50u);
  std::mt19937 random(42);
  std::uniform_real_distribution<double> width(45, 300);
  const Alignment alignments[] = {Alignment::justify, Alignment::left, Alignment::center};
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    style_.alignment = alignments[i % 3];
    const double measure = width(random);
    const ParagraphLayout layout = set(paragraphs[i], measure);
    std::string joined_input, joined_output;
    for (const auto& w : words_of(paragraphs[i])) joined_input += w;
    for (const auto& w : words_of(layout)) joined_output += w;
    EXPECT_EQ(joined_output, joined_input) << "paragraph " << i << " at " << measure;
    for (std::size_t k = 0; k < layout.lines.size(); ++k) {
      EXPECT_LE(right_edge(layout.lines[k]), measure + 1e-6) << paragraphs[i];
      // Hyphens in a row only around a piece of a word wider than the measure
      // (at 49 pt: "Un ta-" / "bleau/Pa-" / "perboard/").
      const bool piece_of_one_word = line_text(layout.lines[k]).find(' ') == std::string::npos;
      if (k > 0 && !piece_of_one_word) {
        EXPECT_FALSE(layout.lines[k - 1].hyphenated && layout.lines[k].hyphenated)
            << line_text(layout.lines[k - 1]) << " / " << line_text(layout.lines[k]) << " at "
            << measure;
      }
    }
  }
}

// Random paragraphs mixing everything the catalogue holds: styles, links,
// superscripts, forced breaks, URLs, codes, numbers, punctuation, a character
// no face has, and words longer than narrow measures.
TEST_F(ParagraphTest, RandomMixedParagraphsNeverLoseTextNorOverflow) {
  const std::vector<std::string> vocabulary = {"formation",
                                               "l'accompagnement",
                                               "professionnel",
                                               "institutionnelle",
                                               "d'équipe",
                                               "Bien-être",
                                               "socio-professionnel",
                                               "T2605",
                                               "9h30-16h30",
                                               "24-09-2026",
                                               "MAE",
                                               "CERSO",
                                               "0-12 ans",
                                               "6 à 15",
                                               "n° 3",
                                               "https://www.fonds-formation.be/inscriptions/2026",
                                               "info@fonds.be",
                                               "?",
                                               "!",
                                               ":",
                                               ";",
                                               "«",
                                               "»",
                                               "(cas",
                                               "écrits)",
                                               "•",
                                               "1 200",
                                               "anticonstitutionnellement",
                                               "interdisciplinaire",
                                               "coopération",
                                               "中",
                                               "✓",
                                               "œuvre",
                                               "Œdipe",
                                               "É",
                                               "–",
                                               "1er",
                                               "2026.",
                                               "et",
                                               "de",
                                               "la",
                                               "un"};
  std::mt19937 random(20262027);
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> word_count(1, 60);
  std::uniform_real_distribution<double> measure(25, 400);
  std::uniform_int_distribution<int> percent(0, 99);
  const Alignment alignments[] = {Alignment::justify, Alignment::left, Alignment::center,
                                  Alignment::right};
  for (int paragraph = 0; paragraph < 300; ++paragraph) {
    std::vector<InlineRun> runs;
    std::string expected;  // every visible character, in order, without spaces
    const int words = word_count(random);
    for (int w = 0; w < words; ++w) {
      InlineRun run;
      if (percent(random) < 4) {
        run.line_break = true;
        runs.push_back(run);
        continue;
      }
      run.text = vocabulary[pick(random)] + (percent(random) < 85 ? " " : "");
      run.bold = percent(random) < 20;
      run.italic = percent(random) < 20;
      run.superscript = percent(random) < 5;
      if (percent(random) < 10) run.link = "https://www.fonds.be";
      for (char32_t c : base::utf8::decode_all(run.text)) {
        if (c == U' ') continue;
        expected +=
            c == U'中' ? std::string("?") : plain_quotes(base::utf8::encode(std::u32string(1, c)));
      }
      runs.push_back(run);
    }
    style_.alignment = alignments[paragraph % 4];
    const double width = measure(random);
    base::Diagnostics diagnostics;
    const ParagraphLayout layout = set_paragraph(
        runs, style_, width, TextContext{fonts_, hyphenator_, "test.xml", &diagnostics});
    std::string output;
    for (std::size_t k = 0; k < layout.lines.size(); ++k) {
      const LineBox& line = layout.lines[k];
      EXPECT_LE(right_edge(line), width + 1e-6) << "paragraph " << paragraph;
      for (const GlyphRun& run : line.runs) EXPECT_GE(run.origin.x, -1e-6);
      std::string text = line_text(line);
      // Hyphens in a row only where a word wider than the measure is cut.
      const bool piece_of_one_word = text.find(' ') == std::string::npos;
      if (k > 0 && !piece_of_one_word) {
        EXPECT_FALSE(layout.lines[k - 1].hyphenated && line.hyphenated)
            << "paragraph " << paragraph << " line " << k << ": " << text;
      }
      if (line.hyphenated) text.pop_back();
      std::erase(text, ' ');
      output += plain_quotes(text);
    }
    EXPECT_EQ(output, expected) << "paragraph " << paragraph << " at " << width;
  }
}

// Every paragraph of the seed sets at three measures without losing a word
// (how fast it goes is measured by bench/, never asserted by a test).
TEST_F(ParagraphTest, TheWholeSeedTextSetsAtEveryMeasure) {
  const std::vector<std::string> paragraphs = seed_paragraphs();
  ASSERT_GT(paragraphs.size(), 100u);
  for (double measure : {120.0, 250.0, 400.0}) {
    for (const std::string& paragraph : paragraphs) {
      // Letters and digits, in order: spaces become gaps, ' becomes ’ and
      // hyphens are added at line ends, but no letter may go missing.
      const auto letters = [](std::string_view text) {
        std::string kept;
        for (char c : text) {
          if (std::isalnum(static_cast<unsigned char>(c))) kept += c;
        }
        return kept;
      };
      const ParagraphLayout layout = set(paragraph, measure);
      std::string drawn;
      for (const LineBox& line : layout.lines) {
        for (const GlyphRun& run : line.runs) drawn += run.text;
      }
      EXPECT_EQ(letters(drawn), letters(plain_quotes(paragraph))) << "at " << measure << " pt";
    }
  }
}

}  // namespace
}  // namespace typeset
