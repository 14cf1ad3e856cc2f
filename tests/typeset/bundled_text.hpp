// For the tests that set real text: the bundled fonts and the French
// hyphenation patterns, loaded once per test program on first use and kept
// until it ends (every fixture that needs them shares the one copy).
#pragma once

#include <optional>
#include <string>

#include "typeset/fonts.hpp"
#include "typeset/hyphenation.hpp"

namespace typeset::testing {

struct BundledText {
  FontLibrary fonts;
  std::optional<Hyphenator> hyphenator;
  std::string error;  // empty when the fonts and the patterns both loaded

  const Hyphenator* patterns() const { return hyphenator ? &*hyphenator : nullptr; }
};

const BundledText& bundled_text();

}  // namespace typeset::testing
