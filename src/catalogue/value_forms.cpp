#include "catalogue/value_forms.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/message_text.hpp"

namespace catalogue {

namespace {

using base::in_guillemets;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
}  // namespace

bool has_shape(std::string_view text, std::string_view shape) {
  if (text.size() != shape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (shape[i] == 'd' ? !is_digit(text[i]) : text[i] != shape[i]) return false;
  }
  return true;
}

std::string collapse_white_space(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

std::optional<std::string> session_code_problem(std::string_view code) {
  if (code.empty()) return "le code de session est vide";
  const bool safe_characters = std::all_of(code.begin(), code.end(), [](char c) {
    return is_ascii_letter(c) || is_digit(c) || c == '-' || c == '_';
  });
  if (!safe_characters) {
    return fmt::format(
        "le code de session {} ne peut contenir que des lettres, des chiffres, "
        "« - » et « _ » (il sert de nom de fichier)",
        in_guillemets(code));
  }
  if (code.front() == '-' || code.front() == '_') {
    return fmt::format("le code de session {} doit commencer par une lettre ou un chiffre",
                       in_guillemets(code));
  }
  if (code.size() > kMaxSessionCodeLength) {
    return fmt::format("le code de session {} est trop long ({} caractères au plus)",
                       in_guillemets(code), kMaxSessionCodeLength);
  }
  return std::nullopt;
}

bool is_operator_id(std::string_view id) {
  const bool allowed_characters = std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-';
  });
  return allowed_characters && !id.empty() && id.front() != '-' && id.back() != '-' &&
         id.find("--") == std::string_view::npos;
}

}  // namespace catalogue
