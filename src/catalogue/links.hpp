// URLs and e-mail addresses written as plain text ("voir www.tutorats.org.",
// "écrire à info@le-grain.be"), found so that the PDF can make them clickable.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace catalogue {

struct UrlMatch {
  std::size_t begin = 0;  // byte range of the URL in the text
  std::size_t end = 0;
  std::string link;  // the URL, with "https://" put before a bare "www."
};

// Every http://, https:// or www. URL starting a word, in order. A URL ends at
// white space, at a character outside ASCII (« », …) and before trailing
// punctuation (". , ; : ! ?" and a ')' it did not open).
std::vector<UrlMatch> find_urls(std::string_view text);

// Every e-mail address (name@domain.tld, ASCII) that is a word of its own, in
// order; its link is "mailto:" and the address. A trailing '.' or '-' ends
// the sentence, not the address.
std::vector<UrlMatch> find_email_addresses(std::string_view text);

// URLs and e-mail addresses together, in order; an address inside a URL
// (https://nom@hote.be/) is part of the URL.
std::vector<UrlMatch> find_links(std::string_view text);

}  // namespace catalogue
