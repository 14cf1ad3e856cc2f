#include "typeset/word_kind.hpp"

#include <algorithm>
#include <array>

#include "typeset/latin_letters.hpp"

namespace typeset {

namespace {

bool is_leading_punctuation(char32_t c) {
  return c == U'(' || c == U'[' || c == U'«' || c == U'"' || c == U'\u201C' || c == U'<' ||
         c == U'\u2039';
}

bool is_trailing_punctuation(char32_t c) {
  return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U')' ||
         c == U']' || c == U'»' || c == U'"' || c == U'\u201D' || c == U'>' || c == U'\u203A';
}

bool starts_with_ascii_ci(std::u32string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (to_lower_latin(text[i]) != static_cast<char32_t>(prefix[i])) return false;
  }
  return true;
}

bool is_host_character(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || is_digit(c) || c == U'-';
}

// "fonds.be", "www.apef-febi.org/…": labels of host characters joined by dots,
// ending in a top-level domain this catalogue meets; "p.ex." or "etc." are not hosts.
bool looks_like_bare_host(std::u32string_view token) {
  static constexpr std::array<std::string_view, 12> kTopLevelDomains = {
      "be", "com", "org", "net", "eu", "fr", "info", "brussels", "lu", "nl", "de", "ch"};
  const std::size_t host_end = std::min(token.find(U'/'), token.size());
  const std::u32string_view host = token.substr(0, host_end);
  const std::size_t last_dot = host.rfind(U'.');
  if (last_dot == std::u32string_view::npos || last_dot == 0) return false;
  if (!std::all_of(host.begin(), host.end(),
                   [](char32_t c) { return is_host_character(c) || c == U'.'; })) {
    return false;
  }
  if (host.find(U"..") != std::u32string_view::npos) return false;
  const std::u32string_view domain = host.substr(last_dot + 1);
  return std::any_of(kTopLevelDomains.begin(), kTopLevelDomains.end(), [&](std::string_view tld) {
    return domain.size() == tld.size() && starts_with_ascii_ci(domain, tld);
  });
}

}  // namespace

std::u32string_view strip_surrounding_punctuation(std::u32string_view token) {
  while (!token.empty() && is_leading_punctuation(token.front())) token.remove_prefix(1);
  while (!token.empty() && is_trailing_punctuation(token.back())) token.remove_suffix(1);
  return token;
}

bool looks_like_url(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  if (core.empty()) return false;
  if (starts_with_ascii_ci(core, "http://") || starts_with_ascii_ci(core, "https://") ||
      starts_with_ascii_ci(core, "ftp://") || starts_with_ascii_ci(core, "mailto:") ||
      starts_with_ascii_ci(core, "www.")) {
    return true;
  }
  if (core.find(U"://") != std::u32string_view::npos) return true;
  const std::size_t at = core.find(U'@');
  if (at != std::u32string_view::npos && at > 0) {
    return core.find(U'.', at) != std::u32string_view::npos;  // name@host.tld
  }
  return looks_like_bare_host(core);
}

bool is_acronym(std::u32string_view letters) {
  int upper = 0;
  for (char32_t c : letters) {
    if (!is_letter(c)) continue;
    if (!is_upper_latin(c)) return false;
    ++upper;
  }
  return upper >= 2;
}

bool contains_digit(std::u32string_view token) {
  return std::any_of(token.begin(), token.end(), is_digit);
}

bool looks_like_email(std::u32string_view token) {
  std::u32string_view core = strip_surrounding_punctuation(token);
  if (starts_with_ascii_ci(core, "mailto:")) core.remove_prefix(7);
  const std::size_t at = core.find(U'@');
  if (at == std::u32string_view::npos || at == 0 || core.find(U'@', at + 1) != core.npos) {
    return false;
  }
  const std::u32string_view host = core.substr(at + 1);
  const std::size_t dot = host.rfind(U'.');
  return dot != std::u32string_view::npos && dot > 0 && dot + 1 < host.size() &&
         host.find(U'/') == std::u32string_view::npos;
}

bool starts_with_capital(std::u32string_view token) {
  const std::u32string_view core = strip_surrounding_punctuation(token);
  return !core.empty() && is_upper_latin(core.front());
}

}  // namespace typeset
