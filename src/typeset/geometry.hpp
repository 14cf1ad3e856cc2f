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

// A colour as a press prints it: cyan, magenta, yellow and black ink, each
// in 0..1 (100 % = 1).
struct Cmyk {
  double c = 0;
  double m = 0;
  double y = 0;
  double k = 0;
  friend bool operator==(const Cmyk&, const Cmyk&) = default;
};

// sRGB colour, components in 0..1, with the CMYK value the template gives for
// print, if any (print_cmyk() derives one otherwise).
struct Color {
  double r = 0;
  double g = 0;
  double b = 0;
  std::optional<Cmyk> cmyk = std::nullopt;
  friend bool operator==(const Color&, const Color&) = default;
};

// "#1f4e79" or "1f4e79" → Color (without a CMYK value).
std::optional<Color> parse_color(std::string_view text);

// What a colour prints as: its own CMYK value, else one derived from its sRGB
// value the simple way — black ink K = 1 - max(R, G, B), the rest from what
// black leaves — so that greys and black print on black ink alone.
Cmyk print_cmyk(const Color& color);
Cmyk derived_cmyk(const Color& color);

// Registration black: every ink at 100 %, printed on every plate (crop marks
// must show on each separation).
Color registration_color();

}  // namespace typeset
