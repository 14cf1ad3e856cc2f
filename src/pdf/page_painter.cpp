#include "pdf/page_painter.hpp"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <string>

#include "base/utf8.hpp"
#include "pdf/content_tags.hpp"
#include "pdf/embedded_fonts.hpp"
#include "pdf/embedded_images.hpp"

namespace pdf {
namespace {

auto real(double value) {
  return static_cast<HPDF_REAL>(value);
}

// Text placed and shown by writing the operators into the page's content
// stream, byte for byte as libharu writes them: HPDF_Page_SetTextMatrix and
// HPDF_Page_ShowText clear a 512-byte buffer one byte at a time and measure
// the text on every call (10 000 instructions a run, 7 % of the edition's).
// The page is in a text object with its font set (BeginText and
// SetFontAndSize stay libharu's, which track that state).
class TextOperators {
 public:
  explicit TextOperators(HPDF_Page page)
      : stream_(static_cast<HPDF_PageAttr>(page->attr)->stream) {}

  // "1 0 0 1 x y Tm", the numbers as HPDF_FToA writes them (at most five
  // decimals, no trailing zero).
  void place(HPDF_REAL x, HPDF_REAL y) {
    char buffer[64] = "1 0 0 1 ";
    char* const last = buffer + sizeof buffer - 1;
    char* at = HPDF_FToA(buffer + 8, x, last);
    *at++ = ' ';
    at = HPDF_FToA(at, y, last);
    std::memcpy(at, " Tm\n", 4);
    write(std::string_view(buffer, static_cast<std::size_t>(at + 4 - buffer)));
  }

  // "<0041…> Tj": two bytes a character, its code point (libharu's UTF-8
  // encoder; the fonts are Identity-H with a CIDToGIDMap). libharu 2.3 shows
  // the BMP only, and the character check refuses the rest before painting.
  void show(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    shown_.assign(1, '<');
    base::utf8::for_each_code_point(text, [this](const base::utf8::Sequence& character) {
      const char32_t code = character.code_point > 0xFFFF ? U' ' : character.code_point;
      for (int shift = 12; shift >= 0; shift -= 4) shown_ += kHex[(code >> shift) & 0xF];
    });
    shown_ += "> Tj\n";
    write(shown_);
  }

 private:
  void write(std::string_view bytes) {
    HPDF_Stream_Write(stream_, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                      static_cast<HPDF_UINT>(bytes.size()));
  }

  HPDF_Stream stream_;
  std::string shown_;
};

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
bool ends_with_hyphen(const std::string& text) {
  return text.ends_with('-') || text.ends_with("\u00AD") || text.ends_with("\u2010") ||
         text.ends_with("\u2011");
}

// Does a word end between `run` and `next` (the next run painted)? The
// layout draws the spaces of justified lines, French no-break and thin
// spaces and line ends as gaps between runs; a reader of the text (a screen
// reader, a copy) needs a space there. Kerning moves a run by far less.
bool word_ends_between(const typeset::GlyphRun& run, const typeset::GlyphRun& next,
                       const ContentTagger& tagger) {
  if (run.text.back() == ' ') return false;
  // Words of one text: one paragraph, or a paragraph and a link in it.
  if (!tagger.same_text(run.element, next.element)) return false;
  const double line_gap = 0.5 * run.size;
  if (std::abs(next.origin.y - run.origin.y) < line_gap) {
    return next.origin.x - (run.origin.x + run.width) > 0.08 * run.size;
  }
  // The next line, unless a hyphen joins the two.
  return next.origin.y > run.origin.y && !ends_with_hyphen(run.text);
}

// Runs of one element in a row share one marked-content sequence; a
// sequence holds whole text objects. Tagged, a run followed by a gap that
// separates words shows a space at its end (no ink, so nothing moves).
void paint_glyphs(HPDF_Page page, const typeset::PageBox& box, const EmbeddedFonts& fonts,
                  PaintState& state, ContentTagger* tagger) {
  bool in_text = false;
  TextOperators text(page);
  std::string shown;
  std::map<int, std::size_t> last_of_element;  // the index of each element's last run
  for (std::size_t index = 0; tagger != nullptr && index < box.glyphs.size(); ++index) {
    last_of_element[box.glyphs[index].element] = index;
  }
  for (std::size_t index = 0; index < box.glyphs.size(); ++index) {
    const typeset::GlyphRun& run = box.glyphs[index];
    if (run.text.empty()) continue;
    const HPDF_Font font = fonts.font(run.face);
    if (font == nullptr) continue;  // unreachable: fonts were loaded from these runs
    if (tagger != nullptr && (!tagger->is_open() || tagger->open_element() != run.element)) {
      if (in_text) HPDF_Page_EndText(page);
      in_text = false;
      tagger->open(run.element);
    }
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
    text.place(real(run.origin.x), real(pdf_y(run.origin.y, box.height)));
    shown = run.text;
    if (tagger != nullptr) {
      std::size_t next = index + 1;
      while (next < box.glyphs.size() && box.glyphs[next].text.empty()) ++next;
      const bool ends_word =
          (next < box.glyphs.size() && word_ends_between(run, box.glyphs[next], *tagger)) ||
          (last_of_element[run.element] == index && tagger->continues(run.element) &&
           !ends_with_hyphen(run.text));
      if (ends_word && fonts.shows_space(run.face)) shown += ' ';
    }
    text.show(shown);
  }
  if (in_text) HPDF_Page_EndText(page);
  if (tagger != nullptr) tagger->close();
}

}  // namespace

void paint_page(HPDF_Page page, const typeset::PageBox& box, const EmbeddedFonts& fonts,
                const EmbeddedImages& images, PaintColors colors, ContentTagger* tagger) {
  PaintState state;
  state.colors = colors;
  // The trimmed page's corner, where the layout's coordinates start.
  if (box.print && box.print->outside() > 0) {
    const double outside = box.print->outside();
    HPDF_Page_Concat(page, 1, 0, 0, 1, real(outside), real(outside));
  }
  // Bands, shading, rules and images are the page's furniture: artifacts.
  const bool decoration = !box.fills.empty() || !box.images.empty() || !box.rules.empty();
  if (tagger != nullptr && decoration) tagger->open(typeset::kArtifact);
  paint_fills(page, box, state);
  paint_images(page, box, images);
  paint_rules(page, box, state);
  if (tagger != nullptr) tagger->close();
  paint_glyphs(page, box, fonts, state, tagger);
}

}  // namespace pdf
