// Plain geometry for layout. Units are PostScript points (1/72 in); the origin
// is the top-left corner of the page and y grows downwards (src/pdf flips it).
#pragma once

#include <optional>
#include <string_view>

namespace typeset {

struct Point {
  double x = 0;
  double y = 0;
};

struct Rect {
  double x = 0;  // left
  double y = 0;  // top
  double width = 0;
  double height = 0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

// sRGB colour, components in 0..1.
struct Color {
  double r = 0;
  double g = 0;
  double b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

// "#1f4e79" or "1f4e79" → Color.
std::optional<Color> parse_color(std::string_view text);

}  // namespace typeset
