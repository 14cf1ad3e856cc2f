#include "base/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "base/message_text.hpp"

namespace base {

namespace {
char fold(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (fold(text[i]) != fold(prefix[i])) return false;
  }
  return true;
}
}  // namespace

// Optimal string alignment distance, three rolling rows.
int edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = b.size();
  std::vector<int> before_previous(n + 1), previous(n + 1), current(n + 1);
  for (std::size_t j = 0; j <= n; ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= n; ++j) {
      const int cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        current[j] = std::min(current[j], before_previous[j - 2] + 1);
      }
    }
    std::swap(before_previous, previous);
    std::swap(previous, current);
  }
  return previous[n];
}

std::optional<std::string> closest_name(std::string_view wrong,
                                        std::span<const std::string_view> candidates) {
  constexpr int kPrefixScore = 3;  // a prefix match ranks after any real typo
  std::optional<std::string> best;
  int best_score = kPrefixScore + 1;
  for (std::string_view candidate : candidates) {
    if (candidate.empty() || candidate == wrong) continue;
    int score = edit_distance(wrong, candidate);
    const bool close = score <= 2 && score < static_cast<int>(wrong.size());
    if (!close) {
      const bool prefix = (wrong.size() >= 3 && starts_with_folded(candidate, wrong)) ||
                          starts_with_folded(wrong, candidate);
      if (!prefix) continue;
      score = kPrefixScore;
    }
    if (score < best_score) {
      best_score = score;
      best = std::string(candidate);
    }
  }
  return best;
}

std::string suggestion_suffix(std::string_view wrong,
                              std::span<const std::string_view> candidates) {
  const std::optional<std::string> closest = closest_name(wrong, candidates);
  return closest ? fmt::format(" ; vouliez-vous dire {} ?", in_guillemets(*closest)) : "";
}

}  // namespace base
