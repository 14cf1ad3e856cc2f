#include "base/message_text.hpp"

#include <fmt/format.h>

#include "base/utf8.hpp"

namespace base {

std::string in_guillemets(std::string_view text) {
  return fmt::format("« {} »", text);
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
  std::size_t cut = std::string_view::npos;
  utf8::for_each_code_point(text, [&](const utf8::Sequence& sequence) {
    if (++characters > max_characters) cut = sequence.offset;
    return cut == std::string_view::npos;
  });
  if (cut != std::string_view::npos) return std::string(text.substr(0, cut)) + "…";
  return std::string(text) + (cut_line ? "…" : "");
}

}  // namespace base
