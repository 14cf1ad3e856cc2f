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

namespace {
bool is_address_local_character(char c) {
  return is_ascii_alphanumeric(c) || std::string_view("._%+-").find(c) != std::string_view::npos;
}
bool is_domain_character(char c) {
  return is_ascii_alphanumeric(c) || c == '-' || c == '.';
}
bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// A character that would make the address part of a longer word.
bool continues_word(char c) {
  return is_ascii_alphanumeric(c) || static_cast<unsigned char>(c) >= 0x80;
}

// "le-grain.be": labels of letters, digits and '-', at least two, the last
// one (the top-level domain) letters only, at least two.
bool is_domain(std::string_view domain) {
  if (domain.find("..") != std::string_view::npos || domain.starts_with('.')) return false;
  const std::size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos) return false;
  const std::string_view top = domain.substr(last_dot + 1);
  return top.size() >= 2 && std::all_of(top.begin(), top.end(), is_ascii_letter);
}
}  // namespace

std::vector<UrlMatch> find_email_addresses(std::string_view text) {
  std::vector<UrlMatch> matches;
  std::size_t search_from = 0;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at < search_from) continue;
    std::size_t begin = at;
    while (begin > 0 && is_address_local_character(text[begin - 1])) --begin;
    while (begin < at && text[begin] == '.') ++begin;
    if (begin == at || (begin > 0 && (continues_word(text[begin - 1]) || text[begin - 1] == '/' ||
                                      text[begin - 1] == ':'))) {
      continue;
    }
    std::size_t end = at + 1;
    while (end < text.size() && is_domain_character(text[end])) ++end;
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    if (end < text.size() && (continues_word(text[end]) || text[end] == '@')) continue;
    if (!is_domain(text.substr(at + 1, end - at - 1))) continue;
    matches.push_back({begin, end, "mailto:" + std::string(text.substr(begin, end - begin))});
    search_from = end;
  }
  return matches;
}

std::vector<UrlMatch> find_links(std::string_view text) {
  std::vector<UrlMatch> links = find_urls(text);
  const std::size_t urls = links.size();
  for (UrlMatch& address : find_email_addresses(text)) {
    const bool inside_url = std::any_of(
        links.begin(), links.begin() + static_cast<std::ptrdiff_t>(urls),
        [&](const UrlMatch& url) { return address.begin < url.end && url.begin < address.end; });
    if (!inside_url) links.push_back(std::move(address));
  }
  std::sort(links.begin(), links.end(),
            [](const UrlMatch& a, const UrlMatch& b) { return a.begin < b.begin; });
  return links;
}

}  // namespace catalogue
