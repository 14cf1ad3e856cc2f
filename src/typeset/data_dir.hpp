// Where the program finds its data (fonts/, templates/): the directory named by
// the BROCHURE_DATA_DIR environment variable when set, else the one installed
// with it (PREFIX/share/brochure beside PREFIX/bin/brochure: the Debian
// package's /usr/share/brochure), else the source tree it was built from.
#pragma once

#include <string>
#include <string_view>

namespace typeset {

std::string data_dir();

// `relative` (e.g. "fonts/LivretSans-Regular.ttf") under data_dir(); an
// absolute path is returned unchanged.
std::string resolve_data_path(std::string_view relative);

}  // namespace typeset
