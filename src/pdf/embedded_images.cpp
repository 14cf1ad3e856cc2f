#include "pdf/embedded_images.hpp"

#include <fmt/format.h>

#include <cctype>

#include "pdf/haru_document.hpp"

namespace pdf {

namespace {

bool ends_with_any(std::string path, std::initializer_list<std::string_view> endings) {
  for (char& c : path) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view ending : endings) {
    if (path.ends_with(ending)) return true;
  }
  return false;
}

}  // namespace

void EmbeddedImages::load(HaruDocument& pdf, const typeset::DocumentBox& document,
                          std::vector<std::string>& problems) {
  for (const typeset::PageBox& page : document.pages) {
    for (const typeset::ImageBox& box : page.images) {
      if (by_path_.count(box.path) != 0) continue;
      HPDF_Image image = nullptr;
      if (ends_with_any(box.path, {".png"})) {
        image = HPDF_LoadPngImageFromFile(pdf.get(), box.path.c_str());
      } else if (ends_with_any(box.path, {".jpg", ".jpeg"})) {
        image = HPDF_LoadJpegImageFromFile(pdf.get(), box.path.c_str());
      }
      if (image == nullptr) {
        pdf.reset_error();
        problems.push_back(fmt::format(
            "impossible de lire l'image « {} » (un fichier PNG ou JPEG est attendu)", box.path));
      }
      by_path_[box.path] = image;
    }
  }
}

HPDF_Image EmbeddedImages::image(const std::string& path) const {
  const auto found = by_path_.find(path);
  return found == by_path_.end() ? nullptr : found->second;
}

}  // namespace pdf
