// What every page of a flyer carries around its content: a band in the accent
// colour across the top (the fund's name and the edition on the left, the kind
// of session on the right, in the band styles' colour), and a footer under a
// rule (the fund, its website as a link, "page X / Y"). Painted once the page
// count is known, in the template's own sizes (they never shrink).
#pragma once

#include <string>

#include "documents/flyer_settings.hpp"
#include "typeset/boxes.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/template.hpp"

namespace documents {

struct FlyerFurnitureText {
  std::string fund;      // "Fonds social des Milieux d'Accueil d'Enfants"
  std::string subtitle;  // "Ateliers & Intervisions Tutorat 2026-2027"
  std::string kind;      // "Atelier"
  std::string website;   // "https://www.tutorats.org"
};

void paint_flyer_furniture(typeset::DocumentBox& document, const FlyerFurnitureText& text,
                           const typeset::Template& tmpl, const FlyerSettings& settings,
                           const typeset::SetParagraphFn& set_paragraph);

}  // namespace documents
