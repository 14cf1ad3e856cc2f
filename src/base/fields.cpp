#include "base/fields.hpp"

#include <algorithm>

namespace base {

namespace {

bool is_name_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.';
}

// The length of the field name starting at `text[from]` when a '}' closes it.
std::size_t field_name_length(std::string_view text, std::size_t from) {
  std::size_t end = from;
  while (end < text.size() && is_name_character(text[end])) ++end;
  if (end == from || end >= text.size() || text[end] != '}') return 0;
  return end - from;
}

}  // namespace

std::vector<TextPiece> split_fields(std::string_view text) {
  std::vector<TextPiece> pieces;
  std::size_t literal = 0;
  std::size_t at = text.find('{');
  while (at != std::string_view::npos) {
    const std::size_t length = field_name_length(text, at + 1);
    if (length == 0) {
      at = text.find('{', at + 1);
      continue;
    }
    if (at > literal) pieces.push_back({text.substr(literal, at - literal), false});
    pieces.push_back({text.substr(at + 1, length), true});
    literal = at + length + 2;
    at = text.find('{', literal);
  }
  if (literal < text.size()) pieces.push_back({text.substr(literal), false});
  return pieces;
}

Fields::Fields(std::initializer_list<std::pair<std::string, std::string>> values) {
  for (const auto& [name, value] : values) set(name, value);
}

Fields& Fields::set(std::string name, std::string value, std::string link) {
  for (Field& field : items_) {
    if (field.name == name) {
      field.value = std::move(value);
      field.link = std::move(link);
      return *this;
    }
  }
  items_.push_back({std::move(name), std::move(value), std::move(link)});
  return *this;
}

const Field* Fields::find(std::string_view name) const {
  for (const Field& field : items_) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

Fields Fields::with(const Fields& more) const {
  Fields merged = *this;
  for (const Field& field : more.items_) merged.set(field.name, field.value, field.link);
  return merged;
}

std::string field_text(std::string_view name) {
  std::string text;
  text.reserve(name.size() + 2);
  text += '{';
  text += name;
  text += '}';
  return text;
}

std::string expand_fields(std::string_view text, const Fields& fields) {
  std::string result;
  result.reserve(text.size());
  for (const TextPiece& piece : split_fields(text)) {
    const Field* field = piece.field ? fields.find(piece.text) : nullptr;
    if (field != nullptr) {
      result += field->value;
    } else if (piece.field) {
      result += field_text(piece.text);
    } else {
      result += piece.text;
    }
  }
  return result;
}

std::vector<std::string> unknown_fields(std::string_view text,
                                        const std::vector<std::string_view>& known) {
  std::vector<std::string> unknown;
  for (const TextPiece& piece : split_fields(text)) {
    if (!piece.field) continue;
    const bool is_known = std::find(known.begin(), known.end(), piece.text) != known.end();
    const bool listed = std::find(unknown.begin(), unknown.end(), piece.text) != unknown.end();
    if (!is_known && !listed) unknown.emplace_back(piece.text);
  }
  return unknown;
}

}  // namespace base
