// The brochure's cover: the title, the period ("Septembre 2026 – Juin 2027"),
// the website (linked), then the contents ("Sommaire": each part of the
// brochure linked to where it starts, with its page number). It is set on the
// template's "cover" page master, whose furniture holds the band with the
// fund's name ({publisher}), the logo slot, and at the foot the publisher's
// line ({imprint}: imprint_line) — and which has no page number.
#pragma once

#include <string>
#include <vector>

#include "catalogue/model.hpp"
#include "typeset/blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

inline constexpr const char* kCoverMaster = "cover";
inline constexpr const char* kContentsTableStyle = "contents";

// A line of the contents: what it names and where it points.
struct ContentsEntry {
  std::string title;
  std::string anchor;
};

std::vector<typeset::Block> cover_blocks(const catalogue::Catalogue& catalogue,
                                         const typeset::Template& tmpl,
                                         const std::vector<ContentsEntry>& contents);

// The publisher's line at the cover's foot, from the template's "imprint"
// text ("{publisher} · {website}") and, when the catalogue names one, its
// "imprint-editor" text ("Éditeur responsable : {responsible-editor}").
std::string imprint_line(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl);

}  // namespace documents
