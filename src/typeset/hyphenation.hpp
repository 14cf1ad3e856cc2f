// French hyphenation: libhyphen with the Debian hyph_fr patterns, plus the
// rules a patterns file cannot know (URLs, codes, acronyms, elisions).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct _HyphenDict;  // libhyphen's dictionary, kept out of this header

namespace typeset {

inline constexpr std::string_view kFrenchPatterns = "/usr/share/hyphen/hyph_fr.dic";

class Hyphenator {
 public:
  // Loads a libhyphen patterns file (UTF-8). On failure returns nullopt and
  // sets `error` to a plain-French reason naming the file.
  static std::optional<Hyphenator> load(const std::string& path, std::string& error);

  // Byte offsets in the UTF-8 `word` where a hyphen may be added: a break at
  // offset k puts bytes [0, k) and a hyphen on one line, [k, end) on the next.
  // At least 2 letters before and 3 after. Nothing for URLs, e-mail addresses,
  // words with a digit (T2605, 9h30), acronyms (MAE), or words that already
  // hold a hyphen (they break at that hyphen only, see inline_items). In an
  // elision (l'accompagnement, l’accompagnement) only the part after the
  // apostrophe is cut; words joined by a slash (tuteur/tutrice) each on its own.
  // Punctuation around the word is allowed and never counted as a letter.
  // Thread-safe: the threads of a run share one Hyphenator.
  std::vector<std::size_t> break_points(std::string_view word) const;

 private:
  struct DictionaryDeleter {
    void operator()(_HyphenDict* dictionary) const;
  };
  explicit Hyphenator(_HyphenDict* dictionary) : dictionary_(dictionary) {}
  // Break points inside one run of letters, lower-cased, offsets relative to it.
  std::vector<std::size_t> letter_run_break_points(std::string_view letters) const;

  std::vector<std::size_t> find_break_points(std::string_view word) const;

  std::unique_ptr<_HyphenDict, DictionaryDeleter> dictionary_;
  // Words already cut, by their text: a catalogue repeats most of its words,
  // and libhyphen's search was 2.5 % of a run's work. Bounded, so that a
  // long-lived process (watch) or a huge catalogue cannot grow it forever.
  struct Memo {
    static constexpr std::size_t kMaxWords = 200'000;
    // Looked up by the word as given: no string made for a word already cut.
    struct WordHash {
      using is_transparent = void;
      std::size_t operator()(std::string_view word) const {
        return std::hash<std::string_view>{}(word);
      }
    };
    std::mutex mutex;
    std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> points;
  };
  std::unique_ptr<Memo> memo_ = std::make_unique<Memo>();
};

}  // namespace typeset
