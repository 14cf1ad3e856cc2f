// Word for word: every word of the original brochure (its text extraction,
// tests/data/seed-2026-2027.txt) must be found in the catalogue as the reader
// loads it. A word dropped or mistyped while writing xml/2026-2027.xml, or lost
// by the reader (a list item, a nested list, an <em>, a place), fails here with
// the word and its line in the seed.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/reader.hpp"
#include "catalogue/rich_text.hpp"

namespace {

const std::string kSourceDir = BROCHURE_SOURCE_DIR;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string::size_type begin = 0;
  while (true) {
    const std::string::size_type end = text.find(separator, begin);
    parts.push_back(text.substr(begin, end - begin));
    if (end == std::string::npos) return parts;
    begin = end + 1;
  }
}

// Punctuation removed from both ends of a token: ASCII punctuation, and the
// typographic signs and list markers of the seed (• ○ ▪ → – are markers there;
// in the catalogue they do not exist, lists being elements).
constexpr std::string_view kWidePunctuation[] = {"«", "»", "–", "—", "…", "’", "“",
                                                 "”", "°", "·", "•", "○", "▪", "→"};

std::string strip_punctuation(std::string token) {
  bool changed = true;
  while (changed && !token.empty()) {
    changed = false;
    const unsigned char first = static_cast<unsigned char>(token.front());
    const unsigned char last = static_cast<unsigned char>(token.back());
    if (first < 0x80 && std::ispunct(first)) {
      token.erase(0, 1);
      changed = true;
    } else if (last < 0x80 && std::ispunct(last)) {
      token.pop_back();
      changed = true;
    } else {
      for (std::string_view sign : kWidePunctuation) {
        if (token.starts_with(sign)) {
          token.erase(0, sign.size());
          changed = true;
        } else if (token.ends_with(sign)) {
          token.erase(token.size() - sign.size());
          changed = true;
        }
      }
    }
  }
  return token;
}

// Words of a text, in order, with their byte offset. Numbered-list markers
// ("1.", "2.") are not words: the catalogue's <ol> numbers its items itself.
struct Token {
  std::string word;
  std::size_t offset = 0;
};

std::vector<Token> tokenize(const std::string& text) {
  static const std::regex list_number(R"(\d+\.)");
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    at = text.find_first_not_of(" \t\n\r", at);
    if (at == std::string::npos) break;
    std::size_t end = text.find_first_of(" \t\n\r", at);
    if (end == std::string::npos) end = text.size();
    const std::string raw = text.substr(at, end - at);
    if (!std::regex_match(raw, list_number)) {
      std::string word = strip_punctuation(raw);
      if (!word.empty()) tokens.push_back({std::move(word), at});
    }
    at = end;
  }
  return tokens;
}

// The seed's markup removed: HTML tags (lists, paragraphs, italics) and the
// superscript notation "9 ^{ème}", joined to its base as the catalogue's
// 9<sup>ème</sup> reads.
std::string seed_text_of(const std::string& cell) {
  static const std::regex tag("<[^>]*>");
  static const std::regex superscript(R"(\s*\^\{([^}]*)\})");
  return std::regex_replace(std::regex_replace(cell, tag, " "), superscript, "$1");
}

// Dates, times and weekday names are not compared: the catalogue holds them as
// values (<day date="2026-09-24"/>, start="09:30") and the documents regenerate
// the phrases ("Jeudi 24 septembre 2026", "9h30-16h30") in one consistent form,
// so the seed's many spellings of them (24-09-2026, 6/10/2026, 23/03/27,
// "Jeu 18-03-2027", "4 Jedis matin : 21-01, …", "Lundi 7 décembre 2026",
// "9h à 16h") are by design absent from the catalogue's text. The rule is
// narrow: a token is excluded only when it *is* a date or a time, or when it is
// a weekday name, its count or "matin" inside such a date phrase, so that
// "Jeu « Balance ton stress »" or "(0-12 ans)" are still compared.
bool is_numeric_date(const std::string& word) {
  static const std::regex date(R"((\d{1,2})[-/](\d{1,2})(?:[-/](?:\d{2}|\d{4}))?)");
  std::smatch match;
  if (!std::regex_match(word, match, date)) return false;
  const int day = std::stoi(match[1].str());
  const int month = std::stoi(match[2].str());
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

bool is_time(const std::string& word) {
  static const std::regex time(R"(\d{1,2}h(\d{2})?(-\d{1,2}h(\d{2})?)?)");
  return std::regex_match(word, time);
}

bool is_weekday(const std::string& word, bool* plural = nullptr) {
  // "Jeu" is the seed's abbreviation of "Jeudi", "Jedis" its typo of "Jeudis".
  static const std::regex weekday(
      "([Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)(s?)|(Jeu)|("
      "Jedis)");
  std::smatch match;
  if (!std::regex_match(word, match, weekday)) return false;
  if (plural != nullptr) *plural = match[2].length() > 0 || match[4].matched;
  return true;
}

bool is_month(const std::string& word) {
  static const std::set<std::string> months = {"janvier",   "février", "mars",     "avril",
                                               "mai",       "juin",    "juillet",  "août",
                                               "septembre", "octobre", "novembre", "décembre"};
  return months.contains(word);
}

bool is_number(const std::string& word, std::size_t max_digits) {
  return !word.empty() && word.size() <= max_digits &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// For each token, whether it belongs to a date or time (see above).
std::vector<bool> date_and_time_tokens(const std::vector<Token>& tokens) {
  std::vector<bool> excluded(tokens.size(), false);
  const auto word = [&](std::size_t i) -> std::string {
    return i < tokens.size() ? tokens[i].word : std::string();
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& current = tokens[i].word;
    if (is_numeric_date(current) || is_time(current)) excluded[i] = true;
    bool plural = false;
    if (!is_weekday(current, &plural)) continue;
    if (plural) {
      // "4 Mardis matin : 22-09, …", "2 Jeudis 19-11 & 03-12-2026"
      std::size_t next = i + 1;
      if (word(next) == "matin") ++next;
      if (!is_numeric_date(word(next))) continue;
      excluded[i] = true;
      if (i > 0 && is_number(tokens[i - 1].word, 2)) excluded[i - 1] = true;
      if (next != i + 1) excluded[i + 1] = true;
    } else if (is_numeric_date(word(i + 1))) {
      excluded[i] = true;  // "Jeudi 24-09-2026", "Jeu 18-03-2027"
    } else if (is_number(word(i + 1), 2) && is_month(word(i + 2)) && is_number(word(i + 3), 4)) {
      // "Lundi 7 décembre 2026"
      for (std::size_t j = i; j <= i + 3; ++j) excluded[j] = true;
    }
  }
  return excluded;
}

// ASCII case folding, enough for the seed's upper-case headings.
std::string folded(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// The text of one course: its title, its sessions' codes and places, its sheet.
std::string course_text(const catalogue::Course& course) {
  std::string text = course.title + "\n";
  for (const catalogue::Session& session : course.sessions) {
    text +=
        session.code + "\n" + session.place.city + "\n" + plain_text(session.place.address) + "\n";
  }
  if (course.sheet) {
    for (const catalogue::SheetRow& row : course.sheet->rows) {
      text += row.label + "\n" + plain_text(row.content) + "\n";
    }
  }
  return text;
}

// Everything of the catalogue a reader of the brochure sees as text.
std::string catalogue_text(const catalogue::Catalogue& catalogue) {
  std::string text = catalogue.title + "\n" + catalogue.publisher.name + "\n";
  for (const catalogue::Operator& op : catalogue.operators) text += op.name + "\n";
  for (const catalogue::Section& section : catalogue.sections) {
    text += section.title + "\n";
    for (const catalogue::Paragraph& note : section.notes) text += plain_text(note) + "\n";
    if (section.legend) text += plain_text(*section.legend) + "\n";
    for (const catalogue::Course& course : section.courses) text += course_text(course);
  }
  return text;
}

std::set<std::string> words_of(const std::string& text) {
  std::set<std::string> words;
  for (const Token& token : tokenize(text)) words.insert(token.word);
  return words;
}

std::string trimmed(const std::string& text) {
  const std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

// A few characters around a byte offset, cut on UTF-8 character boundaries.
std::string context(const std::string& line, std::size_t offset) {
  const auto boundary = [&](std::size_t at) {
    while (at > 0 && at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) {
      --at;
    }
    return at;
  };
  const std::size_t begin = boundary(offset > 50 ? offset - 50 : 0);
  const std::size_t end = boundary(std::min(line.size(), offset + 70));
  return (begin > 0 ? "…" : "") + line.substr(begin, end - begin) + (end < line.size() ? "…" : "");
}

class SeedCoverage : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ =
        new catalogue::LoadResult(catalogue::load_catalogue(kSourceDir + "/xml/2026-2027.xml"));
  }
  static void TearDownTestSuite() {
    delete result_;
    result_ = nullptr;
  }
  const catalogue::Catalogue& loaded() {
    std::string diagnostics;
    for (const base::Diagnostic& d : result_->diagnostics.items()) {
      diagnostics += base::format_diagnostic(d) + "\n";
    }
    EXPECT_TRUE(result_->value.has_value()) << diagnostics;
    EXPECT_FALSE(result_->diagnostics.has_errors()) << diagnostics;
    if (!result_->value) throw std::runtime_error("catalogue not loaded");
    return *result_->value;
  }
  static catalogue::LoadResult* result_;
};

catalogue::LoadResult* SeedCoverage::result_ = nullptr;

TEST(SeedCoverageRule, ExcludesOnlyDatesTimesAndTheirWeekdays) {
  const auto kept = [](const std::string& text) {
    const std::vector<Token> tokens = tokenize(seed_text_of(text));
    const std::vector<bool> excluded = date_and_time_tokens(tokens);
    std::string words;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!excluded[i]) words += (words.empty() ? "" : " ") + tokens[i].word;
    }
    return words;
  };
  EXPECT_EQ(kept("Jeudi 24-09-2026 – Le Grain : Rue du Marteau 19"), "Le Grain Rue du Marteau 19");
  EXPECT_EQ(kept("4 Jedis matin : 21-01, 04-02, 25-02, 04-03-2027 Le Grain"), "Le Grain");
  EXPECT_EQ(kept("2 Jeudis 19-11 & 03-12-2026 EMANCIPE"), "EMANCIPE");
  EXPECT_EQ(kept("Lundi 7 décembre 2026 – Institut Cardijn"), "Institut Cardijn");
  EXPECT_EQ(kept("Mardi 23/03/27 Maison"), "Maison");
  EXPECT_EQ(kept("9h30-16h30 (comprenant 1h de pause le midi)"), "comprenant de pause le midi");
  EXPECT_EQ(kept("Matin (9h30-12h30):"), "Matin");
  // Not dates: kept and compared.
  EXPECT_EQ(kept("○ Jeu « Balance ton stress »"), "Jeu Balance ton stress");
  EXPECT_EQ(kept("(0-12 ans) Square Saintelette 13-15, p. 37-48."),
            "0-12 ans Square Saintelette 13-15 p 37-48");
  EXPECT_EQ(kept("<ol> 1. Montrer 2. Faire le mardi"), "Montrer Faire le mardi");
  EXPECT_EQ(kept("APEF – 9 ^{ème} étage"), "APEF 9ème étage");
}

TEST_F(SeedCoverage, HasTheSixteenSessionsAndTwelveSheets) {
  const catalogue::Catalogue& catalogue = loaded();
  std::set<std::string> codes;
  int sheets = 0;
  int open_to_schools = 0;
  std::set<std::string> without_sheet;
  for (const catalogue::Section& section : catalogue.sections) {
    for (const catalogue::Course& course : section.courses) {
      if (course.sheet) ++sheets;
      if (course.open_to_schools) ++open_to_schools;
      for (const catalogue::Session& session : course.sessions) {
        EXPECT_TRUE(codes.insert(session.code).second) << session.code;
        if (!course.sheet) without_sheet.insert(session.code);
        if (session.code == "T2610") {
          ASSERT_EQ(course.sessions.size(), 2u);
          EXPECT_EQ(course.sessions[1].code, "T2703");
        }
      }
    }
  }
  const std::set<std::string> expected = {"T2604", "T2605", "T2606", "T2607", "T2608", "T2609",
                                          "T2610", "T2611", "T2612", "T2613", "T2701", "T2702",
                                          "T2703", "T2704", "T2705", "T2706"};
  EXPECT_EQ(codes, expected);
  EXPECT_EQ(sheets, 12);
  EXPECT_EQ(without_sheet, (std::set<std::string>{"T2609", "T2611", "T2705"}));
  EXPECT_EQ(open_to_schools, 10);  // the ten titles with "*" in the overview tables
}

// The overview tables are compared with the whole catalogue; a sheet's lines
// with its own course only (the course whose title is the sheet's "Titre"), so
// that a list item lost in one sheet is not hidden by the same words elsewhere.
TEST_F(SeedCoverage, EverySeedWordIsInTheCatalogue) {
  const catalogue::Catalogue& catalogue = loaded();
  const std::set<std::string> all_words = words_of(catalogue_text(catalogue));
  std::map<std::string, std::set<std::string>> course_words;  // by title
  std::set<std::string> headings;  // compared without case: "FRAJE" heads Fraje's sheet
  for (const catalogue::Operator& op : catalogue.operators) headings.insert(folded(op.name));
  for (const catalogue::Section& section : catalogue.sections) {
    headings.insert(folded(section.title));
    for (const catalogue::Course& course : section.courses) {
      course_words[course.title] = words_of(course_text(course));
    }
  }

  const std::vector<std::string> lines =
      split(read_file(kSourceDir + "/tests/data/seed-2026-2027.txt"), '\n');
  ASSERT_GT(lines.size(), 200u);
  // The cover page (before "ATELIERS") is the brochure's layout, not catalogue
  // content; from there on, every line is compared.
  auto line = std::find(lines.begin(), lines.end(), "ATELIERS");
  ASSERT_NE(line, lines.end());
  const std::set<std::string>* words = &all_words;
  int compared = 0;
  int sheets = 0;
  std::string missing;
  for (; line != lines.end(); ++line) {
    const int number = static_cast<int>(line - lines.begin()) + 1;
    if (line->find_first_not_of(" \t") == std::string::npos) continue;
    // Column headers of the overview tables: the documents print their own.
    if (line->starts_with("Opérateur\t")) continue;
    std::vector<std::string> cells = split(*line, '\t');
    if (cells.size() == 1 && headings.contains(folded(cells[0]))) continue;
    // A sheet starts with its "Titre" row, which is its course's title.
    if (cells.size() > 1 && cells[0] == "Titre") {
      const auto course = course_words.find(trimmed(cells[1]));
      if (course == course_words.end()) {
        ADD_FAILURE() << "ligne " << number << " : aucune formation n'a pour titre « "
                      << trimmed(cells[1]) << " »";
        words = &all_words;
      } else {
        words = &course->second;
        ++sheets;
      }
      continue;
    }
    std::string text;
    for (const std::string& cell : cells) text += cell + "\t";
    const std::string plain = seed_text_of(text);
    const std::vector<Token> tokens = tokenize(plain);
    const std::vector<bool> excluded = date_and_time_tokens(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (excluded[i]) continue;
      ++compared;
      if (!words->contains(tokens[i].word)) {
        missing += "  ligne " + std::to_string(number) + " : « " + tokens[i].word + " » dans " +
                   context(plain, tokens[i].offset) + "\n";
      }
    }
  }
  EXPECT_EQ(sheets, 12);
  EXPECT_GT(compared, 5000);
  EXPECT_TRUE(missing.empty()) << "Mots de la brochure d'origine absents du catalogue :\n"
                               << missing;
}

}  // namespace
