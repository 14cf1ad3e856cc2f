// Reading a catalogue file: XML parsing, structure checks and validation, with
// every problem reported (not just the first) as a positioned diagnostic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "catalogue/limits.hpp"
#include "catalogue/model.hpp"

namespace catalogue {

// The catalogue when it has no error (warnings allowed), and every problem in
// file order.
using LoadResult = base::Result<Catalogue>;

// Reads, checks and validates `path`. Diagnostics name the file as `path` was given.
LoadResult load_catalogue(const std::string& path, const CatalogueLimits& limits = {});

// Same, from text already in memory; `display_path` names it in diagnostics.
LoadResult load_catalogue_from_string(std::string_view xml, const std::string& display_path,
                                      const CatalogueLimits& limits = {});

}  // namespace catalogue
