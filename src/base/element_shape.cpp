#include "base/element_shape.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "base/message_text.hpp"
#include "base/suggest.hpp"
#include "base/xml_scan.hpp"

namespace base {

namespace {
bool is_namespace_declaration(std::string_view name) {
  return name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xsi:");
}

std::string suggestion_suffix(std::optional<std::string> suggestion, std::string_view open,
                              std::string_view close) {
  if (!suggestion) return {};
  return fmt::format(" ; vouliez-vous dire {}{}{} ?", open, *suggestion, close);
}

bool is_white_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
}  // namespace

void report_entity_problems(XmlSource& source, const DecodedText& text) {
  for (const auto& [name, offset] : text.unknown_entities) {
    source.error(
        source.position_at(offset),
        fmt::format("l'entité &{}; n'existe pas en XML : écrivez le caractère lui-même", name));
  }
  for (std::size_t offset : text.bare_ampersands) {
    source.error(source.position_at(offset), "le caractère & doit s'écrire &amp;");
  }
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), is_white_space);
}

void check_attributes(XmlSource& source, pugi::xml_node element,
                      std::span<const std::string_view> allowed) {
  const std::ptrdiff_t name_offset = element.offset_debug();
  if (name_offset < 0) return;
  const std::vector<RawAttribute> attributes =
      scan_start_tag(source.xml(), static_cast<std::size_t>(name_offset));
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    const RawAttribute& attribute = attributes[i];
    const SourcePosition position = source.position_at(attribute.offset);
    const bool repeated =
        std::any_of(attributes.begin(), attributes.begin() + i,
                    [&](const RawAttribute& a) { return a.name == attribute.name; });
    const DecodedText value =
        decode_range(source.xml(), attribute.value_begin, attribute.value_end);
    report_entity_problems(source, value);
    if (repeated) {
      source.error(position,
                   fmt::format("l'attribut {} est écrit deux fois", in_guillemets(attribute.name)));
    } else if (!is_namespace_declaration(attribute.name) &&
               std::find(allowed.begin(), allowed.end(), attribute.name) == allowed.end()) {
      source.error(position, fmt::format("attribut inconnu {}{}", in_guillemets(attribute.name),
                                         suggestion_suffix(closest_name(attribute.name, allowed),
                                                           "« ", " »")));
    }
  }
}

std::optional<std::string_view> required_attribute(XmlSource& source, pugi::xml_node element,
                                                   std::string_view name) {
  const pugi::xml_attribute attribute = element.attribute(std::string(name).c_str());
  if (!attribute) {
    source.error(source.node_position(element), fmt::format("il manque l'attribut {} à <{}>",
                                                            in_guillemets(name), element.name()));
    return std::nullopt;
  }
  return std::string_view(attribute.value());
}

std::optional<std::size_t> choice_attribute(XmlSource& source, pugi::xml_node element,
                                            std::string_view name,
                                            std::span<const std::string_view> values) {
  const pugi::xml_attribute attribute = element.attribute(std::string(name).c_str());
  if (!attribute) return std::nullopt;
  const std::string_view value = attribute.value();
  const auto found = std::find(values.begin(), values.end(), value);
  if (found != values.end()) return static_cast<std::size_t>(found - values.begin());
  std::string message = fmt::format("la valeur {} de l'attribut {} est inconnue",
                                    in_guillemets(value), in_guillemets(name));
  if (auto suggestion = closest_name(value, values)) {
    message += fmt::format(" ; vouliez-vous dire {} ?", in_guillemets(*suggestion));
  } else {
    std::string choices;
    for (std::string_view v : values) choices += (choices.empty() ? "" : ", ") + in_guillemets(v);
    message += fmt::format(" (valeurs permises : {})", choices);
  }
  source.error(source.attribute_position(element, name), std::move(message));
  return std::nullopt;
}

void report_unexpected_element(XmlSource& source, pugi::xml_node element, pugi::xml_node parent,
                               std::span<const std::string_view> allowed) {
  const std::string_view name = element.name();
  const SourcePosition position = source.node_position(element);
  const XmlVocabulary& vocabulary = source.vocabulary();
  for (const ElementHint& hint : vocabulary.hints) {
    if (hint.name == name) {
      source.error(position, fmt::format("l'élément <{}> n'existe pas dans le format : écrivez {}",
                                         name, hint.instead));
      return;
    }
  }
  if (std::find(vocabulary.elements.begin(), vocabulary.elements.end(), name) !=
      vocabulary.elements.end()) {
    source.error(position,
                 fmt::format("l'élément <{}> n'a pas sa place dans <{}>", name, parent.name()));
    return;
  }
  source.error(position, fmt::format("élément inconnu {}{}", element_tag(name),
                                     suggestion_suffix(closest_name(name, allowed), "<", ">")));
}

void report_stray_text(XmlSource& source, pugi::xml_node text, pugi::xml_node parent) {
  const std::ptrdiff_t offset = text.offset_debug();
  if (offset < 0) return;
  const DecodedText decoded = text.type() == pugi::node_cdata
                                  ? decode_cdata(source.xml(), static_cast<std::size_t>(offset))
                                  : decode_text(source.xml(), static_cast<std::size_t>(offset));
  const auto first = std::find_if_not(decoded.text.begin(), decoded.text.end(), is_white_space);
  if (first == decoded.text.end()) return;
  const std::size_t index = static_cast<std::size_t>(first - decoded.text.begin());
  source.error(
      source.position_at(decoded.offsets[index]),
      fmt::format("texte inattendu dans <{}> : {}", parent.name(),
                  in_guillemets(excerpt(std::string_view(decoded.text).substr(index), 40))));
}

std::vector<pugi::xml_node> checked_children(XmlSource& source, pugi::xml_node element,
                                             std::span<const ChildRule> rules) {
  std::vector<std::string_view> allowed;
  for (const ChildRule& rule : rules) allowed.push_back(rule.name);
  std::vector<int> counts(rules.size(), 0);
  std::vector<pugi::xml_node> kept;
  std::size_t furthest_rule = 0;  // children come in the order of the rules
  std::string_view furthest_name;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      report_stray_text(source, child, element);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const auto rule = std::find(allowed.begin(), allowed.end(), std::string_view(child.name()));
    if (rule == allowed.end()) {
      report_unexpected_element(source, child, element, allowed);
      continue;
    }
    const std::size_t index = static_cast<std::size_t>(rule - allowed.begin());
    if (index < furthest_rule) {
      source.error(source.node_position(child),
                   fmt::format("<{}> doit venir avant <{}> dans <{}>", child.name(), furthest_name,
                               element.name()));
    } else {
      furthest_rule = index;
      furthest_name = rules[index].name;
    }
    if (++counts[index] > rules[index].max) {
      source.error(source.node_position(child),
                   rules[index].max == 1
                       ? fmt::format("<{}> ne peut contenir qu'un seul élément <{}>",
                                     element.name(), child.name())
                       : fmt::format("<{}> ne peut contenir plus de {} éléments <{}>",
                                     element.name(), rules[index].max, child.name()));
      continue;
    }
    kept.push_back(child);
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (counts[i] < rules[i].min) {
      source.error(source.node_position(element), fmt::format("il manque l'élément <{}> dans <{}>",
                                                              rules[i].name, element.name()));
    }
  }
  return kept;
}

}  // namespace base
