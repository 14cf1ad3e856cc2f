#include "catalogue/rich_text_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include "base/element_shape.hpp"
#include "base/message_text.hpp"
#include "base/utf8.hpp"
#include "catalogue/paragraph_builder.hpp"

namespace catalogue {

using base::XmlSource;

namespace {

using base::ChildRule;
using base::decode_cdata;
using base::decode_text;
using base::DecodedText;
using base::in_guillemets;

constexpr std::array<std::string_view, 5> kInlineElements = {"em", "strong", "sup", "a", "br"};
constexpr std::array<std::string_view, 8> kRichElements = {"p",      "ul",  "ol", "em",
                                                           "strong", "sup", "a",  "br"};
constexpr std::array<ChildRule, 1> kListItems = {ChildRule{"li", 1}};
// Deep enough for any real list, shallow enough to keep the stack safe.
constexpr int kMaxNesting = 16;
constexpr int kMaxListStart = 9999;

bool is_inline(std::string_view name) {
  return std::find(kInlineElements.begin(), kInlineElements.end(), name) != kInlineElements.end();
}

std::uint8_t style_of(std::string_view name) {
  if (name == "em") return kItalic;
  if (name == "strong") return kBold;
  if (name == "sup") return kSuperscript;
  return kRegular;
}

// Decodes a text or CDATA node into `builder`, reporting entities XML does not know.
void append_text_node(XmlSource& source, ParagraphBuilder& builder, pugi::xml_node text,
                      std::uint8_t style, const std::string& link) {
  const std::ptrdiff_t offset = text.offset_debug();
  if (offset < 0) return;
  const auto start = static_cast<std::size_t>(offset);
  const DecodedText decoded = text.type() == pugi::node_cdata ? decode_cdata(source.xml(), start)
                                                              : decode_text(source.xml(), start);
  report_entity_problems(source, decoded);
  builder.append_text(decoded, style, link);
}

// A bullet or a dash typed at the start of a list item ("• Créer…", "- Créer…",
// "1. Créer…" in a numbered list): the list already draws its own, so the
// typed one would print twice ("• •"). It is taken out, with a warning.
// Returns the marker removed, or an empty string.
std::string remove_typed_marker(ListItem& item, bool ordered) {
  if (item.blocks.empty() || item.blocks.front().kind != Block::Kind::paragraph) return {};
  std::vector<TextRun>& runs = item.blocks.front().paragraph.runs;
  if (runs.empty() || runs.front().line_break) return {};
  TextRun& run = runs.front();
  const std::string_view text = run.text;
  // Drawn bullets need no space after them (U+F0A7 and U+F0B7: the Symbol
  // font's bullets, pasted from a word processor); a hyphen or an asterisk
  // does ("-5 %" and "*important*" are not markers).
  static constexpr std::string_view kBullets[] = {"•",
                                                  "◦",
                                                  "▪",
                                                  "▫",
                                                  "■",
                                                  "□",
                                                  "●",
                                                  "○",
                                                  "‣",
                                                  "⁃",
                                                  "∙",
                                                  "·",
                                                  "►",
                                                  "▸",
                                                  "➢",
                                                  "➤",
                                                  "→",
                                                  "✓",
                                                  "✔",
                                                  "\xEF\x82\xA7",
                                                  "\xEF\x82\xB7",
                                                  "–",
                                                  "—"};
  static constexpr std::string_view kSpacedMarkers[] = {"-", "*", "+", "o"};
  std::size_t length = 0;
  for (std::string_view bullet : kBullets) {
    if (text.starts_with(bullet)) {
      length = bullet.size();
      break;
    }
  }
  if (length == 0) {
    for (std::string_view marker : kSpacedMarkers) {
      if (text.starts_with(marker) && text.size() > marker.size() && text[marker.size()] == ' ') {
        length = marker.size();
        break;
      }
    }
  }
  if (length == 0 && ordered) {  // "1.", "2)"
    std::size_t digits = 0;
    while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9')
      ++digits;
    if (digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
        text[digits + 1] == ' ')
      length = digits + 1;
  }
  if (length == 0) return {};
  std::string marker(text.substr(0, length));
  std::size_t removed = length;
  while (removed < text.size() && text[removed] == ' ') ++removed;
  run.position.column += static_cast<int>(base::utf8::code_point_count(text.substr(0, removed)));
  run.text.erase(0, removed);
  if (run.text.empty()) runs.erase(runs.begin());
  return marker;
}

class RichTextReader {
 public:
  explicit RichTextReader(XmlSource& source) : source_(source) {}

  void append_inline_content(ParagraphBuilder& builder, pugi::xml_node element, std::uint8_t style,
                             const std::string& link, int depth);
  std::vector<Block> read_blocks(pugi::xml_node element, int depth);

 private:
  void append_inline_element(ParagraphBuilder& builder, pugi::xml_node element, std::uint8_t style,
                             const std::string& link, int depth);
  List read_list(pugi::xml_node element, int depth);
  bool too_deep(pugi::xml_node element, int depth);

  XmlSource& source_;
};

bool RichTextReader::too_deep(pugi::xml_node element, int depth) {
  if (depth <= kMaxNesting) return false;
  source_.error(
      source_.node_position(element),
      fmt::format("trop d'éléments imbriqués les uns dans les autres (plus de {})", kMaxNesting));
  return true;
}

void RichTextReader::append_inline_content(ParagraphBuilder& builder, pugi::xml_node element,
                                           std::uint8_t style, const std::string& link, int depth) {
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      append_text_node(source_, builder, child, style, link);
    } else if (child.type() == pugi::node_element) {
      if (is_inline(child.name())) {
        append_inline_element(builder, child, style, link, depth + 1);
      } else {
        report_unexpected_element(source_, child, element, kInlineElements);
      }
    }
  }
}

void RichTextReader::append_inline_element(ParagraphBuilder& builder, pugi::xml_node element,
                                           std::uint8_t style, const std::string& link, int depth) {
  if (too_deep(element, depth)) return;
  const std::string_view name = element.name();
  if (name == "br") {
    check_attributes(source_, element, {});
    for (pugi::xml_node child : element.children()) {
      if (child.type() == pugi::node_element) {
        report_unexpected_element(source_, child, element, {});
      } else {
        report_stray_text(source_, child, element);
      }
    }
    builder.append_line_break(source_.node_position(element));
    return;
  }
  if (name == "a") {
    constexpr std::array<std::string_view, 1> kLinkAttributes = {"href"};
    check_attributes(source_, element, kLinkAttributes);
    std::string href(required_attribute(source_, element, "href").value_or(""));
    if (href.empty() && element.attribute("href")) {
      source_.error(source_.attribute_position(element, "href"),
                    "l'adresse du lien (attribut « href ») est vide");
    }
    append_inline_content(builder, element, style, href.empty() ? link : href, depth);
    return;
  }
  check_attributes(source_, element, {});
  append_inline_content(builder, element, static_cast<std::uint8_t>(style | style_of(name)), link,
                        depth);
}

std::vector<Block> RichTextReader::read_blocks(pugi::xml_node element, int depth) {
  std::vector<Block> blocks;
  ParagraphBuilder loose(source_);
  const auto flush_loose_text = [&] {
    if (!loose.empty()) blocks.push_back(Block{Block::Kind::paragraph, loose.take(), {}});
  };
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      append_text_node(source_, loose, child, kRegular, "");
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (is_inline(name)) {
      append_inline_element(loose, child, kRegular, "", depth + 1);
    } else if (name == "p") {
      flush_loose_text();
      check_attributes(source_, child, {});
      ParagraphBuilder builder(source_);
      append_inline_content(builder, child, kRegular, "", depth + 1);
      if (!builder.empty()) {
        blocks.push_back(
            Block{Block::Kind::paragraph, builder.take(source_.node_position(child)), {}});
      }
    } else if (name == "ul" || name == "ol") {
      flush_loose_text();
      if (!too_deep(child, depth + 1)) {
        blocks.push_back(Block{Block::Kind::list, {}, read_list(child, depth + 1)});
      }
    } else {
      report_unexpected_element(source_, child, element, kRichElements);
    }
  }
  flush_loose_text();
  return blocks;
}

List RichTextReader::read_list(pugi::xml_node element, int depth) {
  List list;
  list.ordered = std::string_view(element.name()) == "ol";
  list.position = source_.node_position(element);
  constexpr std::array<std::string_view, 1> kOrderedListAttributes = {"start"};
  check_attributes(source_, element,
                   list.ordered ? std::span<const std::string_view>(kOrderedListAttributes)
                                : std::span<const std::string_view>());
  if (const pugi::xml_attribute start = element.attribute("start"); start && list.ordered) {
    const std::string_view text = start.value();
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0 ||
        value > kMaxListStart) {
      source_.error(source_.attribute_position(element, "start"),
                    fmt::format("le numéro de départ {} de la liste doit être un nombre entier "
                                "entre 0 et {}",
                                in_guillemets(text), kMaxListStart));
    } else {
      list.start = value;
    }
  }
  for (pugi::xml_node item_element : checked_children(source_, element, kListItems)) {
    check_attributes(source_, item_element, {});
    ListItem item{read_blocks(item_element, depth), source_.node_position(item_element)};
    if (item.blocks.empty()) {
      source_.error(item.position, "l'élément <li> est vide");
      continue;
    }
    const base::SourcePosition marker_position =
        item.blocks.front().kind == Block::Kind::paragraph &&
                !item.blocks.front().paragraph.runs.empty()
            ? item.blocks.front().paragraph.runs.front().position
            : item.position;
    if (const std::string marker = remove_typed_marker(item, list.ordered); !marker.empty()) {
      source_.warning(marker_position,
                      fmt::format("{} tapé au début de l'élément de liste est retiré : la liste "
                                  "{} déjà",
                                  in_guillemets(marker),
                                  list.ordered ? "numérote ses éléments" : "dessine ses puces"));
    }
    list.items.push_back(std::move(item));
  }
  return list;
}
}  // namespace

Paragraph read_paragraph(XmlSource& source, pugi::xml_node element) {
  ParagraphBuilder builder(source);
  RichTextReader(source).append_inline_content(builder, element, kRegular, "", 0);
  return builder.take(source.node_position(element));
}

RichText read_rich_text(XmlSource& source, pugi::xml_node element) {
  return RichText{RichTextReader(source).read_blocks(element, 0)};
}

Paragraph read_title_text(XmlSource& source, pugi::xml_node element) {
  static constexpr std::array<std::string_view, 1> kTitleElements = {"sup"};
  ParagraphBuilder builder(source);
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      append_text_node(source, builder, child, kRegular, "");
    } else if (child.type() == pugi::node_element) {
      if (std::string_view(child.name()) != "sup") {
        report_unexpected_element(source, child, element, kTitleElements);
        continue;
      }
      check_attributes(source, child, {});
      for (pugi::xml_node text : child.children()) {
        if (text.type() == pugi::node_pcdata || text.type() == pugi::node_cdata) {
          append_text_node(source, builder, text, kSuperscript, "");
        } else if (text.type() == pugi::node_element) {
          report_unexpected_element(source, text, child, {});
        }
      }
    }
  }
  return builder.take(source.node_position(element));
}

std::string read_plain_text(XmlSource& source, pugi::xml_node element) {
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_element) report_unexpected_element(source, child, element, {});
  }
  ParagraphBuilder builder(source);
  for (pugi::xml_node child : element.children()) {
    if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
    append_text_node(source, builder, child, kRegular, "");
  }
  return plain_text(builder.take());
}

}  // namespace catalogue
