#include "typeset/hyphenation.hpp"

#include <fcntl.h>
#include <hyphen.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "base/system_errors.hpp"
#include "base/utf8.hpp"
#include "typeset/latin_letters.hpp"
#include "typeset/word_kind.hpp"

namespace typeset {

namespace {

constexpr int kLettersBefore = 2;  // French practice: "ac-compagnement" is fine
constexpr int kLettersAfter = 3;   // but never "accompagneme-nt"

bool is_hyphen(char32_t c) {
  return c == U'-' || c == U'\u2010' || c == U'\u2011';
}

// Frees what hnj_hyphen_hyphenate3 allocated for non-standard hyphenation.
void free_replacements(char** replacements, int* positions, int* cuts, std::size_t length) {
  if (replacements != nullptr) {
    for (std::size_t i = 0; i < length; ++i) std::free(replacements[i]);
    std::free(replacements);
  }
  std::free(positions);
  std::free(cuts);
}

}  // namespace

void Hyphenator::DictionaryDeleter::operator()(_HyphenDict* dictionary) const {
  hnj_hyphen_free(dictionary);
}

std::optional<Hyphenator> Hyphenator::load(const std::string& path, std::string& error) {
  // libhyphen says nothing of why it cannot open a file: ask first.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = base::file_error(base::FileOperation::read, path, errno);
    return std::nullopt;
  }
  ::close(fd);
  HyphenDict* dictionary = hnj_hyphen_load(path.c_str());
  if (dictionary == nullptr) {
    error = "le fichier de césure « " + path + " » n'a pas pu être lu";
    return std::nullopt;
  }
  return Hyphenator(dictionary);
}

std::vector<std::size_t> Hyphenator::letter_run_break_points(std::string_view letters) const {
  std::vector<std::size_t> points;
  const std::string lowered = to_lower_latin(letters);
  const int length = static_cast<int>(lowered.size());
  std::vector<char> hyphens(lowered.size() + 5, '0');
  char** replacements = nullptr;
  int* positions = nullptr;
  int* cuts = nullptr;
  const int status =
      hnj_hyphen_hyphenate3(dictionary_.get(), lowered.data(), length, hyphens.data(), nullptr,
                            &replacements, &positions, &cuts, kLettersBefore, kLettersAfter, 2, 2);
  if (status == 0) {
    // With a UTF-8 dictionary libhyphen indexes `hyphens` by character, not
    // by byte (odd hyphens[i]: a break after character i); map back to bytes.
    std::vector<std::size_t> character_end;  // byte offset after each character
    std::size_t offset = 0;
    while (offset < lowered.size()) {
      base::utf8::decode_lenient(lowered, offset);
      character_end.push_back(offset);
    }
    const int count = static_cast<int>(character_end.size());
    for (int i = kLettersBefore - 1; i + kLettersAfter < count; ++i) {
      const bool odd = (hyphens[static_cast<std::size_t>(i)] - '0') % 2 == 1;
      const bool standard = replacements == nullptr || replacements[i] == nullptr;
      if (odd && standard) points.push_back(character_end[static_cast<std::size_t>(i)]);
    }
  }
  free_replacements(replacements, positions, cuts, lowered.size());
  return points;
}

std::vector<std::size_t> Hyphenator::break_points(std::string_view word) const {
  {
    const std::lock_guard lock(memo_->mutex);
    const auto known = memo_->points.find(word);
    if (known != memo_->points.end()) return known->second;
  }
  std::vector<std::size_t> points = find_break_points(word);
  const std::lock_guard lock(memo_->mutex);
  if (memo_->points.size() < Memo::kMaxWords) memo_->points.emplace(std::string(word), points);
  return points;
}

std::vector<std::size_t> Hyphenator::find_break_points(std::string_view word) const {
  const std::u32string characters = base::utf8::decode_all(word);
  if (looks_like_url(characters) || contains_digit(characters)) return {};
  for (std::size_t i = 0; i < characters.size(); ++i) {
    const char32_t c = characters[i];
    // Words joined by a slash (tuteur/tutrice) are cut each on its own;
    // any other slash is a path or a date.
    const bool joins_words = c == U'/' && i > 0 && i + 1 < characters.size() &&
                             is_letter(characters[i - 1]) && is_letter(characters[i + 1]);
    if (is_hyphen(c) || (c == U'/' && !joins_words) || c == U'@' || c == U'_') return {};
  }
  // Cut each run of letters on its own: elisions (l', d', qu') and surrounding
  // punctuation are not part of what the patterns see.
  std::vector<std::size_t> points;
  std::size_t offset = 0;
  std::size_t index = 0;
  while (index < characters.size()) {
    if (!is_letter(characters[index])) {
      offset += base::utf8::encoded_length(characters[index]);
      ++index;
      continue;
    }
    const std::size_t run_start_offset = offset;
    const std::size_t run_start_index = index;
    while (index < characters.size() && is_letter(characters[index])) {
      offset += base::utf8::encoded_length(characters[index]);
      ++index;
    }
    const std::u32string_view run(characters.data() + run_start_index, index - run_start_index);
    if (static_cast<int>(run.size()) < kLettersBefore + kLettersAfter || is_acronym(run)) {
      continue;
    }
    for (std::size_t point :
         letter_run_break_points(word.substr(run_start_offset, offset - run_start_offset))) {
      points.push_back(run_start_offset + point);
    }
  }
  return points;
}

}  // namespace typeset
