#include "pdf/embedded_images.hpp"

#include <fmt/format.h>

#include <cmath>

#include "base/raster_image.hpp"
#include "pdf/haru_document.hpp"

namespace pdf {

namespace {

std::string key_of(const typeset::ImageBox& box) {
  return fmt::format("{}\n{:.5f} {:.5f} {:.5f}", box.path, box.background.r, box.background.g,
                     box.background.b);
}

HPDF_Image load_png(HaruDocument& pdf, const typeset::ImageBox& box, std::string& problem) {
  const std::optional<base::RgbaPixels> pixels = base::decode_png(box.path, problem);
  if (!pixels) return nullptr;
  const std::vector<unsigned char> rgb = flatten_onto(pixels->rgba, box.background);
  return HPDF_LoadRawImageFromMem(pdf.get(), rgb.data(), static_cast<HPDF_UINT>(pixels->width),
                                  static_cast<HPDF_UINT>(pixels->height), HPDF_CS_DEVICE_RGB, 8);
}

HPDF_Image load_image(HaruDocument& pdf, const typeset::ImageBox& box, std::string& problem) {
  const std::optional<base::RasterInfo> info = base::read_raster_info(box.path, problem);
  if (!info) return nullptr;
  HPDF_Image image = info->format == base::RasterFormat::png
                         ? load_png(pdf, box, problem)
                         : HPDF_LoadJpegImageFromFile(pdf.get(), box.path.c_str());
  if (image == nullptr && problem.empty()) {
    problem = fmt::format(
        "impossible d'inclure l'image « {} » dans le PDF (format que la "
        "bibliothèque PDF ne lit pas : enregistrez-la à nouveau en PNG)",
        box.path);
  }
  return image;
}

}  // namespace

std::vector<unsigned char> flatten_onto(const std::vector<unsigned char>& rgba,
                                        const typeset::Color& background) {
  const double behind[3] = {background.r * 255, background.g * 255, background.b * 255};
  std::vector<unsigned char> rgb;
  rgb.reserve(rgba.size() / 4 * 3);
  for (std::size_t i = 0; i + 3 < rgba.size(); i += 4) {
    const double alpha = rgba[i + 3] / 255.0;
    for (int channel = 0; channel < 3; ++channel) {
      const double value = rgba[i + channel] * alpha + behind[channel] * (1 - alpha);
      rgb.push_back(static_cast<unsigned char>(std::lround(value)));
    }
  }
  return rgb;
}

void EmbeddedImages::load(HaruDocument& pdf, const typeset::DocumentBox& document,
                          std::vector<std::string>& problems) {
  for (const typeset::PageBox& page : document.pages) {
    for (const typeset::ImageBox& box : page.images) {
      const std::string key = key_of(box);
      if (by_key_.count(key) != 0) continue;
      std::string problem;
      HPDF_Image image = load_image(pdf, box, problem);
      if (image == nullptr) {
        pdf.reset_error();
        problems.push_back(std::move(problem));
      }
      by_key_[key] = image;
    }
  }
}

HPDF_Image EmbeddedImages::image(const typeset::ImageBox& box) const {
  const auto found = by_key_.find(key_of(box));
  return found == by_key_.end() ? nullptr : found->second;
}

}  // namespace pdf
