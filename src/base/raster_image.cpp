#include "base/raster_image.hpp"

#include <fmt/format.h>
#include <jpeglib.h>
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/message_text.hpp"

namespace base {

namespace {

namespace fs = std::filesystem;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// The first problem a file has before its content is read: missing, a
// folder, too large. Empty when it can be opened.
std::string file_problem(const std::string& path) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (!fs::exists(status)) return fmt::format("l'image {} est introuvable", quoted_path(path));
  if (fs::is_directory(status)) {
    return fmt::format("{} est un dossier, pas une image", quoted_path(path));
  }
  const std::uintmax_t size = fs::file_size(path, error);
  if (!error && size > kMaxRasterFileBytes) {
    return fmt::format("l'image {} est trop lourde ({} Mo ; {} Mo au plus)", quoted_path(path),
                       size / (1024 * 1024), kMaxRasterFileBytes / (1024 * 1024));
  }
  return {};
}

std::string damaged(const std::string& path, std::string_view format) {
  return fmt::format(
      "l'image {} {} est abîmée ou incomplète : ouvrez-la et enregistrez-la à "
      "nouveau",
      format, quoted_path(path));
}

bool too_many_pixels(std::int64_t width, std::int64_t height, const std::string& path,
                     std::string& problem) {
  if (width * height <= kMaxRasterPixels) return false;
  problem = fmt::format(
      "l'image {} est trop grande ({} × {} pixels ; {} millions au plus) : "
      "réduisez-la, un logo n'en demande pas tant",
      quoted_path(path), width, height, kMaxRasterPixels / 1'000'000);
  return true;
}

// libjpeg reports errors by calling error_exit, which must not return.
struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
};

void jpeg_error_exit(j_common_ptr info) {
  std::longjmp(reinterpret_cast<JpegError*>(info->err)->jump, 1);
}
void jpeg_silence(j_common_ptr, int) {}

// Reads the header only; false when libjpeg finds no readable JPEG header.
// (No C++ object with a destructor lives across the setjmp.)
bool jpeg_header(std::FILE* file, int& width, int& height, int& components, bool& cmyk) {
  jpeg_decompress_struct info;
  JpegError error;
  info.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = jpeg_error_exit;
  error.manager.emit_message = jpeg_silence;
  if (setjmp(error.jump) != 0) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_stdio_src(&info, file);
  jpeg_read_header(&info, TRUE);
  width = static_cast<int>(info.image_width);
  height = static_cast<int>(info.image_height);
  components = info.num_components;
  cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
  jpeg_destroy_decompress(&info);
  return true;
}

std::optional<RasterInfo> read_jpeg_info(std::FILE* file, const std::string& path,
                                         std::string& problem) {
  RasterInfo info;
  info.format = RasterFormat::jpeg;
  bool cmyk = false;
  if (!jpeg_header(file, info.width, info.height, info.components, cmyk) || info.width <= 0 ||
      info.height <= 0) {
    problem = damaged(path, "JPEG");
    return std::nullopt;
  }
  if (cmyk || info.components == 4) {
    problem = fmt::format(
        "l'image JPEG {} est en couleurs CMJN (pour l'imprimeur) : "
        "enregistrez-la en RVB (sRGB), seules couleurs qu'un PDF archivable "
        "peut montrer telles quelles",
        quoted_path(path));
    return std::nullopt;
  }
  if (info.components != 1 && info.components != 3) {
    problem = damaged(path, "JPEG");
    return std::nullopt;
  }
  if (too_many_pixels(info.width, info.height, path, problem)) return std::nullopt;
  return info;
}

std::optional<RasterInfo> read_png_info(const std::string& path, std::string& problem) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_file(&image, path.c_str()) == 0) {
    png_image_free(&image);
    problem = damaged(path, "PNG");
    return std::nullopt;
  }
  RasterInfo info;
  info.format = RasterFormat::png;
  info.width = static_cast<int>(image.width);
  info.height = static_cast<int>(image.height);
  info.components = (image.format & PNG_FORMAT_FLAG_COLOR) != 0 ? 3 : 1;
  info.has_alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
  png_image_free(&image);
  if (info.width <= 0 || info.height <= 0) {
    problem = damaged(path, "PNG");
    return std::nullopt;
  }
  if (too_many_pixels(info.width, info.height, path, problem)) return std::nullopt;
  return info;
}

}  // namespace

std::optional<RasterInfo> read_raster_info(const std::string& path, std::string& problem) {
  problem = file_problem(path);
  if (!problem.empty()) return std::nullopt;
  File file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    problem = fmt::format("impossible de lire l'image {} (droits d'accès ?)", quoted_path(path));
    return std::nullopt;
  }
  unsigned char signature[8] = {};
  const std::size_t read = std::fread(signature, 1, sizeof signature, file.get());
  if (read == sizeof signature && png_sig_cmp(signature, 0, sizeof signature) == 0) {
    file.reset();
    return read_png_info(path, problem);
  }
  if (read >= 3 && signature[0] == 0xFF && signature[1] == 0xD8 && signature[2] == 0xFF) {
    std::rewind(file.get());
    return read_jpeg_info(file.get(), path, problem);
  }
  problem = fmt::format(
      "{} n'est pas une image PNG ni JPEG (le seul nom du fichier ne suffit "
      "pas : enregistrez-la dans l'un de ces formats)",
      quoted_path(path));
  return std::nullopt;
}

std::optional<RgbaPixels> decode_png(const std::string& path, std::string& problem) {
  const std::optional<RasterInfo> info = read_raster_info(path, problem);
  if (!info) return std::nullopt;
  if (info->format != RasterFormat::png) {
    problem = fmt::format("{} n'est pas une image PNG", quoted_path(path));
    return std::nullopt;
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  RgbaPixels pixels;
  if (png_image_begin_read_from_file(&image, path.c_str()) != 0) {
    image.format = PNG_FORMAT_RGBA;
    pixels.width = static_cast<int>(image.width);
    pixels.height = static_cast<int>(image.height);
    pixels.rgba.resize(PNG_IMAGE_SIZE(image));
    if (png_image_finish_read(&image, nullptr, pixels.rgba.data(), 0, nullptr) != 0) {
      return pixels;
    }
  }
  png_image_free(&image);
  problem = damaged(path, "PNG");
  return std::nullopt;
}

}  // namespace base
