#include "documents/slug.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <mutex>
#include <utility>

#include "base/utf8.hpp"
#include "typeset/latin_letters.hpp"

namespace documents {

namespace {

// The ASCII spelling of a lower-case Latin letter with a diacritic (French and
// its neighbours); empty for anything else, which then separates words.
std::string_view folded_letter(char32_t code_point) {
  static constexpr std::array<std::pair<char32_t, std::string_view>, 32> kFolds = {{
      {U'à', "a"}, {U'á', "a"},  {U'â', "a"},  {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"},
      {U'ç', "c"}, {U'è', "e"},  {U'é', "e"},  {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"},
      {U'î', "i"}, {U'ï', "i"},  {U'ñ', "n"},  {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"},
      {U'ö', "o"}, {U'ø', "o"},  {U'ù', "u"},  {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"},
      {U'ÿ', "y"}, {U'ß', "ss"}, {U'œ', "oe"}, {U'ł', "l"},
  }};
  for (const auto& [letter, ascii] : kFolds) {
    if (letter == code_point) return ascii;
  }
  return {};
}

// Any other character in ASCII letters and digits, by ICU's transliterators
// (ł → l, Ω → o, ș → s, ᵉ → e, 中 → zhong): lower case, what is not a letter or a
// digit left out; empty when nothing is left (a symbol, which then separates
// words). Made once, on the first such character: French titles never need it.
std::string transliterated(char32_t code_point) {
  static std::mutex mutex;  // an ICU transliterator is not safe across threads
  static std::unique_ptr<icu::Transliterator> to_ascii;
  static bool made = false;
  const std::lock_guard lock(mutex);
  if (!made) {
    made = true;
    UErrorCode status = U_ZERO_ERROR;
    to_ascii.reset(icu::Transliterator::createInstance("NFKC; Any-Latin; Latin-ASCII; Lower",
                                                       UTRANS_FORWARD, status));
    if (U_FAILURE(status)) to_ascii.reset();
  }
  if (!to_ascii) return {};
  icu::UnicodeString text(static_cast<UChar32>(code_point));
  to_ascii->transliterate(text);
  std::string utf8;
  text.toUTF8String(utf8);
  std::string ascii;
  for (char c : utf8) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ascii += c;
  }
  return ascii;
}

// Words that cannot end a name cut short ("…-stagiaire-au" reads as a typo).
bool is_dangling_word(std::string_view word) {
  static constexpr std::array<std::string_view, 21> kFunctionWords = {
      "a", "au", "aux", "avec", "d",   "dans", "de", "des", "du", "en", "et",
      "l", "la", "le",  "les",  "par", "pour", "s",  "sur", "un", "une"};
  for (std::string_view function_word : kFunctionWords) {
    if (word == function_word) return true;
  }
  return false;
}

// Appends one separator unless the name is empty or already ends with one.
void append_separator(std::string& name) {
  if (!name.empty() && name.back() != '-') name += '-';
}

}  // namespace

std::string slug(std::string_view title, std::size_t max_length) {
  std::string name;
  for (char32_t code_point : base::utf8::decode_all(title)) {
    code_point = typeset::to_lower_latin(code_point);
    if (code_point < 0x80) {
      const char c = static_cast<char>(code_point);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        name += c;
      } else {
        append_separator(name);
      }
    } else if (const std::string_view ascii = folded_letter(code_point); !ascii.empty()) {
      name += ascii;
    } else if (const std::string other = transliterated(code_point); !other.empty()) {
      name += other;
    } else {
      append_separator(name);
    }
  }
  if (!name.empty() && name.back() == '-') name.pop_back();
  if (name.size() <= max_length) return name;

  // Cut at the last separator that keeps the name within the limit.
  const std::size_t cut = name.rfind('-', max_length);
  if (cut == std::string::npos || cut == 0) {
    name.resize(max_length);
    return name;
  }
  name.resize(cut);
  while (true) {
    const std::size_t last = name.rfind('-');
    if (last == std::string::npos || !is_dangling_word(std::string_view(name).substr(last + 1))) {
      break;
    }
    name.resize(last);
  }
  return name;
}

}  // namespace documents
