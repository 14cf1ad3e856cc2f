#include "catalogue/links.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace catalogue {

namespace {
bool is_ascii_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Addresses are written in ASCII here: any other character ends one, as white
// space, a control character or a quote does.
bool ends_url(char32_t c) {
  return c <= U' ' || c >= 0x80 || c == U'<' || c == U'>' || c == U'"';
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
    return p == ((t >= 'A' && t <= 'Z') ? static_cast<char>(t - 'A' + 'a') : t);
  });
}

// Length of the URL scheme or "www." that starts `text`, or 0.
std::size_t url_prefix_length(std::string_view text) {
  for (std::string_view prefix : {"https://", "http://", "www."}) {
    if (starts_with_ignoring_case(text, prefix)) return prefix.size();
  }
  return 0;
}

// Drops trailing punctuation that belongs to the sentence, not the URL.
std::size_t trim_trailing_punctuation(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const char last = text[end - 1];
    if (last == ')') {
      const std::string_view url = text.substr(begin, end - begin);
      if (std::count(url.begin(), url.end(), '(') >= std::count(url.begin(), url.end(), ')')) break;
    } else if (std::string_view(".,;:!?'").find(last) == std::string_view::npos) {
      break;
    }
    --end;
  }
  return end;
}
}  // namespace

std::vector<UrlMatch> find_urls(std::string_view text) {
  std::vector<UrlMatch> matches;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool word_start = i == 0 || !is_ascii_alphanumeric(text[i - 1]);
    const std::size_t prefix = word_start ? url_prefix_length(text.substr(i)) : 0;
    if (prefix == 0) {
      ++i;
      continue;
    }
    std::size_t end = i + prefix;
    while (end < text.size()) {
      const base::utf8::Sequence next = base::utf8::decode(text, end);
      if (ends_url(next.code_point)) break;
      end += next.length;
    }
    end = trim_trailing_punctuation(text, i, end);
    if (end <= i + prefix) {  // "www." alone, "http://" alone
      i += prefix;
      continue;
    }
    std::string link(text.substr(i, end - i));
    if (prefix == 4) link = "https://" + link;
    matches.push_back({i, end, std::move(link)});
    i = end;
  }
  return matches;
}

}  // namespace catalogue
