#include "catalogue/contact_forms.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/message_text.hpp"

namespace catalogue {

namespace {

using base::in_guillemets;

constexpr std::size_t kMaxAddressLength = 254;  // RFC 5321's path limit
constexpr std::size_t kMaxLabelLength = 63;
constexpr int kFewestPhoneDigits = 6;
constexpr int kMostPhoneDigits = 15;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
}

bool is_printable_ascii(char c) {
  return c > ' ' && c < 0x7f;
}

// Why `host` ("www.tutorats.org") is not a domain name; nullopt when it is.
std::optional<std::string> host_problem(std::string_view host) {
  if (host.empty()) return "le nom de domaine manque";
  if (host.find('.') == std::string_view::npos) {
    return fmt::format("le nom de domaine {} n'a pas de point (par exemple tutorats.org)",
                       in_guillemets(host));
  }
  std::size_t begin = 0;
  while (begin <= host.size()) {
    const std::size_t dot = std::min(host.find('.', begin), host.size());
    const std::string_view label = host.substr(begin, dot - begin);
    const bool well_formed =
        !label.empty() && label.size() <= kMaxLabelLength &&
        std::all_of(label.begin(), label.end(),
                    [](char c) { return is_letter_or_digit(c) || c == '-'; }) &&
        label.front() != '-' && label.back() != '-';
    if (!well_formed) {
      return fmt::format(
          "le nom de domaine {} est mal formé (des lettres sans accent, des chiffres et des "
          "« - », séparés par des points)",
          in_guillemets(host));
    }
    if (dot == host.size()) {
      const bool letters = label.size() >= 2 && std::none_of(label.begin(), label.end(), is_digit);
      if (!letters) {
        return fmt::format("le nom de domaine {} doit finir par une extension comme .org ou .be",
                           in_guillemets(host));
      }
      break;
    }
    begin = dot + 1;
  }
  return std::nullopt;
}

std::optional<std::string> first_bad_character(std::string_view text, std::string_view what) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      return fmt::format("{} {} contient une espace", what, in_guillemets(text));
    }
    if (!is_printable_ascii(c)) {
      return fmt::format("{} {} contient un caractère accentué ou spécial", what,
                         in_guillemets(text));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> web_address_problem(std::string_view url) {
  const std::string what = "l'adresse web";
  if (url.empty()) return "l'adresse web est vide";
  std::string_view rest = url;
  if (rest.starts_with("https://")) {
    rest.remove_prefix(8);
  } else if (rest.starts_with("http://")) {
    rest.remove_prefix(7);
  } else {
    return fmt::format("{} {} doit commencer par https://", what, in_guillemets(url));
  }
  if (url.size() > 2000) return fmt::format("{} est trop longue (2000 caractères au plus)", what);
  if (auto problem = first_bad_character(url, what)) return problem;
  for (char c : url) {
    if (std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos) {
      return fmt::format("{} {} contient le caractère {}, qu'une adresse web n'admet pas", what,
                         in_guillemets(url), in_guillemets(std::string_view(&c, 1)));
    }
  }
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.find('@') != std::string_view::npos) {
    return fmt::format("{} {} contient « @ » : une adresse e-mail va dans l'attribut « email »",
                       what, in_guillemets(url));
  }
  if (const std::size_t colon = host.find(':'); colon != std::string_view::npos) {
    const std::string_view port = host.substr(colon + 1);
    if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), is_digit)) {
      return fmt::format("{} {} a un numéro de port mal formé", what, in_guillemets(url));
    }
    host = host.substr(0, colon);
  }
  if (auto problem = host_problem(host)) {
    return fmt::format("{} {} : {}", what, in_guillemets(url), *problem);
  }
  return std::nullopt;
}

std::optional<std::string> email_problem(std::string_view address) {
  const std::string what = "l'adresse e-mail";
  if (address.empty()) return "l'adresse e-mail est vide";
  if (address.size() > kMaxAddressLength) {
    return fmt::format("{} est trop longue ({} caractères au plus)", what, kMaxAddressLength);
  }
  if (address.starts_with("mailto:")) {
    return fmt::format("{} {} s'écrit sans « mailto: »", what, in_guillemets(address));
  }
  if (auto problem = first_bad_character(address, what)) return problem;
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos) {
    return fmt::format("{} {} n'a pas de « @ »", what, in_guillemets(address));
  }
  if (address.find('@', at + 1) != std::string_view::npos) {
    return fmt::format("{} {} a plus d'un « @ »", what, in_guillemets(address));
  }
  const std::string_view local = address.substr(0, at);
  const bool local_ok =
      !local.empty() && local.size() <= 64 && local.front() != '.' && local.back() != '.' &&
      local.find("..") == std::string_view::npos &&
      std::all_of(local.begin(), local.end(), [](char c) {
        return is_letter_or_digit(c) ||
               std::string_view(".!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos;
      });
  if (!local_ok) {
    return fmt::format("{} {} est mal formée avant le « @ »", what, in_guillemets(address));
  }
  if (auto problem = host_problem(address.substr(at + 1))) {
    return fmt::format("{} {} : {}", what, in_guillemets(address), *problem);
  }
  return std::nullopt;
}

std::optional<std::string> phone_problem(std::string_view phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    const char c = phone[i];
    if (is_digit(c)) {
      ++digits;
    } else if (c == '+' && i == 0) {
      continue;
    } else if (std::string_view(" ./-()").find(c) == std::string_view::npos) {
      return fmt::format(
          "le numéro de téléphone {} ne peut contenir que des chiffres, des espaces, « . », "
          "« / », « - », des parenthèses et un « + » au début",
          in_guillemets(phone));
    }
  }
  if (digits < kFewestPhoneDigits || digits > kMostPhoneDigits) {
    return fmt::format("le numéro de téléphone {} a {} chiffres ; attendu : de {} à {}",
                       in_guillemets(phone), digits, kFewestPhoneDigits, kMostPhoneDigits);
  }
  return std::nullopt;
}

}  // namespace catalogue
