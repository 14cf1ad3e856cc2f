// The flyer of one session: one A4 page to email and print (see
// flyer_content.hpp for what it says, flyer_furniture.hpp for the band and
// the footer, templates/flyer.xml for how it looks).
//
// One page whenever the content fits at a readable size: the paragraph styles
// shrink together in steps of the template's `shrink-step` while the body
// stays at or above `min-body-size`. Content that still does not fit flows
// onto the fewest pages it can ("page 1 / 2"), at the largest size that
// needs no more of them.
//
//   base::Diagnostics diagnostics;
//   typeset::DocumentBox box = documents::build_flyer(catalogue, *ref, tmpl, resources,
//                                                     diagnostics);
//   pdf::write_pdf(box, resources.fonts(), path, options);
#pragma once

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/resources.hpp"
#include "typeset/boxes.hpp"
#include "typeset/template.hpp"

namespace documents {

struct FlyerFit {
  double body_size = 0;  // the body style's size used
  int pages = 0;
  int layouts = 0;  // layouts tried to find it
};

// Lays the flyer of `session` out. Problems of the template (a missing name)
// and of the text (a character no font has) go to `diagnostics`; with an
// error in the template, the document has no page. `fit`, when given,
// receives the size chosen.
typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const Resources& resources,
                                 base::Diagnostics& diagnostics, FlyerFit* fit = nullptr);

// Same, with the template's settings already read (once for many flyers).
typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const FlyerSettings& settings,
                                 const Resources& resources, base::Diagnostics& diagnostics,
                                 FlyerFit* fit = nullptr);

// The template with every paragraph style's size, leading and spaces scaled
// so that the body is `body_size` points.
typeset::Template scaled_template(const typeset::Template& tmpl, double body_size);

}  // namespace documents
