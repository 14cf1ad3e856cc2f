// Reads the rich text of the catalogue (rows, list items, notes, addresses)
// from XML elements into the model of rich_text.hpp, reporting markup the
// format does not allow.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "base/xml_source.hpp"
#include "catalogue/rich_text.hpp"

namespace catalogue {

// Inline content only (text, em/i, strong/b, sup, a href, br): one paragraph,
// positioned at the element.
Paragraph read_paragraph(base::XmlSource& source, pugi::xml_node element);

// Inline content and/or blocks (p, ul, ol): the content of a <row> or <li>.
// Loose inline content between blocks becomes a paragraph of its own.
RichText read_rich_text(base::XmlSource& source, pugi::xml_node element);

// A title: text, and <sup> for "9<sup>e</sup>" (nothing else: a title's
// look comes from the templates).
Paragraph read_title_text(base::XmlSource& source, pugi::xml_node element);

// Text without markup (names): white space collapsed, any child
// element reported.
std::string read_plain_text(base::XmlSource& source, pugi::xml_node element);

}  // namespace catalogue
