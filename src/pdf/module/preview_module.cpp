// The preview module: poppler draws the page, libpng encodes it. Loaded on
// first use (base/program_module.hpp) so that runs without previews never
// load poppler and the libraries it brings.
#include "pdf/preview_module.hpp"

#include <png.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace pdf {

namespace {

// poppler keeps global state (its parameters, the font scanner): one preview
// at a time, whatever the number of threads producing flyers.
std::mutex& poppler_mutex() {
  static std::mutex mutex;
  return mutex;
}

// poppler's own messages go nowhere: a failure is reported by its result.
void ignore_poppler_message(const std::string&, void*) {}

// libpng's way out of an error is a longjmp; the message is kept for ours.
struct PngWriter {
  std::string bytes;
  std::string error;
};

void append_png_data(png_structp png, png_bytep data, png_size_t length) {
  auto* writer = static_cast<PngWriter*>(png_get_io_ptr(png));
  writer->bytes.append(reinterpret_cast<const char*>(data), length);
}

void flush_png_data(png_structp) {}

void on_png_error(png_structp png, png_const_charp message) {
  auto* writer = static_cast<PngWriter*>(png_get_error_ptr(png));
  writer->error = message;
  png_longjmp(png, 1);
}

void on_png_warning(png_structp, png_const_charp) {}

// RGB rows to PNG: 8 bits per channel, no interlacing, no time chunk.
bool encode_png(const std::vector<png_bytep>& rows, int width, int height, PngWriter& writer) {
  png_structp png =
      png_create_write_struct(PNG_LIBPNG_VER_STRING, &writer, on_png_error, on_png_warning);
  if (png == nullptr) {
    writer.error = "libpng n'a pas pu démarrer";
    return false;
  }
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    if (writer.error.empty()) writer.error = "libpng n'a pas pu démarrer";
    png_destroy_write_struct(&png, info != nullptr ? &info : nullptr);
    return false;
  }
  png_set_write_fn(png, &writer, append_png_data, flush_png_data);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  png_write_image(png, const_cast<png_bytepp>(rows.data()));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return true;
}

}  // namespace

}  // namespace pdf

extern "C" void brochure_preview_first_page(std::string_view pdf_bytes, double dpi,
                                            pdf::PreviewPicture& picture) {
  using namespace pdf;
  picture = PreviewPicture{};
  const auto fail = [&](const std::string& why) {
    picture.png.clear();
    picture.error = why;
  };
  if (pdf_bytes.empty() || pdf_bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return fail("le PDF est vide ou trop grand");
  }
  poppler::image image;
  {
    const std::lock_guard<std::mutex> lock(poppler_mutex());
    poppler::set_debug_error_function(ignore_poppler_message, nullptr);
    const std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(
        pdf_bytes.data(), static_cast<int>(pdf_bytes.size())));
    if (!document || document->is_locked()) return fail("poppler ne peut pas lire le PDF");
    if (document->pages() < 1) return fail("le PDF n'a pas de page");
    const std::unique_ptr<poppler::page> page(document->create_page(0));
    if (!page) return fail("poppler ne peut pas lire la première page");
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_hinting, false);
    renderer.set_paper_color(0xffffffff);
    renderer.set_image_format(poppler::image::format_bgr24);
    image = renderer.render_page(page.get(), dpi, dpi);
  }
  if (!image.is_valid() || image.format() != poppler::image::format_bgr24 || image.width() < 1 ||
      image.height() < 1) {
    return fail("poppler n'a pas pu dessiner la page");
  }
  // BGR rows (padded) to packed RGB rows.
  const int width = image.width();
  const int height = image.height();
  const int stride = image.bytes_per_row();
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * 3 *
                                    static_cast<std::size_t>(height));
  std::vector<png_bytep> rows(static_cast<std::size_t>(height));
  const char* data = image.const_data();
  for (int y = 0; y < height; ++y) {
    const auto* source =
        reinterpret_cast<const unsigned char*>(data + static_cast<long>(y) * stride);
    unsigned char* target = pixels.data() + static_cast<std::size_t>(y) * width * 3;
    for (int x = 0; x < width; ++x) {
      target[3 * x] = source[3 * x + 2];
      target[3 * x + 1] = source[3 * x + 1];
      target[3 * x + 2] = source[3 * x];
    }
    rows[static_cast<std::size_t>(y)] = target;
  }
  PngWriter writer;
  if (!encode_png(rows, width, height, writer)) return fail("libpng : " + writer.error);
  picture.png = std::move(writer.bytes);
  picture.width = width;
  picture.height = height;
}
