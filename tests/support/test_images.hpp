// Small PNG and JPEG files made by the tests themselves (libpng, libjpeg), so
// that every kind of image a user may name — transparent, grey, 16-bit, CMYK,
// damaged — is tested without committing pictures we do not own.
#pragma once

#include <jpeglib.h>
#include <png.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace test_support {

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};

// A `width` × `height` PNG; each pixel from `pixel(x, y)`. `format` is one of
// libpng's simplified formats (PNG_FORMAT_RGBA, PNG_FORMAT_RGB, PNG_FORMAT_GRAY…).
template <typename PixelFn>
bool write_png(const std::string& path, int width, int height, PixelFn pixel,
               png_uint_32 format = PNG_FORMAT_RGBA) {
  std::vector<std::uint8_t> rgba;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const Rgba p = pixel(x, y);
      rgba.insert(rgba.end(), {p.r, p.g, p.b, p.a});
    }
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = PNG_FORMAT_RGBA;
  // libpng converts the RGBA buffer to the file's format when they differ:
  // write RGBA, read back in `format`, write again.
  if (format == PNG_FORMAT_RGBA) {
    return png_image_write_to_file(&image, path.c_str(), 0, rgba.data(), 0, nullptr) != 0;
  }
  png_alloc_size_t size = 0;
  if (png_image_write_to_memory(&image, nullptr, &size, 0, rgba.data(), 0, nullptr) == 0) {
    return false;
  }
  std::vector<std::uint8_t> encoded(size);
  if (png_image_write_to_memory(&image, encoded.data(), &size, 0, rgba.data(), 0, nullptr) == 0) {
    return false;
  }
  png_image reread{};
  reread.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_memory(&reread, encoded.data(), size) == 0) return false;
  reread.format = format;
  std::vector<std::uint8_t> converted(PNG_IMAGE_SIZE(reread));
  if (png_image_finish_read(&reread, nullptr, converted.data(), 0, nullptr) == 0) return false;
  return png_image_write_to_file(&reread, path.c_str(), 0, converted.data(), 0, nullptr) != 0;
}

// A JPEG of one colour: RGB (3 components), grey (1) or CMYK (4).
inline bool write_jpeg(const std::string& path, int width, int height, int components) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return false;
  jpeg_compress_struct info;
  jpeg_error_mgr error;
  info.err = jpeg_std_error(&error);
  jpeg_create_compress(&info);
  jpeg_stdio_dest(&info, file);
  info.image_width = static_cast<JDIMENSION>(width);
  info.image_height = static_cast<JDIMENSION>(height);
  info.input_components = components;
  info.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, 90, TRUE);
  jpeg_start_compress(&info, TRUE);
  std::vector<JSAMPLE> row(static_cast<std::size_t>(width * components));
  for (std::size_t i = 0; i < row.size(); ++i) row[i] = static_cast<JSAMPLE>(i % components * 60);
  while (info.next_scanline < info.image_height) {
    JSAMPROW rows[] = {row.data()};
    jpeg_write_scanlines(&info, rows, 1);
  }
  jpeg_finish_compress(&info);
  jpeg_destroy_compress(&info);
  std::fclose(file);
  return true;
}

}  // namespace test_support
