// Checks of an element's shape against the format: which attributes and child
// elements it may have, and how many. Problems go to the source's diagnostics.
#pragma once

#include <climits>
#include <optional>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/xml_scan.hpp"
#include "base/xml_source.hpp"

namespace base {

// Reports attributes not in `allowed` (with « vouliez-vous dire … ? ») and
// attributes written twice. Namespace declarations (xmlns, xsi:…) are allowed.
void check_attributes(XmlSource& source, pugi::xml_node element,
                      std::span<const std::string_view> allowed);

// The attribute's value, or nullopt after reporting it missing.
std::optional<std::string_view> required_attribute(XmlSource& source, pugi::xml_node element,
                                                   std::string_view name);

// The index in `values` of the attribute's value; nullopt when absent (not
// reported) or not one of them (reported, with a suggestion).
std::optional<std::size_t> choice_attribute(XmlSource& source, pugi::xml_node element,
                                            std::string_view name,
                                            std::span<const std::string_view> values);

struct ChildRule {
  std::string_view name;
  int min = 0;
  int max = INT_MAX;
};

// The children of an element that holds only elements, in order, keeping those
// the rules allow. Reports unknown or misplaced elements, text, children out of
// the rules' order, an element beyond its maximum count, and required elements
// that are missing.
std::vector<pugi::xml_node> checked_children(XmlSource& source, pugi::xml_node element,
                                             std::span<const ChildRule> rules);

// Reports `element`, which may not appear inside `parent`: an unknown name
// (with a suggestion among `allowed`), an element of the source's vocabulary
// in the wrong place, or a habit the vocabulary has a hint for.
void report_unexpected_element(XmlSource& source, pugi::xml_node element, pugi::xml_node parent,
                               std::span<const std::string_view> allowed);

// Reports text written directly inside `parent` (where only elements go) when
// it is more than white space.
void report_stray_text(XmlSource& source, pugi::xml_node text, pugi::xml_node parent);

bool is_blank(std::string_view text);

// Reports entities XML does not know (&nbsp; copied from HTML) and '&' that
// should have been written &amp;.
void report_entity_problems(XmlSource& source, const DecodedText& text);

}  // namespace base
