// A picture of a PDF's first page: the flyer as it will look, for a
// newsletter or the body of a mail. The page is rasterised by poppler (the
// PDF library of most Linux viewers) from the PDF's own bytes — what is shown
// is what was written, embedded fonts included — and encoded as an 8-bit RGB
// PNG by libpng, with no time stamp: the same PDF gives the same bytes.
//
//   pdf::PreviewResult preview = pdf::render_preview(pdf_bytes, {.dpi = 96});
//   if (preview.ok()) write preview.png
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.hpp"

namespace pdf {

struct PreviewOptions {
  double dpi = 96;  // A4 at 96 dpi: 794 × 1123 pixels, a mail's width
};

struct PreviewResult {
  std::string png;  // empty on failure
  int width = 0;    // pixels
  int height = 0;
  base::Diagnostics diagnostics;  // errors name `name`
  bool ok() const { return !diagnostics.has_errors(); }
};

// The first page of the PDF in `pdf_bytes` as a PNG. A PDF poppler cannot
// read or render is reported (in French, naming `name`).
// Why previews cannot be made by this installation (its preview module,
// which loads poppler, is missing), in French; empty when they can.
std::string previews_unavailable();

PreviewResult render_preview(std::string_view pdf_bytes, const PreviewOptions& options = {},
                             const std::string& name = "PDF");

}  // namespace pdf
