#include "base/message_rules.hpp"

#include <fmt/format.h>

#include "base/utf8.hpp"

namespace base {

std::string message_rule_violation(const Diagnostic& diagnostic) {
  const std::string formatted = format_diagnostic(diagnostic);
  const std::string_view without_path = std::string_view(formatted).substr(diagnostic.file.size());
  std::string violation;
  std::size_t length = 0;
  utf8::for_each_code_point(without_path, [&](const utf8::Sequence& sequence) {
    const char32_t c = sequence.code_point;
    if (!sequence.valid) {
      violation = fmt::format("octet qui n'est pas de l'UTF-8 à l'octet {}", sequence.offset);
    } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      violation = fmt::format("caractère de contrôle U+{:04X} à l'octet {}",
                              static_cast<std::uint32_t>(c), sequence.offset);
    }
    ++length;
    return violation.empty();
  });
  if (violation.empty() && length > kMaxMessageLength) {
    violation = fmt::format("{} caractères sans le chemin ({} au plus)", length, kMaxMessageLength);
  }
  return violation;
}

}  // namespace base
