// Bytes → the TrueType parser, then what the layout asks of a face (coverage,
// advances, metrics) for a spread of code points: every offset in a font file
// may lie, and none may lead outside the bytes.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "typeset/fonts.hpp"
#include "typeset/truetype.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  typeset::FontFace face;
  std::string reason;
  if (!typeset::TrueTypeParser::parse(std::span<const std::uint8_t>(data, size), face, reason)) {
    if (reason.empty()) std::abort();  // a refusal always says why
    return 0;
  }
  static constexpr char32_t kProbes[] = {0,      U' ',     U'A',     U'é',      U'’',
                                         U'€',   0xFFFD,   0xFFFF,   0x10000,   0x1F600,
                                         0xE000, 0x10FFFF, 0x110000, 0xFFFFFFFF};
  for (char32_t code_point : kProbes) {
    const double advance = face.advance(code_point);
    if (!std::isfinite(advance)) std::abort();
    if (!face.covers(code_point) && advance != 0) std::abort();
  }
  const typeset::FaceMetrics& metrics = face.metrics();
  if (!std::isfinite(metrics.ascender) || !std::isfinite(metrics.descender) ||
      !std::isfinite(metrics.cap_height) || !std::isfinite(metrics.x_height)) {
    std::abort();
  }
  return 0;
}
