#include "base/message_text.hpp"

#include <fmt/format.h>

#include "base/utf8.hpp"

namespace base {

namespace {
constexpr std::size_t kLongestQuoted = 60;  // characters shown whole
constexpr std::size_t kShownOfLong = 40;    // characters shown of a longer one
constexpr std::size_t kLongestPath = 100;   // characters kept of a path (its end)

bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// `text` on one line, cut when long; `length` receives its length in characters.
std::string one_short_line(std::string_view text, std::size_t& length) {
  std::string shown;
  std::size_t cut = 0;  // bytes of `shown` that hold its first kShownOfLong characters
  length = 0;
  utf8::for_each_code_point(text, [&](const utf8::Sequence& sequence) {
    if (++length > kLongestQuoted) return;
    const bool plain = sequence.valid && !is_control(sequence.code_point);
    shown += plain ? text.substr(sequence.offset, sequence.length) : std::string_view(" ");
    if (length == kShownOfLong) cut = shown.size();
  });
  if (length > kLongestQuoted) {
    shown.resize(cut);
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    shown += "…";
  }
  return shown;
}

std::string tag(std::string_view opening, std::string_view name) {
  std::size_t length = 0;
  return fmt::format("{}{}>", opening, one_short_line(name, length));
}
}  // namespace

std::string in_guillemets(std::string_view text) {
  std::size_t length = 0;
  const std::string shown = one_short_line(text, length);
  if (length > kLongestQuoted) return fmt::format("« {} » ({} caractères)", shown, length);
  return fmt::format("« {} »", shown);
}

std::string shortened(std::string_view text) {
  std::size_t length = 0;
  return one_short_line(text, length);
}

std::string short_list(std::span<const std::string> items, std::size_t max_items) {
  std::string list;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i == max_items) return list + ", …";
    const std::string item = shortened(items[i]);
    const std::size_t added = (i == 0 ? 0 : 2) + utf8::code_point_count(item);
    // The first item always; the others while the list stays short (ten
    // long codes, each cut at 40, would still make a 400-character line).
    if (i > 0 && characters + added > kMaxListCharacters) return list + ", …";
    list += (i == 0 ? "" : ", ") + item;
    characters += added;
  }
  return list;
}

std::string element_tag(std::string_view name) {
  return tag("<", name);
}

std::string closing_tag(std::string_view name) {
  return tag("</", name);
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

std::string quoted_path(std::string_view path) {
  // A file name is bytes to the system: what is not UTF-8 shows as « � »,
  // control characters as spaces, so that the message stays one clean line.
  // A path of unusual length (written in a template or on the command line,
  // it may be anything) keeps its end, the file's name and nearest folders.
  const std::size_t characters = utf8::code_point_count(path);
  const std::size_t skipped = characters > kLongestPath ? characters - kLongestPath : 0;
  std::string text = skipped > 0 ? "« …" : "« ";
  std::size_t index = 0;
  utf8::for_each_code_point(path, [&](const utf8::Sequence& sequence) {
    if (index++ < skipped) return;
    if (!sequence.valid) {
      text += "\xEF\xBF\xBD";  // U+FFFD
    } else if (is_control(sequence.code_point)) {
      text += ' ';
    } else {
      text += path.substr(sequence.offset, sequence.length);
    }
  });
  return text + " »";
}

}  // namespace base
