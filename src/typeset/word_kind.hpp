// What kind of token a run of non-space characters is, as far as breaking and
// spacing care: URLs and e-mail addresses are never hyphenated and get no French
// spacing inside; numbers and codes (T2605) are never cut.
#pragma once

#include <string_view>

namespace typeset {

// True for "https://…", "www.…", "mailto:…", "name@host.be", "fonds.be/…".
// Surrounding punctuation ("(", "»", a final ".") is ignored.
bool looks_like_url(std::u32string_view token);

// The token without the punctuation that may surround a word or a URL in
// running text: leading ( « [ " and trailing . , ; : ! ? ) » ] ".
std::u32string_view strip_surrounding_punctuation(std::u32string_view token);

// Every character that is a letter is an upper-case one, and there are at least two (MAE, CERSO).
bool is_acronym(std::u32string_view letters);

bool contains_digit(std::u32string_view token);

// "name@host.tld" (with surrounding punctuation ignored; "mailto:" allowed).
bool looks_like_email(std::u32string_view token);

// Starts with an upper-case letter (after leading punctuation): a proper name,
// or a word opening a sentence; neither is hyphenated (TeX's \uchyph=0).
bool starts_with_capital(std::u32string_view token);

}  // namespace typeset
