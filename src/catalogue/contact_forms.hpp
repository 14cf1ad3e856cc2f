// The written forms of the ways to reach the fund that a catalogue gives (its
// registration block): a web address, an e-mail address, a phone number. Each
// check says, in French, what is wrong, so that the staff can fix a typo
// before it reaches a flyer or a mail draft.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace catalogue {

// https://host.tld[/path…]: a scheme, a host of letters, digits and '-' in
// dot-separated labels with a top-level domain, then printable ASCII without
// spaces. nullopt when well formed.
std::optional<std::string> web_address_problem(std::string_view url);

// local@domain.tld, ASCII (RFC 5321's usual subset): no space, one '@', a
// local part without leading, trailing or doubled dots, a domain as for web
// addresses. nullopt when well formed.
std::optional<std::string> email_problem(std::string_view address);

// Digits, spaces and . / - ( ), a leading '+'; 6 to 15 digits (E.164's most).
std::optional<std::string> phone_problem(std::string_view phone);

}  // namespace catalogue
