#include "catalogue/message_text.hpp"

#include <fmt/format.h>

namespace catalogue {

std::string in_guillemets(std::string_view text) {
  return fmt::format("« {} »", text);
}

std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (char byte : text) {
    if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string excerpt(std::string_view text, std::size_t max_characters) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r')) {
    text.remove_suffix(1);
  }
  const std::size_t line_end = text.find_first_of("\r\n");
  const bool cut_line = line_end != std::string_view::npos;
  if (cut_line) text = text.substr(0, line_end);
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_character && ++characters > max_characters) {
      return std::string(text.substr(0, i)) + "…";
    }
  }
  return std::string(text) + (cut_line ? "…" : "");
}

}  // namespace catalogue
