// Previews: the first page of a PDF drawn by poppler and encoded as PNG by
// libpng — the picture shows what the PDF holds (a band's colour where the
// band is, text where the text is), at the size asked, the same bytes every
// time; a PDF poppler cannot read is said in French.
#include "pdf/preview.hpp"

#include <gtest/gtest.h>
#include <png.h>

#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

struct Picture {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgb;  // 3 bytes a pixel
  std::array<unsigned char, 3> at(int x, int y) const {
    const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 3;
    return {rgb[i], rgb[i + 1], rgb[i + 2]};
  }
};

// The PNG decoded by libpng's simplified reader, as 8-bit RGB.
Picture decoded(const std::string& png) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  Picture picture;
  if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) return picture;
  image.format = PNG_FORMAT_RGB;
  picture.width = static_cast<int>(image.width);
  picture.height = static_cast<int>(image.height);
  picture.rgb.resize(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, picture.rgb.data(), 0, nullptr)) return {};
  return picture;
}

// An A4 page: a blue band across the top, a word of text below it.
std::string band_pdf() {
  typeset::DocumentBox document;
  typeset::PageBox page;
  page.fills.push_back({{0, 0, page.width, 72}, {0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0}});
  page.glyphs.push_back(pdf_test::run_at(pdf_test::carlito_library(), typeset::FontStyle::bold, 60,
                                         200, 48, "Aperçu"));
  document.pages.push_back(page);
  document.pages.push_back(typeset::PageBox{});  // only the first page is drawn
  const pdf::RenderResult rendered = pdf::render_pdf(document, pdf_test::carlito_library(), {});
  EXPECT_TRUE(rendered.ok());
  return rendered.bytes;
}

TEST(Preview, DrawsTheFirstPageAtTheSizeAsked) {
  const pdf::PreviewResult preview = pdf::render_preview(band_pdf(), {.dpi = 96});
  ASSERT_TRUE(preview.ok());
  EXPECT_TRUE(preview.png.starts_with("\x89PNG\r\n\x1a\n"));
  // A4 at 96 dpi: 595.28 × 841.89 pt → 794 × 1123 pixels.
  EXPECT_EQ(preview.width, 794);
  EXPECT_EQ(preview.height, 1123);
  const Picture picture = decoded(preview.png);
  ASSERT_EQ(picture.width, 794);
  ASSERT_EQ(picture.height, 1123);
  // The band's colour at the top, white far below it.
  EXPECT_EQ(picture.at(400, 40), (std::array<unsigned char, 3>{0x1f, 0x4e, 0x79}));
  EXPECT_EQ(picture.at(400, 1000), (std::array<unsigned char, 3>{0xff, 0xff, 0xff}));
  // Ink where the word is: some dark pixels on its line (60 pt, baseline 200 pt).
  int dark = 0;
  for (int x = 80; x < 300; ++x) {
    for (int y = 230; y < 268; ++y) dark += picture.at(x, y)[0] < 128 ? 1 : 0;
  }
  EXPECT_GT(dark, 200);
}

TEST(Preview, SameBytesEveryTime) {
  const std::string pdf = band_pdf();
  const pdf::PreviewResult first = pdf::render_preview(pdf);
  const pdf::PreviewResult again = pdf::render_preview(pdf);
  EXPECT_TRUE(first.png == again.png);
  // No time chunk: nothing of the moment it was made.
  EXPECT_EQ(first.png.find("tIME"), std::string::npos);
}

TEST(Preview, APdfPopplerCannotReadIsSaidInFrench) {
  const pdf::PreviewResult preview =
      pdf::render_preview("%PDF-1.4 ceci n'est pas un PDF", {}, "out/x.pdf");
  EXPECT_FALSE(preview.ok());
  EXPECT_TRUE(preview.png.empty());
  ASSERT_EQ(preview.diagnostics.items().size(), 1u);
  EXPECT_EQ(base::format_diagnostic(preview.diagnostics.items()[0]),
            "out/x.pdf: error: impossible de faire l'aperçu : poppler ne peut pas lire le PDF");
}

}  // namespace
