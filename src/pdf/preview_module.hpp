// What the preview module (src/pdf/module/preview_module.cpp, built as
// libbrochure-preview.so with poppler; base/program_module.hpp) offers: the
// first page of a PDF as a PNG. Shared by the module and by preview.cpp,
// both built from this tree by the same compiler.
#pragma once

#include <string>
#include <string_view>

namespace pdf {

struct PreviewPicture {
  std::string png;  // 8-bit RGB, no time chunk; empty on failure
  int width = 0;    // pixels
  int height = 0;
  std::string error;  // why there is none, in French
};

inline constexpr char kPreviewModule[] = "preview";
inline constexpr char kPreviewFunction[] = "brochure_preview_first_page";
using PreviewFunction = void(std::string_view pdf_bytes, double dpi, PreviewPicture& picture);

}  // namespace pdf

extern "C" void brochure_preview_first_page(std::string_view pdf_bytes, double dpi,
                                            pdf::PreviewPicture& picture);
