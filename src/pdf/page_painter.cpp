#include "pdf/page_painter.hpp"

#include <optional>

#include "pdf/embedded_fonts.hpp"
#include "pdf/embedded_images.hpp"

namespace pdf {
namespace {

auto real(double value) {
  return static_cast<HPDF_REAL>(value);
}

// The graphics state already set on the page, so that a page of many runs in
// one face and colour does not repeat the same operators.
struct PaintState {
  PaintColors colors = PaintColors::srgb;
  std::optional<typeset::Color> fill;
  std::optional<typeset::Color> stroke;
  std::optional<double> line_width;
  HPDF_Font font = nullptr;
  double font_size = 0;
};

void set_fill(HPDF_Page page, PaintState& state, const typeset::Color& color) {
  if (state.fill == color) return;
  if (state.colors == PaintColors::device_cmyk) {
    const typeset::Cmyk ink = typeset::print_cmyk(color);
    HPDF_Page_SetCMYKFill(page, real(ink.c), real(ink.m), real(ink.y), real(ink.k));
  } else {
    HPDF_Page_SetRGBFill(page, real(color.r), real(color.g), real(color.b));
  }
  state.fill = color;
}

void set_stroke(HPDF_Page page, PaintState& state, const typeset::Color& color) {
  if (state.stroke == color) return;
  if (state.colors == PaintColors::device_cmyk) {
    const typeset::Cmyk ink = typeset::print_cmyk(color);
    HPDF_Page_SetCMYKStroke(page, real(ink.c), real(ink.m), real(ink.y), real(ink.k));
  } else {
    HPDF_Page_SetRGBStroke(page, real(color.r), real(color.g), real(color.b));
  }
  state.stroke = color;
}

void paint_fills(HPDF_Page page, const typeset::PageBox& box, PaintState& state) {
  for (const typeset::FillBox& fill : box.fills) {
    set_fill(page, state, fill.color);
    HPDF_Page_Rectangle(page, real(fill.rect.x), real(pdf_y(fill.rect.bottom(), box.height)),
                        real(fill.rect.width), real(fill.rect.height));
    HPDF_Page_Fill(page);
  }
}

void paint_images(HPDF_Page page, const typeset::PageBox& box, const EmbeddedImages& images) {
  for (const typeset::ImageBox& image : box.images) {
    HPDF_Image loaded = images.image(image);
    if (loaded == nullptr) continue;  // reported when it was loaded
    HPDF_Page_DrawImage(page, loaded, real(image.rect.x),
                        real(pdf_y(image.rect.bottom(), box.height)), real(image.rect.width),
                        real(image.rect.height));
  }
}

void paint_rules(HPDF_Page page, const typeset::PageBox& box, PaintState& state) {
  for (const typeset::RuleBox& rule : box.rules) {
    set_stroke(page, state, rule.color);
    if (state.line_width != rule.thickness) {
      HPDF_Page_SetLineWidth(page, real(rule.thickness));
      state.line_width = rule.thickness;
    }
    HPDF_Page_MoveTo(page, real(rule.from.x), real(pdf_y(rule.from.y, box.height)));
    HPDF_Page_LineTo(page, real(rule.to.x), real(pdf_y(rule.to.y, box.height)));
    HPDF_Page_Stroke(page);
  }
}

// One run is one text-showing operation at its own origin: positions come
// from layout (libharu's own spacing is not used: it cannot kern or justify).
void paint_glyphs(HPDF_Page page, const typeset::PageBox& box, const EmbeddedFonts& fonts,
                  PaintState& state) {
  bool in_text = false;
  for (const typeset::GlyphRun& run : box.glyphs) {
    if (run.text.empty()) continue;
    const HPDF_Font font = fonts.font(run.face);
    if (font == nullptr) continue;  // unreachable: fonts were loaded from these runs
    if (!in_text) {
      HPDF_Page_BeginText(page);
      in_text = true;
    }
    if (state.font != font || state.font_size != run.size) {
      HPDF_Page_SetFontAndSize(page, font, real(run.size));
      state.font = font;
      state.font_size = run.size;
    }
    set_fill(page, state, run.color);
    HPDF_Page_SetTextMatrix(page, 1, 0, 0, 1, real(run.origin.x),
                            real(pdf_y(run.origin.y, box.height)));
    HPDF_Page_ShowText(page, run.text.c_str());
  }
  if (in_text) HPDF_Page_EndText(page);
}

}  // namespace

void paint_page(HPDF_Page page, const typeset::PageBox& box, const EmbeddedFonts& fonts,
                const EmbeddedImages& images, PaintColors colors) {
  PaintState state;
  state.colors = colors;
  // The trimmed page's corner, where the layout's coordinates start.
  if (box.print && box.print->outside() > 0) {
    const double outside = box.print->outside();
    HPDF_Page_Concat(page, 1, 0, 0, 1, real(outside), real(outside));
  }
  paint_fills(page, box, state);
  paint_images(page, box, images);
  paint_rules(page, box, state);
  paint_glyphs(page, box, fonts, state);
}

}  // namespace pdf
