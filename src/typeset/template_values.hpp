// Reading the values of template attributes: lengths with units, colours,
// booleans, numbers, insets and column widths. Each returns nullopt for a bad
// value; the caller reports it where it was written.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "typeset/geometry.hpp"
#include "typeset/styles.hpp"

namespace typeset {

// "12", "12pt", "4.5mm", "1cm", "0.5in" → points.
std::optional<double> parse_length(std::string_view text);
// "12.5" → 12.5 (no unit).
std::optional<double> parse_number(std::string_view text);
std::optional<int> parse_count(std::string_view text);     // 0, 1, 2 …
std::optional<bool> parse_boolean(std::string_view text);  // true | false
// One to four lengths, as in CSS: "4", "3 6", "3 6 4", "3 6 4 6".
std::optional<Insets> parse_insets(std::string_view text);
// "100 60 0 40" (or with %): cyan, magenta, yellow and black ink in percent,
// 0 to 100 each.
std::optional<Cmyk> parse_cmyk(std::string_view text);
// Space-separated: "120pt 30% * 2*".
std::optional<std::vector<ColumnWidth>> parse_columns(std::string_view text);

}  // namespace typeset
