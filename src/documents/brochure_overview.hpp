// The overview of each section: its title, notes and star legend, then a
// table of its sessions by date (Opérateur | Titre | Code | Date(s) | Lieu).
// Each code links to the sheet describing it and shows the page where that
// sheet starts; a session without a sheet says so (template text "no-sheet").
#pragma once

#include <vector>

#include "catalogue/model.hpp"
#include "typeset/blocks.hpp"
#include "typeset/template.hpp"

namespace documents {

// The template's table style of the overview.
inline constexpr const char* kOverviewTableStyle = "overview";
// Names of the template's table columns' heading texts, in column order.
inline constexpr const char* kOverviewColumns[] = {"column-operator", "column-title", "column-code",
                                                   "column-dates", "column-place"};

// The overview of `catalogue.sections[index]`; its title carries the anchor
// section_anchor(index + 1) and sets the running mark.
std::vector<typeset::Block> overview_blocks(const catalogue::Catalogue& catalogue,
                                            std::size_t index, const typeset::Template& tmpl);

// One body row of the table, for tests: the session's cells.
typeset::TableRow overview_row(const catalogue::Catalogue& catalogue,
                               const catalogue::SessionRef& session, const typeset::Template& tmpl);

}  // namespace documents
