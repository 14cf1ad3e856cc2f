// A transparent PNG becomes an opaque image over the colour behind it (PDF/A-1
// allows no soft mask): one image per file and background, no /SMask, and on
// the page the colours a viewer would have blended.
#include <gtest/gtest.h>

#include "../support/process.hpp"
#include "../support/temp_dir.hpp"
#include "../support/test_images.hpp"
#include "base/raster_image.hpp"
#include "pdf/embedded_images.hpp"
#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace pdf {
namespace {

using test_support::Rgba;

TEST(ImageFlattening, BlendsEachPixelOntoTheBackground) {
  const std::vector<unsigned char> rgba = {255, 0,   0,   255,  // opaque red
                                           255, 0,   0,   0,    // invisible
                                           255, 255, 255, 128};
  const std::vector<unsigned char> rgb = flatten_onto(rgba, typeset::Color{0, 0, 1});
  EXPECT_EQ(rgb, (std::vector<unsigned char>{255, 0, 0, 0, 0, 255, 128, 128, 255}));
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t found = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++found;
  }
  return found;
}

TEST(ImageFlattening, ATransparentLogoOverABandAndOverThePaper) {
  test_support::TempDir dir;
  const std::string logo = (dir.path() / "logo.png").string();
  // Left half opaque red, right half half-transparent white.
  ASSERT_TRUE(test_support::write_png(logo, 20, 10, [](int x, int) {
    return x < 10 ? Rgba{255, 0, 0, 255} : Rgba{255, 255, 255, 128};
  }));
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  typeset::DocumentBox document = pdf_test::sample_document(fonts);
  typeset::PageBox& page = document.pages.front();
  const typeset::Color blue{0, 0, 1};
  page.fills.push_back({{0, 0, page.width, 100}, blue});
  page.images.push_back({{100, 20, 200, 100}, logo, blue});
  page.images.push_back({{100, 300, 200, 100}, logo, {1, 1, 1}});
  page.images.push_back({{100, 500, 200, 100}, logo, {1, 1, 1}});  // the same: embedded once
  WriteOptions plain;
  plain.compress = false;
  const RenderResult rendered = render_pdf(document, fonts, plain);
  ASSERT_TRUE(rendered.ok());
  EXPECT_EQ(pdf_test::images_in(rendered.bytes), 2u);
  EXPECT_EQ(count(rendered.bytes, "/SMask"), 0u);

  // On the page at 72 dpi: the right half over blue is (128, 128, 255), over
  // the paper plain white-ish (255).
  const std::string pdf = dir.write("logo.pdf", rendered.bytes);
  const std::string png = (dir.path() / "page").string();
  ASSERT_EQ(test_support::run_command("pdftoppm -r 72 -png -singlefile " +
                                      test_support::shell_quoted(pdf) + " " +
                                      test_support::shell_quoted(png))
                .exit_code,
            0);
  std::string problem;
  const std::optional<base::RgbaPixels> pixels = base::decode_png(png + ".png", problem);
  ASSERT_TRUE(pixels) << problem;
  const auto pixel = [&](int x, int y) {
    const std::size_t at = (static_cast<std::size_t>(y) * pixels->width + x) * 4;
    return std::array<int, 3>{pixels->rgba[at], pixels->rgba[at + 1], pixels->rgba[at + 2]};
  };
  const auto near = [](std::array<int, 3> got, std::array<int, 3> want) {
    for (int i = 0; i < 3; ++i) {
      if (std::abs(got[i] - want[i]) > 3) return false;
    }
    return true;
  };
  EXPECT_TRUE(near(pixel(150, 70), {255, 0, 0}));       // opaque half, over the band
  EXPECT_TRUE(near(pixel(250, 70), {128, 128, 255}));   // blended onto the band's blue
  EXPECT_TRUE(near(pixel(250, 350), {255, 255, 255}));  // onto the paper
}

}  // namespace
}  // namespace pdf
