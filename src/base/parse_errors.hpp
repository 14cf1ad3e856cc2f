// pugixml's parse errors told in plain French, at the place they happened.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "base/diagnostics.hpp"
#include "base/source_map.hpp"

namespace base {

struct ParseError {
  SourcePosition position;
  std::string message;
};

// Explains a failed parse of the text of `map`. For a closing tag that does not
// match, names the element left open and the line where it was opened.
ParseError explain_parse_error(const pugi::xml_parse_result& result, const SourceMap& map);

}  // namespace base
