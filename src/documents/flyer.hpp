// The flyer of one session: one A4 page to email and print (see
// flyer_content.hpp for what it says, templates/flyer.xml for how it looks:
// its page master's band and footer show the fields of flyer_fields()).
//
// One page whenever the content fits at a readable size: the flow shrinks
// the content's styles in steps of the template's `shrink-step` while the
// body stays at or above `min-body-size` (typeset/fit.hpp). Content that
// still does not fit flows onto the fewest pages it can ("page 1 / 2"), at
// the largest size that needs no more.
//
//   base::Diagnostics diagnostics;
//   typeset::DocumentBox box = documents::build_flyer(catalogue, *ref, tmpl, resources,
//                                                     diagnostics);
//   pdf::write_pdf(box, resources.fonts(), path, options);
#pragma once

#include "base/diagnostics.hpp"
#include "base/fields.hpp"
#include "catalogue/model.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/resources.hpp"
#include "typeset/boxes.hpp"
#include "typeset/fit.hpp"
#include "typeset/template.hpp"

namespace documents {

using FlyerFit = typeset::FitOutcome;

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

// The fields of the flyer's texts: the catalogue's ({title}, {edition},
// {publisher}, {website}) and the session's ({code}, {kind}, {course-title}).
base::Fields flyer_fields(const catalogue::Catalogue& catalogue,
                          const catalogue::SessionRef& session, const FlyerSettings& settings);

}  // namespace documents
