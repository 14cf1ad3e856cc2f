#include "typeset/geometry.hpp"

#include <charconv>

namespace typeset {

std::optional<Color> parse_color(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  if (text.size() != 6) return std::nullopt;
  double parts[3];
  for (int i = 0; i < 3; ++i) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data() + 2 * i, text.data() + 2 * i + 2, value, 16);
    if (error != std::errc() || end != text.data() + 2 * i + 2) return std::nullopt;
    parts[i] = value / 255.0;
  }
  return Color{parts[0], parts[1], parts[2]};
}

}  // namespace typeset
