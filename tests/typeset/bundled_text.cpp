#include "bundled_text.hpp"

namespace typeset::testing {

const BundledText& bundled_text() {
  static const BundledText loaded = [] {
    BundledText text;
    std::string error;
    if (!add_bundled_families(text.fonts, error)) text.error = error;
    error.clear();
    if (auto patterns = Hyphenator::load(std::string(kFrenchPatterns), error)) {
      text.hyphenator.emplace(*std::move(patterns));
    } else {
      text.error += error;
    }
    return text;
  }();
  return loaded;
}

}  // namespace typeset::testing
