// Plain geometry for layout. Units are PostScript points (1/72 in); the origin
// is the top-left corner of the page and y grows downwards (src/pdf flips it).
#pragma once

#include <memory>
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

// A colour's CMYK value, if it has one, held apart from it and shared by its
// copies: a colour is copied onto every glyph run and rule of a document, and
// inline the value took 40 of a glyph run's 144 bytes, whether the template
// gives one (the print templates, for every colour) or not (the screen ones).
// Reads like a std::optional<Cmyk>.
class CmykValue {
 public:
  CmykValue() = default;
  CmykValue(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): as optional's
  CmykValue(const Cmyk& value)  // NOLINT(google-explicit-constructor): as optional's
      : value_(std::make_shared<const Cmyk>(value)) {}
  CmykValue(const std::optional<Cmyk>& value)  // NOLINT(google-explicit-constructor)
      : value_(value ? std::make_shared<const Cmyk>(*value) : nullptr) {}

  explicit operator bool() const { return value_ != nullptr; }
  const Cmyk& operator*() const { return *value_; }
  const Cmyk* operator->() const { return value_.get(); }
  std::optional<Cmyk> optional() const {
    return value_ ? std::optional<Cmyk>(*value_) : std::nullopt;
  }

  friend bool operator==(const CmykValue& a, const CmykValue& b) {
    return a.value_ == b.value_ || (a && b && *a == *b);
  }
  friend bool operator==(const CmykValue& a, const Cmyk& b) { return a && *a == b; }

 private:
  std::shared_ptr<const Cmyk> value_;
};

// sRGB colour, components in 0..1, with the CMYK value the template gives for
// print, if any (print_cmyk() derives one otherwise).
struct Color {
  double r = 0;
  double g = 0;
  double b = 0;
  CmykValue cmyk = std::nullopt;
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
