// A value or the problems that kept it from being made — with the problems
// (warnings included) in both cases: readers return every problem of their
// input, not the first one, and never throw at the boundary (pugixml's
// xml_parse_result, Typst's SourceResult).
//
//   base::Result<Template> read = parse_template(xml, "templates/flyer.xml");
//   report(read.diagnostics);
//   if (!read.value) return 1;
#pragma once

#include <optional>

#include "base/diagnostics.hpp"

namespace base {

template <typename T>
struct Result {
  std::optional<T> value;  // set when there is no error (warnings allowed)
  Diagnostics diagnostics;

  bool ok() const { return value.has_value() && !diagnostics.has_errors(); }
};

}  // namespace base
