#include "typeset/geometry.hpp"

#include <algorithm>
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

Cmyk derived_cmyk(const Color& color) {
  const double k = 1 - std::max({color.r, color.g, color.b});
  if (k >= 1 - 1e-9) return {0, 0, 0, 1};
  const auto ink = [k](double component) {
    return std::clamp((1 - component - k) / (1 - k), 0.0, 1.0);
  };
  return {ink(color.r), ink(color.g), ink(color.b), k};
}

Cmyk print_cmyk(const Color& color) {
  return color.cmyk ? *color.cmyk : derived_cmyk(color);
}

Color registration_color() {
  return {0, 0, 0, Cmyk{1, 1, 1, 1}};
}

}  // namespace typeset
