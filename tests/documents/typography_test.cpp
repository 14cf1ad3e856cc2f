// The finer typography of the 2026-2027 brochure, checked line by line on the
// laid-out boxes: how many lines end with a hyphen, and no cut where a reader
// would stumble (a proper name, a title in italics, two hyphens in a row, an
// address, a date, a time, a URL with an added hyphen).
//
// Lines are found again from the glyph runs: runs on one baseline (a
// superscript a little above it) close enough to be one line of one column.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/utf8.hpp"
#include "documents/brochure.hpp"
#include "documents_test_support.hpp"
#include "typeset/latin_letters.hpp"

namespace {

using documents_test::brochure_resources;
using documents_test::brochure_template;
using documents_test::edition_catalogue;

// Wider than any space of a set line (spaces stretch to about 0.6 em of 9 pt),
// narrower than the padding between two table columns (8 pt and more).
constexpr double kColumnGap = 7;
// A superscript sits 0.35 em above its baseline; lines are 10 pt apart or more.
constexpr double kSameBaseline = 4;

struct Line {
  std::size_t page = 0;
  double y = 0;  // baseline
  double left = 0;
  double right = 0;
  double size = 0;
  std::vector<const typeset::GlyphRun*> runs;
  std::string text;  // the runs joined, a space where they are apart
};

std::vector<Line> lines_of(const typeset::DocumentBox& document) {
  std::vector<Line> lines;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    std::vector<const typeset::GlyphRun*> runs;
    for (const typeset::GlyphRun& run : document.pages[p].glyphs) runs.push_back(&run);
    std::sort(runs.begin(), runs.end(),
              [](const auto* a, const auto* b) { return a->origin.y < b->origin.y; });
    std::size_t row_begin = 0;
    while (row_begin < runs.size()) {
      std::size_t row_end = row_begin;
      double baseline = runs[row_begin]->origin.y;
      while (row_end < runs.size() &&
             runs[row_end]->origin.y <= runs[row_begin]->origin.y + kSameBaseline) {
        baseline = std::max(baseline, runs[row_end]->origin.y);
        ++row_end;
      }
      std::vector<const typeset::GlyphRun*> row(runs.begin() + static_cast<long>(row_begin),
                                                runs.begin() + static_cast<long>(row_end));
      std::sort(row.begin(), row.end(),
                [](const auto* a, const auto* b) { return a->origin.x < b->origin.x; });
      for (const typeset::GlyphRun* run : row) {
        const bool continues = !lines.empty() && lines.back().page == p &&
                               lines.back().y == baseline &&
                               run->origin.x - lines.back().right < kColumnGap;
        if (!continues) {
          Line line;
          line.page = p;
          line.y = baseline;
          line.left = run->origin.x;
          line.right = run->origin.x;
          lines.push_back(line);
        }
        Line& line = lines.back();
        if (!line.runs.empty() && run->origin.x - line.right > 0.5) line.text += ' ';
        line.text += run->text;
        line.right = run->origin.x + run->width;
        line.size = std::max(line.size, run->size);
        line.runs.push_back(run);
      }
      row_begin = row_end;
    }
  }
  return lines;
}

// The line that continues `lines[i]` in its column: the nearest one below,
// on the same page, overlapping it horizontally, at most two lines down.
const Line* next_line(const std::vector<Line>& lines, std::size_t i) {
  const Line& line = lines[i];
  const Line* best = nullptr;
  for (const Line& other : lines) {
    if (other.page != line.page || other.y <= line.y || other.y - line.y > 2.2 * line.size) {
      continue;
    }
    const double overlap = std::min(line.right, other.right) - std::max(line.left, other.left);
    if (overlap <= 0) continue;
    if (best == nullptr || other.y < best->y) best = &other;
  }
  return best;
}

std::u32string last_word(const std::string& text) {
  const std::u32string line = base::utf8::decode_all(text);
  const std::size_t space = line.find_last_of(U' ');
  return space == std::u32string::npos ? line : line.substr(space + 1);
}

std::u32string first_word(const std::string& text) {
  const std::u32string line = base::utf8::decode_all(text);
  return line.substr(0, line.find(U' '));
}

bool ends_with_added_hyphen(const Line& line) {
  const std::u32string word = last_word(line.text);
  return word.size() >= 2 && word.back() == U'-' && typeset::is_letter(word[word.size() - 2]);
}

const documents::BrochureLayout& laid_out() {
  static const documents::BrochureLayout layout = [] {
    base::Diagnostics diagnostics;
    return documents::lay_out_brochure(edition_catalogue(), brochure_template(),
                                       brochure_resources(), diagnostics);
  }();
  return layout;
}

const std::vector<Line>& brochure_lines() {
  static const std::vector<Line> lines = lines_of(laid_out().document);
  return lines;
}

std::string describe(const Line& line) {
  return fmt::format("p{} y={:.1f} « {} »", line.page + 1, line.y, line.text);
}

std::string describe_break(const Line& line, const Line* next) {
  return fmt::format("p{} « …{} | {}… »", line.page + 1, base::utf8::encode(last_word(line.text)),
                     next ? base::utf8::encode(first_word(next->text)) : std::string("?"));
}

TEST(Typography, LinesAreFoundAgainFromTheRuns) {
  // The sheets' text is justified in a column of ~370 pt: most lines of a
  // page are long ones, and none is wider than the page.
  const std::vector<Line>& lines = brochure_lines();
  ASSERT_GT(lines.size(), 500u);
  for (const Line& line : lines) EXPECT_LT(line.right - line.left, 540) << describe(line);
}

TEST(Typography, AtMost35HyphenatedLineEndsAndNeverTwoInARow) {
  const std::vector<Line>& lines = brochure_lines();
  std::vector<std::string> hyphenated;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!ends_with_added_hyphen(lines[i])) continue;
    hyphenated.push_back(describe(lines[i]));
    const Line* next = next_line(lines, i);
    EXPECT_FALSE(next != nullptr && ends_with_added_hyphen(*next))
        << "two hyphens in a row: " << describe(lines[i]) << " / " << describe(*next);
  }
  std::string all;
  for (const std::string& line : hyphenated) all += line + "\n";
  EXPECT_LE(hyphenated.size(), 35u) << all;
  RecordProperty("hyphenated_line_ends", static_cast<int>(hyphenated.size()));
}

TEST(Typography, NoHyphenInAProperNameATitleInItalicsOrALastWord) {
  const typeset::FontLibrary& fonts = brochure_resources().fonts();
  const typeset::FaceId italic = fonts.face_of("Livret Sans", typeset::FontStyle::italic);
  const typeset::FaceId bold_italic = fonts.face_of("Livret Sans", typeset::FontStyle::bold_italic);
  const std::vector<Line>& lines = brochure_lines();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (!ends_with_added_hyphen(line)) continue;
    const std::u32string word = last_word(line.text);
    const std::size_t letter =
        word.find_first_not_of(U"(«\"[\u202F\u00A0");  // the word, not its opening mark
    EXPECT_FALSE(letter != std::u32string::npos && typeset::is_upper_latin(word[letter]))
        << "a proper name (or a capitalised word) is cut: " << describe(line);
    const typeset::FaceId face = line.runs.back()->face;
    EXPECT_TRUE(face != italic && face != bold_italic)
        << "a title in italics is cut: " << describe(line);
    // The rest of the word must not be all its line holds, at a paragraph's end:
    // the next line then has more words, or is followed by more of the same text.
    const Line* next = next_line(lines, i);
    ASSERT_NE(next, nullptr) << "a hyphen ends the last line of a column: " << describe(line);
    const bool alone = next->text.find(' ') == std::string::npos;
    const Line* after =
        alone ? next_line(lines, static_cast<std::size_t>(next - lines.data())) : nullptr;
    EXPECT_FALSE(alone && after == nullptr)
        << "the last word of a cell is cut: " << describe(line) << " / " << describe(*next);
  }
}

bool is_number(std::u32string_view word) {
  while (!word.empty() && (word.back() == U',' || word.back() == U'.')) word.remove_suffix(1);
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char32_t c) {
    return typeset::is_digit(c) || c == U'-';
  }) && typeset::is_digit(word.front());
}

bool is_postal_code(std::u32string_view word) {
  if (word.size() == 6 && word[1] == U'-') word.remove_prefix(2);
  return word.size() == 4 && std::all_of(word.begin(), word.end(), typeset::is_digit);
}

bool is_month(std::u32string_view word) {
  static const std::vector<std::u32string> months = {
      U"janvier", U"février", U"mars",      U"avril",   U"mai",      U"juin",
      U"juillet", U"août",    U"septembre", U"octobre", U"novembre", U"décembre"};
  return std::find(months.begin(), months.end(), word) != months.end();
}

// Why the line may not end between `left` and `right`, or "" when it may.
std::string bad_break(std::u32string_view left, std::u32string_view right,
                      std::u32string_view before_left) {
  if (right.empty() || left.empty()) return "";
  const auto letter_end = typeset::is_letter(left.back());
  // "Septembre 2026" heading the calendar's month is a year, not a postal code.
  std::u32string month_before(before_left);
  if (!month_before.empty()) month_before.front() = typeset::to_lower_latin(month_before.front());
  if (is_postal_code(left) && typeset::is_upper_latin(right.front()) && !is_month(month_before)) {
    return "un code postal et sa ville";
  }
  if ((left == U"–" || left == U"-") && is_number(before_left) && is_postal_code(right)) {
    return "un numéro, un tiret et un code postal";
  }
  const bool names_number = is_month(left) || left == U"h" || typeset::is_upper_latin(left.front());
  if (letter_end && is_number(right) && names_number) {
    return "un nom et le nombre qui le suit (rue et numéro, mois et année, h et minutes)";
  }
  if (is_number(left) && (is_month(right) || right == U"h" || right == U"rue")) {
    return "un nombre et son mois, son heure ou sa rue";
  }
  if (left.find(U'@') != std::u32string_view::npos ||
      right.find(U'@') != std::u32string_view::npos) {
    return "une adresse électronique";
  }
  const bool url_piece = left.find(U"://") != std::u32string_view::npos ||
                         left.starts_with(U"www.") || left.find(U'/') != std::u32string_view::npos;
  // A URL ends at its line's end when the next line opens a new sentence.
  if (url_piece && !left.ends_with(U'/') && !right.starts_with(U'.') && !left.ends_with(U',') &&
      !left.ends_with(U'.') && !typeset::is_upper_latin(right.front())) {
    return "une adresse web hors d’une barre oblique ou d’un point";
  }
  return "";
}

TEST(Typography, NoBreakInsideAnAddressADateATimeOrAnEmailAndUrlsBreakCleanly) {
  const std::vector<Line>& lines = brochure_lines();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    const Line* next = next_line(lines, i);
    if (next == nullptr) continue;
    const std::u32string text = base::utf8::decode_all(line.text);
    const std::u32string left = last_word(line.text);
    const std::u32string right = first_word(next->text);
    std::u32string before_left;
    if (text.size() > left.size() + 1)
      before_left = last_word(base::utf8::encode(text.substr(0, text.size() - left.size() - 1)));
    const std::string why = bad_break(left, right, before_left);
    EXPECT_EQ(why, "") << describe_break(line, next);
  }
}

TEST(Typography, AddressesOfTheEditionAreEachOnOneLine) {
  // The cuts the issue found in the 2025 layout, each one a whole on paper.
  std::string all;
  for (const Line& line : brochure_lines()) all += line.text + "\n";
  for (const char* whole : {"Rue du Marteau 19", "13-15 – 1000 Bruxelles", "5000 Namur",
                            "1348 Louvain-la-Neuve", "rue du Meiboom 18"}) {
    EXPECT_NE(all.find(whole), std::string::npos) << "split across lines: " << whole;
  }
}

TEST(Typography, OrdinalsAreSuperscriptsAndQuotesAreFrench) {
  const std::vector<Line>& lines = brochure_lines();
  std::string all;
  for (const Line& line : lines) all += line.text + "\n";
  for (const char* typed : {"9ème", "2eme", "'Salle", "Grenier'"}) {
    EXPECT_EQ(all.find(typed), std::string::npos) << "still as typed: " << typed;
  }
  EXPECT_NE(all.find("« Salle Grenier »"), std::string::npos);
  // 9ᵉ, 1ᵉʳ, 2ᵉ: a run of the suffix smaller and higher than the number before it.
  const auto superscript_after = [&](const std::string& suffix, const std::string& number) {
    for (const Line& line : lines) {
      for (std::size_t r = 1; r < line.runs.size(); ++r) {
        const typeset::GlyphRun& run = *line.runs[r];
        const typeset::GlyphRun& before = *line.runs[r - 1];
        if (run.text == suffix && before.text.ends_with(number) && run.size < before.size &&
            run.origin.y < before.origin.y) {
          return true;
        }
      }
    }
    return false;
  };
  EXPECT_TRUE(superscript_after("e", "9"));
  EXPECT_TRUE(superscript_after("er", "1"));
  EXPECT_TRUE(superscript_after("e", "2"));
}

}  // namespace
