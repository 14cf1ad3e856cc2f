#include "typeset/template_values.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace typeset {

namespace {

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> result;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) result.push_back(text.substr(start, i - start));
  }
  return result;
}

// The number at the start of `text` and what follows it.
std::optional<std::pair<double, std::string_view>> leading_number(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end == text.data() || !std::isfinite(value)) return std::nullopt;
  return std::pair{value, text.substr(static_cast<std::size_t>(end - text.data()))};
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  auto number = leading_number(text);
  if (!number || !number->second.empty()) return std::nullopt;
  return number->first;
}

std::optional<Cmyk> parse_cmyk(std::string_view text) {
  const std::vector<std::string_view> inks = words(text);
  if (inks.size() != 4) return std::nullopt;
  double values[4];
  for (std::size_t i = 0; i < 4; ++i) {
    std::string_view ink = inks[i];
    if (ink.ends_with('%')) ink.remove_suffix(1);
    const std::optional<double> percent = parse_number(ink);
    if (!percent || *percent < 0 || *percent > 100) return std::nullopt;
    values[i] = *percent / 100;
  }
  return Cmyk{values[0], values[1], values[2], values[3]};
}

std::optional<double> parse_length(std::string_view text) {
  auto number = leading_number(text);
  if (!number || number->first < 0) return std::nullopt;
  const auto [value, unit] = *number;
  if (unit.empty() || unit == "pt") return value;
  if (unit == "mm") return value * 72 / 25.4;
  if (unit == "cm") return value * 72 / 2.54;
  if (unit == "in") return value * 72;
  return std::nullopt;
}

std::optional<int> parse_count(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

std::optional<bool> parse_boolean(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return std::nullopt;
}

std::optional<Insets> parse_insets(std::string_view text) {
  std::vector<double> values;
  for (std::string_view word : words(text)) {
    auto length = parse_length(word);
    if (!length) return std::nullopt;
    values.push_back(*length);
  }
  switch (values.size()) {
    case 1:
      return Insets{values[0], values[0], values[0], values[0]};
    case 2:
      return Insets{values[0], values[1], values[0], values[1]};
    case 3:
      return Insets{values[0], values[1], values[2], values[1]};
    case 4:
      return Insets{values[0], values[1], values[2], values[3]};
    default:
      return std::nullopt;
  }
}

std::optional<std::vector<ColumnWidth>> parse_columns(std::string_view text) {
  std::vector<ColumnWidth> columns;
  for (std::string_view word : words(text)) {
    if (word.back() == '*') {
      double share = 1;
      if (word.size() > 1) {
        auto value = parse_number(word.substr(0, word.size() - 1));
        if (!value || *value <= 0) return std::nullopt;
        share = *value;
      }
      columns.push_back({ColumnWidth::Unit::fill, share});
    } else if (word.back() == '%') {
      auto value = parse_number(word.substr(0, word.size() - 1));
      if (!value || *value <= 0 || *value > 100) return std::nullopt;
      columns.push_back({ColumnWidth::Unit::percent, *value});
    } else {
      auto value = parse_length(word);
      if (!value) return std::nullopt;
      columns.push_back({ColumnWidth::Unit::points, *value});
    }
  }
  if (columns.empty()) return std::nullopt;
  return columns;
}

}  // namespace typeset
