#include "documents/printable_text.hpp"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/file_reading.hpp"
#include "base/load_xml.hpp"
#include "base/utf8.hpp"
#include "base/written_text.hpp"
#include "typeset/french_spacing.hpp"
#include "typeset/typographic_runs.hpp"

namespace documents {

namespace {

struct Written {
  char32_t code_point;
  std::size_t offset;
};

// The letter a superscript modifier letter stands for (ᵉ → e), or 0.
char32_t superscript_letter(char32_t c) {
  static constexpr std::array<std::pair<char32_t, char32_t>, 25> kLetters = {{
      {U'ᵃ', U'a'}, {U'ᵇ', U'b'}, {U'ᶜ', U'c'}, {U'ᵈ', U'd'}, {U'ᵉ', U'e'},
      {U'ᶠ', U'f'}, {U'ᵍ', U'g'}, {U'ʰ', U'h'}, {U'ⁱ', U'i'}, {U'ʲ', U'j'},
      {U'ᵏ', U'k'}, {U'ˡ', U'l'}, {U'ᵐ', U'm'}, {U'ⁿ', U'n'}, {U'ᵒ', U'o'},
      {U'ᵖ', U'p'}, {U'ʳ', U'r'}, {U'ˢ', U's'}, {U'ᵗ', U't'}, {U'ᵘ', U'u'},
      {U'ᵛ', U'v'}, {U'ʷ', U'w'}, {U'ˣ', U'x'}, {U'ʸ', U'y'}, {U'ᶻ', U'z'},
  }};
  for (const auto& [modifier, letter] : kLetters) {
    if (modifier == c) return letter;
  }
  return 0;
}

bool is_combining_mark(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF);
}

bool is_emoji(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFE0F || c == 0x200D;
}

bool is_private_use(char32_t c) {
  return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

// Spaces and breaks are gaps, not glyphs; the soft hyphen is dropped.
bool is_drawn(char32_t c) {
  return c > U' ' && c != U'\u00AD' && !typeset::is_space_like(c);
}

std::string utf8(std::u32string_view text) {
  return base::utf8::encode(text);
}

std::string code_of(char32_t c) {
  return fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
}

// `text` composed (NFC): a letter and its separate accent become one letter.
std::string composed(std::u32string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return utf8(text);
  const std::string encoded = utf8(text);
  icu::UnicodeString result =
      nfc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(encoded)), status);
  if (U_FAILURE(status)) return encoded;
  std::string out;
  result.toUTF8String(out);
  return out;
}

class Reporter {
 public:
  Reporter(const base::XmlSource& source, const std::vector<Written>& text,
           const PrintableCharacters& printable, base::Severity severity,
           base::Diagnostics& diagnostics)
      : source_(source),
        text_(text),
        printable_(printable),
        severity_(severity),
        diagnostics_(diagnostics) {}

  int run() {
    for (std::size_t i = 0; i < text_.size();) {
      const char32_t c = text_[i].code_point;
      if (!is_drawn(c) || printable(c)) {
        ++i;
        continue;
      }
      i = report_from(i);
    }
    return reported_;
  }

 private:
  // Reports the problem that starts at `i`; returns where the next one may start.
  std::size_t report_from(std::size_t i) {
    const char32_t c = text_[i].code_point;
    if (superscript_letter(c) != 0) return report_superscripts(i);
    if (is_combining_mark(c)) {
      const std::size_t base = i > 0 && is_drawn(text_[i - 1].code_point) ? i - 1 : i;
      std::u32string written;
      for (std::size_t k = base; k <= i; ++k) written.push_back(text_[k].code_point);
      report(text_[base].offset,
             fmt::format("« {} » : l'accent {} est séparé de sa lettre (texte collé d'un PDF ou "
                         "d'un Mac) et n'existe dans aucune police : retapez « {} »{}",
                         utf8(written), code_of(c), composed(written), question_mark(false)));
      return i + 1;
    }
    if (is_emoji(c)) {
      report(text_[i].offset,
             fmt::format("l'émoticône « {} » ({}) n'existe dans aucune police : retirez-la ou "
                         "dites-la en mots{}",
                         utf8(std::u32string(1, c)), code_of(c), question_mark(false)));
      return i + 1;
    }
    if (is_private_use(c)) {
      report(text_[i].offset,
             fmt::format("le caractère {} vient d'une police de symboles (Wingdings, copié "
                         "depuis Word ?) et n'existe dans aucune police du document : "
                         "remplacez-le par un caractère ordinaire{}",
                         code_of(c), question_mark(false)));
      return i + 1;
    }
    report(text_[i].offset,
           fmt::format("le caractère « {} » ({}) n'existe dans aucune police : remplacez-le{}",
                       utf8(std::u32string(1, c)), code_of(c), question_mark(false)));
    return i + 1;
  }

  // "9ᵉ", "1ᵉʳ": the superscript letters together, with the word they end.
  std::size_t report_superscripts(std::size_t i) {
    std::size_t end = i;
    std::u32string letters;
    std::u32string modifiers;
    while (end < text_.size() && superscript_letter(text_[end].code_point) != 0 &&
           !printable(text_[end].code_point)) {
      modifiers.push_back(text_[end].code_point);
      letters.push_back(superscript_letter(text_[end].code_point));
      ++end;
    }
    if (set_as_ordinal(i, end)) return end;
    std::size_t word = i;
    while (word > 0 && i - word < 12 && text_[word - 1].code_point < 0x80 &&
           std::isalnum(static_cast<unsigned char>(text_[word - 1].code_point))) {
      --word;
    }
    std::u32string before;
    for (std::size_t k = word; k < i; ++k) before.push_back(text_[k].code_point);
    const std::string example = before.empty() ? "9" : utf8(before);
    report(text_[i].offset,
           fmt::format("{} « {} » n'{} dans aucune police : écrivez {}<sup>{}</sup>{}",
                       modifiers.size() == 1 ? "la lettre en exposant" : "les lettres en exposant",
                       utf8(modifiers), modifiers.size() == 1 ? "existe" : "existent", example,
                       utf8(letters), question_mark(modifiers.size() > 1)));
    return end;
  }

  // Whether the layout sets the letters of [begin, end) as an ordinal's
  // superscript ("9ᵉ" → 9 and a superscript e), so that none is lost.
  bool set_as_ordinal(std::size_t begin, std::size_t end) const {
    std::size_t start = begin;
    while (start > 0 && begin - start < 5) --start;  // the number and what precedes it
    std::u32string around;
    for (std::size_t k = start; k < text_.size() && k < end + 1; ++k) {
      around.push_back(text_[k].code_point);
    }
    return typeset::ordinal_suffix_length(around, begin - start) >= end - begin;
  }

  // What the paper shows otherwise (errors) or instead (warnings).
  std::string question_mark(bool plural) const {
    if (severity_ == base::Severity::error) {
      return plural ? " (sinon elles seraient imprimées « ? »)" : " (sinon « ? » serait imprimé)";
    }
    return plural ? " ; elles sont imprimées « ? »" : " ; « ? » est imprimé à sa place";
  }

  // Each character asked of the fonts once: a catalogue has some 100 000
  // characters but a few hundred different ones (each answer looks at two
  // families in four styles).
  bool printable(char32_t code_point) {
    const auto [known, added] = printable_by_character_.try_emplace(code_point, false);
    if (added) known->second = printable_.printable(code_point);
    return known->second;
  }

  void report(std::size_t offset, std::string message) {
    diagnostics_.add({severity_, source_.file(), source_.position_at(offset), std::move(message)});
    ++reported_;
  }

  const base::XmlSource& source_;
  const std::vector<Written>& text_;
  const PrintableCharacters& printable_;
  base::Severity severity_;
  base::Diagnostics& diagnostics_;
  std::unordered_map<char32_t, bool> printable_by_character_;
  int reported_ = 0;
};

// Whether the file's bytes surely hold nothing to report: valid UTF-8 with no
// character reference (&#…; would make a character the bytes do not show),
// and every character either not drawn or printable. The bytes include the
// markup (names, comments), a superset of the text, so "no" only means the
// file must be read as XML to look closer. Most runs end here: reading the
// catalogue and templates again as XML cost 22 M instructions (2 % of the
// edition's work), all of it before any document could start.
bool surely_printable(std::string_view bytes, const PrintableCharacters& printable) {
  if (bytes.find("&#") != std::string_view::npos) return false;
  std::array<bool, 0x80> ascii{};
  std::unordered_set<char32_t> others;
  bool valid = true;
  base::utf8::for_each_code_point(bytes, [&](const base::utf8::Sequence& sequence) {
    valid = valid && sequence.valid;
    if (sequence.code_point < 0x80)
      ascii[sequence.code_point] = true;
    else
      others.insert(sequence.code_point);
  });
  if (!valid) return false;
  for (char32_t c = 0; c < 0x80; ++c) {
    if (ascii[c] && is_drawn(c) && !printable.printable(c)) return false;
  }
  for (const char32_t c : others) {
    if (c == U'\uFEFF') continue;  // a byte order mark, not text
    if (is_drawn(c) && !printable.printable(c)) return false;
  }
  return true;
}

constexpr base::XmlFileRules kAnyFile = {.what = "un fichier XML",
                                         .file_kind = "un fichier XML",
                                         .max_bytes = 16 * 1024 * 1024,
                                         .keep_blank_text = true};

}  // namespace

PrintableCharacters::PrintableCharacters(const Resources& resources)
    : fonts_(&resources.fonts()), families_(resources.families()) {}

bool PrintableCharacters::printable(char32_t code_point) const {
  if (families_.empty()) return false;
  for (const std::string& family : families_) {
    for (const typeset::FontStyle style :
         {typeset::FontStyle::regular, typeset::FontStyle::italic, typeset::FontStyle::bold,
          typeset::FontStyle::bold_italic}) {
      if (!fonts_->face_for(family, style, code_point)) return false;
    }
  }
  return true;
}

int report_unprintable(const std::string& path, const PrintableCharacters& printable,
                       base::Severity severity, base::Diagnostics& diagnostics) {
  const std::optional<std::string> bytes = base::read_file_bytes(path);
  if (bytes && surely_printable(*bytes, printable)) return 0;
  base::Diagnostics ignored;  // the file's own problems are its readers' to report
  const std::unique_ptr<base::XmlDocument> document = base::load_xml(path, kAnyFile, ignored);
  if (!document) return 0;
  std::vector<Written> text;
  base::for_each_written_character(document->source(), document->root(),
                                   [&](char32_t code_point, std::size_t offset) {
                                     text.push_back({code_point, offset});
                                   });
  return Reporter(document->source(), text, printable, severity, diagnostics).run();
}

int report_unprintable_in_run(const std::string& catalogue_path, const Resources& resources,
                              base::Severity severity, base::Diagnostics& diagnostics) {
  const PrintableCharacters printable(resources);
  int reported = report_unprintable(catalogue_path, printable, severity, diagnostics);
  for (const std::string& file : resources.template_files()) {
    reported += report_unprintable(file, printable, severity, diagnostics);
  }
  return reported;
}

}  // namespace documents
