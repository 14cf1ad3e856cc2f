// Raster images a template names (the fund's logo): their format and pixel
// size, read from the file's content with the formats' own libraries (libpng,
// libjpeg-turbo: what libharu and every viewer use), and a PNG's pixels for
// the PDF stage, which flattens transparency onto the colour behind.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace base {

enum class RasterFormat { png, jpeg };

struct RasterInfo {
  RasterFormat format = RasterFormat::png;
  int width = 0;  // pixels
  int height = 0;
  int components = 0;      // colour channels: 1 (grey), 3 (RGB), 4 (CMYK, JPEG only)
  bool has_alpha = false;  // a PNG with transparency (alpha channel or tRNS)
};

// Far above any logo; keeps a wrong file (a photo of a poster…) from filling memory.
inline constexpr std::uintmax_t kMaxRasterFileBytes = 32 * 1024 * 1024;
inline constexpr std::int64_t kMaxRasterPixels = 25'000'000;

// The file's format (told by its content, not its name) and size. nullopt
// when it is missing, not a PNG or JPEG, damaged, too large, or a CMYK JPEG;
// `problem` then says so in French, naming the file.
std::optional<RasterInfo> read_raster_info(const std::string& path, std::string& problem);

// 8-bit RGBA, row after row, top row first (alpha not premultiplied).
struct RgbaPixels {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;
};

// A PNG's pixels, whatever its colour type and depth (palette, grey, 16 bits
// and tRNS transparency are converted). nullopt with `problem` as above.
std::optional<RgbaPixels> decode_png(const std::string& path, std::string& problem);

}  // namespace base
