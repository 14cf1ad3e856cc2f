// The map from shown codes back to characters (copy, search, screen readers).
// libharu 2.3 gives each UTF-8 TrueType font a ToUnicode stream holding an
// identity *CID* map (begincidrange), which a ToUnicode CMap may not contain:
// poppler warns on every font and stricter readers extract nothing. libharu
// shows text as the characters' own UTF-16 code units, so the right map is the
// identity from codes to Unicode; we write it for the blocks the font uses.
#pragma once

#include <hpdf.h>

#include <set>
#include <string>

namespace pdf {

// A ToUnicode CMap mapping every code of the 256-code blocks that contain
// `code_points` (Basic Multilingual Plane) to the same Unicode value.
std::string identity_to_unicode_cmap(const std::set<char32_t>& code_points);

// Replaces the content of `font`'s ToUnicode stream by `cmap`; a font without
// such a stream (a libharu that builds it otherwise) is left alone. False only
// when the new content could not be written.
bool replace_to_unicode(HPDF_Font font, const std::string& cmap);

}  // namespace pdf
