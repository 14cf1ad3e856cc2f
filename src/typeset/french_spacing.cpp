#include "typeset/french_spacing.hpp"

#include <algorithm>
#include <array>

#include "base/utf8.hpp"
#include "typeset/latin_letters.hpp"
#include "typeset/word_kind.hpp"

namespace typeset {

namespace {

// Token boundaries [begin, end) over `text`: maximal runs of non-space characters.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<Token> tokens_of(const std::vector<SpacedCharacter>& text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space_like(text[i].code_point)) {
      ++i;
      continue;
    }
    Token token{i, i};
    while (token.end < text.size() && !is_space_like(text[token.end].code_point)) ++token.end;
    tokens.push_back(token);
    i = token.end;
  }
  return tokens;
}

std::u32string code_points(const std::vector<SpacedCharacter>& text, const Token& token) {
  std::u32string result;
  for (std::size_t i = token.begin; i < token.end; ++i) result.push_back(text[i].code_point);
  return result;
}

// Characters of tokens that are URLs; with `core_only`, without the
// punctuation around them (the quotes in "https://x.be" are not the URL's).
std::vector<bool> inside_urls(const std::vector<SpacedCharacter>& text, bool core_only = false) {
  std::vector<bool> in_url(text.size(), false);
  for (const Token& token : tokens_of(text)) {
    // Every form looks_like_url knows has a dot, a colon or an at sign: most
    // words are passed over without being copied.
    const bool may_be_url = std::any_of(
        text.begin() + static_cast<std::ptrdiff_t>(token.begin),
        text.begin() + static_cast<std::ptrdiff_t>(token.end), [](const SpacedCharacter& c) {
          return c.code_point == U'.' || c.code_point == U':' || c.code_point == U'@';
        });
    if (!may_be_url) continue;
    const std::u32string word = code_points(text, token);
    if (!looks_like_url(word)) continue;
    std::size_t begin = token.begin;
    std::size_t end = token.end;
    if (core_only) {
      const std::u32string_view core = strip_surrounding_punctuation(word);
      begin += static_cast<std::size_t>(core.data() - word.data());
      end = begin + core.size();
    }
    for (std::size_t i = begin; i < end; ++i) in_url[i] = true;
  }
  return in_url;
}

bool is_opening_context(char32_t c) {
  return is_space_like(c) || c == U'(' || c == U'[' || c == U'{' || is_apostrophe(c) ||
         c == U'\u2013' || c == U'\u2014';
}

// A straight quote may open a quotation after a space (or at the start) and
// before a non-space; it may close one after a non-space and before a space,
// punctuation or the end.
bool may_open(const std::vector<SpacedCharacter>& text, std::size_t i) {
  const bool after_ok = i == 0 || is_opening_context(text[i - 1].code_point);
  return after_ok && i + 1 < text.size() && !is_space_like(text[i + 1].code_point);
}

bool may_close(const std::vector<SpacedCharacter>& text, std::size_t i) {
  if (i == 0 || is_space_like(text[i - 1].code_point)) return false;
  if (i + 1 == text.size()) return true;
  const char32_t next = text[i + 1].code_point;
  return !is_letter(next) && !is_digit(next) && next != U'"';
}

// First pass: the straight apostrophe after a letter becomes ’ (l'équipe,
// aujourd'hui); straight double quotes, straight single quotes used as quotes
// ("('Salle Grenier')") and English curly quotes that pair up become « », so
// that one paragraph has one kind of quotes. An unpaired quote is left as
// typed, and URLs are never touched.
std::vector<SpacedCharacter> typographic_quotes(std::vector<SpacedCharacter> text) {
  const std::vector<bool> in_url = inside_urls(text, true);
  const std::size_t none = text.size();
  std::size_t open = none;         // the " waiting for its closing one, if any
  std::size_t open_single = none;  // the ' or ‘ opening a quotation
  std::size_t open_curly = none;   // the “ opening a quotation
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (in_url[i]) continue;
    char32_t& c = text[i].code_point;
    const bool after_letter = i > 0 && is_letter(text[i - 1].code_point);
    const bool before_letter = i + 1 < text.size() && is_letter(text[i + 1].code_point);
    if ((c == U'\'' || c == U'\u2019') && after_letter) {
      if (open_single < none && !before_letter && may_close(text, i)) {
        text[open_single].code_point = U'«';
        c = U'»';
        open_single = none;
      } else {
        c = U'\u2019';
      }
      continue;
    }
    if ((c == U'\'' || c == U'\u2018') && may_open(text, i)) {
      open_single = i;
      continue;
    }
    if (c == U'\u201C' && may_open(text, i)) {
      open_curly = i;
      continue;
    }
    if (c == U'\u201D' && open_curly < none && may_close(text, i)) {
      text[open_curly].code_point = U'«';
      c = U'»';
      open_curly = none;
      continue;
    }
    if (c != U'"') continue;
    if (open < none && may_close(text, i)) {
      text[open].code_point = U'«';
      c = U'»';
      open = none;
    } else if (may_open(text, i)) {
      open = i;  // a previous opening quote left unpaired stays straight
    }
  }
  return text;
}

// The space the punctuation mark wants before it, or 0 for none.
char32_t space_before(char32_t c) {
  if (c == U';' || c == U'!' || c == U'?' || c == U'»') return kNarrowNoBreakSpace;
  if (c == U':') return kNoBreakSpace;
  return 0;
}

// After these, a following ; ! ? : gets no added space ("?!", "(!)", "etc.:").
// A closing » is spaced after anything but « and a line start (« Quoi ? »).
bool takes_no_space_after(char32_t c, char32_t mark) {
  if (c == U'«' || c == kLineSeparator) return true;
  if (mark == U'»') return false;
  return c == U';' || c == U'!' || c == U'?' || c == U':' || c == U'(' || c == U'[' ||
         c == U'\u2026' || c == U'.';
}

// First pass: spaces before high punctuation and inside guillemets.
std::vector<SpacedCharacter> space_punctuation(const std::vector<SpacedCharacter>& text) {
  const std::vector<bool> in_url = inside_urls(text);
  std::vector<SpacedCharacter> out;
  out.reserve(text.size() + text.size() / 8);
  bool after_opening_guillemet = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const SpacedCharacter& character = text[i];
    const char32_t c = character.code_point;
    if (after_opening_guillemet) {
      after_opening_guillemet = false;
      if (c == U' ') {  // « mot → «\u202Fmot
        out.push_back({kNarrowNoBreakSpace, character.tag});
        continue;
      }
      if (!is_space_like(c) && c != U'»') out.push_back({kNarrowNoBreakSpace, character.tag});
    }
    const char32_t wanted = in_url[i] ? 0 : space_before(c);
    const bool is_time = c == U':' && i > 0 && i + 1 < text.size() &&
                         is_digit(text[i - 1].code_point) && is_digit(text[i + 1].code_point);
    const bool is_scheme = c == U':' && i + 1 < text.size() && text[i + 1].code_point == U'/';
    if (wanted != 0 && !is_time && !is_scheme && !out.empty()) {
      SpacedCharacter& previous = out.back();
      if (previous.code_point == U' ') {
        previous.code_point = wanted;
      } else if (!is_space_like(previous.code_point) &&
                 !takes_no_space_after(previous.code_point, c)) {
        out.push_back({wanted, character.tag});
      }
    }
    out.push_back(character);
    if (c == U'«' && !in_url[i] && i + 1 < text.size()) after_opening_guillemet = true;
  }
  return out;
}

bool ends_with_digit(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  return !core.empty() && is_digit(core.back());
}

bool starts_with_digit(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  return !core.empty() && is_digit(core.front());
}

// 1 to `max_digits` digits and nothing else.
bool is_digit_group(std::u32string_view token, std::size_t max_digits) {
  return !token.empty() && token.size() <= max_digits &&
         std::all_of(token.begin(), token.end(), is_digit);
}

// Is `token`, without the punctuation around it and in lower case, one of
// `words`? (Compared in place: this is asked several times of every word.)
bool is_one_of(std::u32string_view token, std::initializer_list<std::u32string_view> words) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  const auto same_lowered = [](char32_t written, char32_t lower) {
    return to_lower_latin(written) == lower;
  };
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view word) {
    return word.size() == core.size() &&
           std::equal(core.begin(), core.end(), word.begin(), same_lowered);
  });
}

// Words a number is read with: "0-12 ans", "15 €", "3 jours".
bool is_unit(std::u32string_view token) {
  return is_one_of(
      token, {U"an",       U"ans",         U"mois",         U"jour",     U"jours",     U"semaine",
              U"semaines", U"heure",       U"heures",       U"h",        U"min",       U"minute",
              U"minutes",  U"€",           U"eur",          U"euro",     U"euros",     U"%",
              U"km",       U"m",           U"cm",           U"kg",       U"g",         U"place",
              U"places",   U"participant", U"participants", U"personne", U"personnes", U"pers",
              U"séance",   U"séances",     U"module",       U"modules",  U"enfant",    U"enfants",
              U"fois",     U"page",        U"pages",        U"p"});
}

// Words that introduce a number: "n° 3", "p. 12", "art. 5".
bool introduces_number(std::u32string_view token) {
  return is_one_of(token, {U"n°", U"nº", U"no", U"nos", U"p", U"pp", U"art", U"§"});
}

// Words joining the two ends of a range: "6 à 15", "2 ou 3".
bool joins_range(std::u32string_view token) {
  return is_one_of(token, {U"à", U"au", U"et", U"ou", U"-", U"–"});
}

// A weekday abbreviation as the catalogue's short dates write it, in any case
// and with its dot: "mar.", "Jeu.". The dot is required so that words such as
// "mer" (sea) are not taken for one.
bool is_weekday_abbreviation(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  const std::size_t after = static_cast<std::size_t>(core.data() - token.data()) + core.size();
  return after < token.size() && token[after] == U'.' &&
         is_one_of(core, {U"lun", U"mar", U"mer", U"jeu", U"ven", U"sam", U"dim"});
}

// A day and month, with or without the year: 29/09, 6/10/2026, 24-09-2026,
// 24.09.2026 (two dashed or dotted groups are a range or a decimal: 0-12, 1.5).
bool is_date(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  if (core.empty()) return false;
  const char32_t separator = core.find(U'/') != std::u32string_view::npos   ? U'/'
                             : core.find(U'-') != std::u32string_view::npos ? U'-'
                                                                            : U'.';
  std::size_t groups = 0;
  std::size_t begin = 0;
  while (begin <= core.size()) {
    const std::size_t end = std::min(core.find(separator, begin), core.size());
    if (!is_digit_group(core.substr(begin, end - begin), 4)) return false;
    ++groups;
    begin = end + 1;
  }
  return groups == 3 || (groups == 2 && separator == U'/');
}

// One end of a range "6 à 15", "9h30 à 12h": a number or a time, not a date
// nor itself a range or a code ("13-15 – 1000 Bruxelles" is an address).
bool is_range_end(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  return !core.empty() && is_digit(core.front()) && !is_date(core) &&
         core.find_first_of(U"-\u2013/") == std::u32string_view::npos;
}

bool is_month(std::u32string_view token) {
  return is_one_of(token, {U"janvier", U"février", U"mars", U"avril", U"mai", U"juin", U"juillet",
                           U"août", U"septembre", U"octobre", U"novembre", U"décembre"});
}

bool is_weekday(std::u32string_view token) {
  return is_one_of(
      token, {U"lundi", U"mardi", U"mercredi", U"jeudi", U"vendredi", U"samedi", U"dimanche"});
}

// What a house number comes before in Belgian addresses written number first
// ("52 rue Luther").
bool is_street_kind(std::u32string_view token) {
  return is_one_of(token, {U"rue", U"avenue", U"av", U"boulevard", U"bd", U"chaussée", U"place",
                           U"square", U"quai", U"chemin", U"allée", U"impasse", U"clos", U"drève",
                           U"route", U"rempart", U"galerie", U"parvis", U"cour"});
}

// A word that ends in a letter, without punctuation after it: what may name
// the number that follows ("Marteau 19", "septembre 2026", "Journée 1", "h 30").
bool ends_with_bare_letter(std::u32string_view token) {
  return !token.empty() && is_letter(token.back());
}

// A postal code: four digits ("1000"), or with a country letter ("B-4000").
bool is_postal_code(std::u32string_view token) {
  std::u32string_view core = strip_surrounding_punctuation(token);
  if (core.size() == 6 && is_upper_latin(core[0]) && core[1] == U'-') core.remove_prefix(2);
  return core.size() == 4 && is_digit_group(core, 4) && core.front() != U'0';
}

bool starts_with_capital_letter(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  return !core.empty() && is_upper_latin(core.front());
}

// Second pass: ties that keep numbers with what they count or range over.
void tie_numbers(std::vector<SpacedCharacter>& text) {
  const std::vector<bool> in_url = inside_urls(text);
  const std::vector<Token> tokens = tokens_of(text);
  std::vector<std::u32string> words;
  for (const Token& token : tokens) words.push_back(code_points(text, token));

  // The single ordinary or no-break space between two tokens, or nullptr.
  const auto gap = [&](std::size_t k) -> SpacedCharacter* {
    const Token& left = tokens[k];
    const Token& right = tokens[k + 1];
    if (right.begin != left.end + 1) return nullptr;
    SpacedCharacter& space = text[left.end];
    return space.code_point == kLineSeparator ? nullptr : &space;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (contains_digit(words[k]) && !in_url[token.begin]) {
      for (std::size_t i = token.begin; i + 1 < token.end; ++i) text[i].keep_with_next = true;
    }
    if (k + 1 >= tokens.size()) continue;
    SpacedCharacter* space = gap(k);
    if (space == nullptr) continue;
    const std::u32string& left = words[k];
    const std::u32string& right = words[k + 1];
    if (ends_with_digit(left) && is_unit(right)) space->keep_with_next = true;
    if (starts_with_digit(right) && introduces_number(left)) space->keep_with_next = true;
    // In a narrow column "Mar." alone at a line end reads as a stray word: the
    // weekday stays with its date ("mar. 29/09") and with its count ("4 mar.").
    if (!right.empty() && is_digit(right.front()) && is_weekday_abbreviation(left)) {
      space->keep_with_next = true;
    }
    if (is_digit_group(left, 3) && is_weekday_abbreviation(right)) space->keep_with_next = true;
    // A number stays with the name it completes: a house number with its
    // street ("Rue du Marteau 19", "rue du Meiboom 18"), a year with its
    // month, a day with its weekday, minutes with "h" ("9 h 30"); a number
    // after a capitalised name too ("Journée 1"). After other words ("en
    // 2026", "de 6 à 15") the line may still break.
    const auto in_street = [&] {
      for (std::size_t back = 0; back < 3 && back <= k; ++back) {
        if (is_street_kind(words[k - back])) return true;
      }
      return false;
    };
    const auto names_number = [&] {
      return is_month(left) || is_weekday(left) || starts_with_capital_letter(left) ||
             (is_one_of(left, {U"h"}) && k > 0 && ends_with_digit(words[k - 1])) || in_street();
    };
    if (ends_with_bare_letter(left) && starts_with_digit(right) && names_number()) {
      space->keep_with_next = true;
    }
    // Addresses and dates written number first: "52 rue Luther", "24 septembre".
    if (ends_with_digit(left) && !ends_with_bare_letter(left) &&
        (is_street_kind(right) || is_month(right))) {
      space->keep_with_next = true;
    }
    // Postal code and city: "1000 Bruxelles", "B-4000 Liège".
    if (is_postal_code(left) && starts_with_capital_letter(right)) space->keep_with_next = true;
    // "6 à 15" is one range; between dates ("29/09 et 24/11/2026") or other
    // numbers that are whole by themselves, the line may break after the
    // joiner (never before it).
    if (ends_with_digit(left) && joins_range(right) && k + 2 < tokens.size() &&
        starts_with_digit(words[k + 2]) && gap(k + 1) != nullptr) {
      space->keep_with_next = true;
      // "13-15 – 1000 Bruxelles": a house number, a dash and a postal code
      // are one address.
      const bool address = is_postal_code(words[k + 2]) && k + 3 < tokens.size() &&
                           starts_with_capital_letter(words[k + 3]);
      if ((is_range_end(left) && is_range_end(words[k + 2])) || address) {
        gap(k + 1)->keep_with_next = true;
      }
    }
    // Thousands: "1 200" is one number, set with a narrow space.
    const std::u32string_view right_core = strip_surrounding_punctuation(right);
    if (space->code_point == U' ' && is_digit_group(left, 3) && right_core.size() == 3 &&
        is_digit_group(right_core, 3)) {
      space->code_point = kNarrowNoBreakSpace;
    }
  }
}

}  // namespace

bool is_space_like(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == kNoBreakSpace || c == kNarrowNoBreakSpace ||
         c == U'\u2009' || c == kLineSeparator;
}

std::vector<SpacedCharacter> apply_french_spacing(const std::vector<SpacedCharacter>& text) {
  std::vector<SpacedCharacter> spaced = space_punctuation(typographic_quotes(text));
  tie_numbers(spaced);
  return spaced;
}

std::string apply_french_spacing(std::string_view text) {
  std::vector<SpacedCharacter> characters;
  for (char32_t c : base::utf8::decode_all(text)) characters.push_back({c, 0});
  std::u32string result;
  for (const SpacedCharacter& c : apply_french_spacing(characters)) result.push_back(c.code_point);
  return base::utf8::encode(result);
}

}  // namespace typeset
