#include "typeset/typographic_runs.hpp"

#include <array>
#include <string_view>

#include "base/utf8.hpp"
#include "typeset/french_spacing.hpp"
#include "typeset/latin_letters.hpp"
#include "typeset/word_kind.hpp"

namespace typeset {

namespace {

// An ordinal's typed suffix and its typographic (superscript) form.
struct OrdinalSuffix {
  std::u32string_view typed;
  std::u32string_view set;
};

// Longest first, so that "ème" wins over "e".
// The modifier letters (ᵉ, ʳ, ᵈ) are in no font: typed "1ᵉʳ" is set as 1er
// in superscript, like "1er".
constexpr std::array<OrdinalSuffix, 15> kOrdinalSuffixes = {{
    {U"ième", U"e"},
    {U"ème", U"e"},
    {U"eme", U"e"},
    {U"ère", U"re"},
    {U"nde", U"de"},
    {U"ᵉʳ", U"er"},
    {U"ʳᵉ", U"re"},
    {U"ᵈᵉ", U"de"},
    {U"er", U"er"},
    {U"re", U"re"},
    {U"nd", U"d"},
    {U"e", U"e"},
    {U"è", U"e"},
    {U"ᵉ", U"e"},
    {U"ᵈ", U"d"},
}};

bool is_word_character(char32_t c) {
  return is_letter(c) || is_digit(c);
}

// The suffix typed at `at` after a number, if it ends there as a word.
const OrdinalSuffix* ordinal_suffix_at(std::u32string_view text, std::size_t at) {
  for (const OrdinalSuffix& suffix : kOrdinalSuffixes) {
    if (text.compare(at, suffix.typed.size(), suffix.typed) != 0) continue;
    const std::size_t end = at + suffix.typed.size();
    if (end < text.size() && (is_word_character(text[end]) || text[end] == U'-')) continue;
    return &suffix;
  }
  return nullptr;
}

// The superscript form of a <sup> run after a number ("ème" → "e").
std::optional<std::u32string> short_superscript(const std::u32string& text) {
  for (const OrdinalSuffix& suffix : kOrdinalSuffixes) {
    if (text == suffix.typed && text != suffix.set) return std::u32string(suffix.set);
  }
  return std::nullopt;
}

InlineRun with_text(const InlineRun& run, std::u32string_view text) {
  InlineRun piece = run;
  piece.text = base::utf8::encode(std::u32string(text));
  return piece;
}

// Splits one ordinary run at its ordinals and e-mail addresses; returns false
// when there is nothing to split.
bool split_run(const InlineRun& run, std::vector<InlineRun>& out) {
  if (run.line_break || run.superscript) return false;
  const std::u32string text = base::utf8::decode_all(run.text);
  std::size_t done = 0;  // text before this is already in `out`
  bool changed = false;
  std::size_t i = 0;
  while (i < text.size()) {
    // A number starting a word: 1er, 9ème, 2e (not T2605e nor 3D).
    if (is_digit(text[i]) && (i == 0 || !is_word_character(text[i - 1]))) {
      std::size_t end = i;
      while (end < text.size() && is_digit(text[end])) ++end;
      const OrdinalSuffix* suffix = end - i <= 3 ? ordinal_suffix_at(text, end) : nullptr;
      if (suffix != nullptr) {
        out.push_back(with_text(run, std::u32string_view(text).substr(done, end - done)));
        InlineRun superscript = with_text(run, suffix->set);
        superscript.superscript = true;
        out.push_back(std::move(superscript));
        i = done = end + suffix->typed.size();
        changed = true;
        continue;
      }
      i = end;
      continue;
    }
    // An e-mail address not already inside a link.
    if (text[i] == U'@' && run.link.empty()) {
      std::size_t begin = i;
      while (begin > done && !is_space_like(text[begin - 1])) --begin;
      std::size_t end = i;
      while (end < text.size() && !is_space_like(text[end])) ++end;
      const std::u32string_view token = std::u32string_view(text).substr(begin, end - begin);
      if (looks_like_email(token)) {
        const std::u32string_view core = strip_surrounding_punctuation(token);
        const std::size_t core_begin = begin + static_cast<std::size_t>(core.data() - token.data());
        out.push_back(with_text(run, std::u32string_view(text).substr(done, core_begin - done)));
        InlineRun link = with_text(run, core);
        const std::string address = base::utf8::encode(std::u32string(core));
        link.link = address.starts_with("mailto:") ? address : "mailto:" + address;
        out.push_back(std::move(link));
        i = done = core_begin + core.size();
        changed = true;
        continue;
      }
      i = end;
      continue;
    }
    ++i;
  }
  if (!changed) return false;
  if (done < text.size()) out.push_back(with_text(run, std::u32string_view(text).substr(done)));
  return true;
}

bool ends_with_digit(const InlineRun& run) {
  return !run.text.empty() && run.text.back() >= '0' && run.text.back() <= '9';
}

}  // namespace

std::size_t ordinal_suffix_length(std::u32string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && is_digit(text[start - 1])) --start;
  if (start == at || at - start > 3) return 0;
  if (start > 0 && is_word_character(text[start - 1])) return 0;
  const OrdinalSuffix* suffix = ordinal_suffix_at(text, at);
  return suffix == nullptr ? 0 : suffix->typed.size();
}

std::optional<std::vector<InlineRun>> typographic_runs(const std::vector<InlineRun>& runs) {
  std::optional<std::vector<InlineRun>> result;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const InlineRun& run = runs[r];
    std::vector<InlineRun> pieces;
    bool changed = split_run(run, pieces);
    if (!changed && run.superscript && r > 0 && ends_with_digit(runs[r - 1])) {
      if (std::optional<std::u32string> set = short_superscript(base::utf8::decode_all(run.text))) {
        pieces.push_back(with_text(run, *set));
        changed = true;
      }
    }
    if (changed && !result) result.emplace(runs.begin(), runs.begin() + static_cast<long>(r));
    if (!result) continue;
    if (changed) {
      for (InlineRun& piece : pieces) {
        if (!piece.text.empty() || piece.line_break) result->push_back(std::move(piece));
      }
    } else {
      result->push_back(run);
    }
  }
  return result;
}

}  // namespace typeset
