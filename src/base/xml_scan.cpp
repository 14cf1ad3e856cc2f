#include "base/xml_scan.hpp"

#include <algorithm>
#include <charconv>

#include "base/utf8.hpp"

namespace base {

namespace {
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_name_char(char c) {
  return !is_space(c) && c != '=' && c != '/' && c != '>' && c != '<' && c != '"' && c != '\'';
}

// What may stand between '&' and ';': a name, "#digits" or "#xhex".
bool is_entity_name(std::string_view body) {
  if (body.empty() || body.size() > 32) return false;
  const auto alphanumeric = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (body[0] == '#') {
    return body.size() > 1 && std::all_of(body.begin() + 1, body.end(), alphanumeric);
  }
  return alphanumeric(body[0]) && std::all_of(body.begin(), body.end(), [&](char c) {
           return alphanumeric(c) || c == '.' || c == '-' || c == '_';
         });
}

// The replacement of the entity body between '&' and ';', or nullopt.
std::optional<std::string> decode_entity(std::string_view body) {
  if (body == "amp") return "&";
  if (body == "lt") return "<";
  if (body == "gt") return ">";
  if (body == "quot") return "\"";
  if (body == "apos") return "'";
  if (body.size() < 2 || body[0] != '#') return std::nullopt;
  const bool hex = body[1] == 'x';
  std::string_view digits = body.substr(hex ? 2 : 1);
  unsigned long code_point = 0;
  auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), code_point, hex ? 16 : 10);
  if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
      code_point == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return std::nullopt;
  }
  std::string out;
  utf8::append(out, static_cast<char32_t>(code_point));
  return out;
}

void skip_past(std::string_view xml, std::size_t& i, std::string_view terminator) {
  const std::size_t found = xml.find(terminator, i);
  i = found == std::string_view::npos ? xml.size() : found + terminator.size();
}

// Moves `i` past the end of the tag whose attributes start at `i`, honouring quotes.
// Returns true for an empty-element tag ("/>").
bool skip_tag(std::string_view xml, std::size_t& i) {
  char quote = 0;
  for (; i < xml.size(); ++i) {
    const char c = xml[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      ++i;
      return i >= 2 && xml[i - 2] == '/';
    }
  }
  return false;
}
}  // namespace

std::string_view name_at(std::string_view xml, std::size_t offset) {
  std::size_t end = offset;
  while (end < xml.size() && is_name_char(xml[end])) ++end;
  return offset < xml.size() ? xml.substr(offset, end - offset) : std::string_view();
}

std::vector<RawAttribute> scan_start_tag(std::string_view xml, std::size_t name_offset) {
  std::vector<RawAttribute> attributes;
  std::size_t i = name_offset + name_at(xml, name_offset).size();
  while (i < xml.size()) {
    while (i < xml.size() && is_space(xml[i])) ++i;
    if (i >= xml.size() || xml[i] == '>' || xml[i] == '/') break;
    const std::string_view name = name_at(xml, i);
    if (name.empty()) break;  // malformed: pugixml would have refused it
    const std::size_t name_offset_in_tag = i;
    i += name.size();
    while (i < xml.size() && (is_space(xml[i]) || xml[i] == '=')) ++i;
    if (i >= xml.size() || (xml[i] != '"' && xml[i] != '\'')) break;
    const std::size_t closing = xml.find(xml[i], i + 1);
    if (closing == std::string_view::npos) break;
    attributes.push_back({name, name_offset_in_tag, i + 1, closing});
    i = closing + 1;
  }
  return attributes;
}

DecodedText decode_text(std::string_view xml, std::size_t offset) {
  const std::size_t end = std::min(xml.find('<', offset), xml.size());
  return decode_range(xml, offset, end);
}

DecodedText decode_range(std::string_view xml, std::size_t begin, std::size_t end) {
  DecodedText decoded;
  std::size_t i = begin;
  end = std::min(end, xml.size());
  while (i < end) {
    if (xml[i] == '&') {
      const std::size_t semicolon = xml.find_first_of(";<", i + 1);
      const std::string_view body =
          semicolon < end && xml[semicolon] == ';' ? xml.substr(i + 1, semicolon - i - 1) : "";
      if (is_entity_name(body)) {
        if (auto replacement = decode_entity(body)) {
          decoded.text += *replacement;
          decoded.offsets.insert(decoded.offsets.end(), replacement->size(), i);
        } else {
          decoded.unknown_entities.emplace_back(std::string(body), i);
        }
        i = semicolon + 1;
        continue;
      }
      decoded.bare_ampersands.push_back(i);
    }
    decoded.text += xml[i];
    decoded.offsets.push_back(i);
    ++i;
  }
  return decoded;
}

DecodedText decode_cdata(std::string_view xml, std::size_t offset) {
  DecodedText decoded;
  std::size_t end = xml.find("]]>", offset);
  if (end == std::string_view::npos) end = xml.size();
  for (std::size_t i = offset; i < end; ++i) {
    decoded.text += xml[i];
    decoded.offsets.push_back(i);
  }
  return decoded;
}

std::optional<OpenElement> innermost_open_element(std::string_view xml, std::size_t end) {
  std::vector<OpenElement> open;
  std::size_t i = 0;
  end = std::min(end, xml.size());
  while (i < end) {
    const std::size_t tag = xml.find('<', i);
    if (tag == std::string_view::npos || tag >= end) break;
    const std::string_view rest = xml.substr(tag);
    i = tag + 1;
    if (rest.starts_with("<!--")) {
      skip_past(xml, i, "-->");
    } else if (rest.starts_with("<![CDATA[")) {
      skip_past(xml, i, "]]>");
    } else if (rest.starts_with("<?")) {
      skip_past(xml, i, "?>");
    } else if (rest.starts_with("<!")) {
      skip_past(xml, i, ">");
    } else if (rest.starts_with("</")) {
      if (!open.empty()) open.pop_back();
      skip_past(xml, i, ">");
    } else {
      const std::string_view name = name_at(xml, tag + 1);
      i = tag + 1 + name.size();
      if (!skip_tag(xml, i) && i <= end) open.push_back({name, tag});
    }
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

}  // namespace base
