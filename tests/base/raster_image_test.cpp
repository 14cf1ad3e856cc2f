// Images named by templates: format and size read from the content, every
// colour type of PNG decoded to RGBA, and each unusable file explained.
#include "base/raster_image.hpp"

#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "../support/test_images.hpp"

namespace base {
namespace {

using test_support::Rgba;
using test_support::TempDir;

Rgba half_transparent_red(int, int) {
  return {200, 0, 0, 128};
}

TEST(RasterImage, ReadsAPngsSizeAndTransparency) {
  TempDir dir;
  const std::string path = (dir.path() / "logo.png").string();
  ASSERT_TRUE(test_support::write_png(path, 40, 20, half_transparent_red));
  std::string problem;
  const std::optional<RasterInfo> info = read_raster_info(path, problem);
  ASSERT_TRUE(info) << problem;
  EXPECT_EQ(info->format, RasterFormat::png);
  EXPECT_EQ(info->width, 40);
  EXPECT_EQ(info->height, 20);
  EXPECT_EQ(info->components, 3);
  EXPECT_TRUE(info->has_alpha);
}

TEST(RasterImage, DecodesGreyAnd16BitPngsToRgba) {
  TempDir dir;
  const std::string grey = (dir.path() / "grey.png").string();
  const std::string deep = (dir.path() / "deep.png").string();
  const auto shade = [](int x, int) { return Rgba{static_cast<std::uint8_t>(x * 50), 0, 0, 255}; };
  ASSERT_TRUE(test_support::write_png(grey, 4, 2, shade, PNG_FORMAT_GRAY));
  ASSERT_TRUE(
      test_support::write_png(deep, 4, 2, half_transparent_red, PNG_FORMAT_LINEAR_RGB_ALPHA));
  std::string problem;
  const std::optional<RgbaPixels> grey_pixels = decode_png(grey, problem);
  ASSERT_TRUE(grey_pixels) << problem;
  EXPECT_EQ(grey_pixels->rgba.size(), 4u * 2 * 4);
  EXPECT_EQ(grey_pixels->rgba[0], grey_pixels->rgba[1]);  // grey: r = g = b
  EXPECT_EQ(grey_pixels->rgba[3], 255);                   // opaque
  const std::optional<RasterInfo> deep_info = read_raster_info(deep, problem);
  ASSERT_TRUE(deep_info) << problem;
  EXPECT_TRUE(deep_info->has_alpha);
  const std::optional<RgbaPixels> deep_pixels = decode_png(deep, problem);
  ASSERT_TRUE(deep_pixels) << problem;
  EXPECT_NEAR(deep_pixels->rgba[3], 128, 1);  // alpha kept, 8 bits
  EXPECT_NEAR(deep_pixels->rgba[0], 200, 2);  // not premultiplied
}

TEST(RasterImage, ReadsAJpegsSizeWhateverItsName) {
  TempDir dir;
  const std::string path = (dir.path() / "logo.png").string();  // a JPEG named .png
  ASSERT_TRUE(test_support::write_jpeg(path, 30, 10, 3));
  std::string problem;
  const std::optional<RasterInfo> info = read_raster_info(path, problem);
  ASSERT_TRUE(info) << problem;
  EXPECT_EQ(info->format, RasterFormat::jpeg);
  EXPECT_EQ(info->width, 30);
  EXPECT_EQ(info->height, 10);
  EXPECT_EQ(info->components, 3);
  EXPECT_FALSE(info->has_alpha);
}

TEST(RasterImage, ExplainsEachFileItCannotUse) {
  TempDir dir;
  const auto problem_of = [](const std::string& path) {
    std::string problem;
    EXPECT_FALSE(read_raster_info(path, problem)) << path;
    return problem;
  };
  EXPECT_EQ(problem_of((dir.path() / "absent.png").string()),
            "l'image « " + (dir.path() / "absent.png").string() + " » est introuvable");
  EXPECT_NE(problem_of(dir.path().string()).find("est un dossier, pas une image"),
            std::string::npos);
  // A path of any length (a template may write anything) keeps its end: the
  // file's name, and the message stays short (the template fuzzer found one
  // of 364 characters).
  const std::string long_path = "dossier/" + std::string(300, 'c') + "/logo.png";
  const std::string said = problem_of(long_path);
  EXPECT_LT(said.size(), 150u) << said;
  EXPECT_NE(said.find("« …" + std::string(91, 'c') + "/logo.png » est introuvable"),
            std::string::npos)
      << said;
  const std::string text = dir.write("logo.png", "ceci n'est pas une image");
  EXPECT_NE(problem_of(text).find("n'est pas une image PNG ni JPEG"), std::string::npos);

  const std::string cmyk = (dir.path() / "cmyk.jpg").string();
  ASSERT_TRUE(test_support::write_jpeg(cmyk, 8, 8, 4));
  EXPECT_NE(problem_of(cmyk).find("est en couleurs CMJN"), std::string::npos);

  // A PNG cut short: its header reads, its pixels do not.
  const std::string whole = (dir.path() / "whole.png").string();
  ASSERT_TRUE(test_support::write_png(whole, 64, 64, [](int x, int y) {
    return Rgba{static_cast<std::uint8_t>(x * 3), static_cast<std::uint8_t>(y * 3), 7, 255};
  }));
  std::string bytes;
  {
    std::ifstream in(whole, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string cut = dir.write("cut.png", bytes.substr(0, bytes.size() / 2));
  std::string problem;
  EXPECT_FALSE(decode_png(cut, problem));
  EXPECT_EQ(problem, "l'image PNG « " + cut +
                         " » est abîmée ou incomplète : ouvrez-la et enregistrez-la à nouveau");
}

}  // namespace
}  // namespace base
