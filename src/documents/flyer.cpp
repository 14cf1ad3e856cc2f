#include "documents/flyer.hpp"

#include <iterator>
#include <memory>

#include "documents/flyer_content.hpp"
#include "documents/text_fields.hpp"
#include "typeset/flow.hpp"
#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

constexpr const char* kBodyStyle = "body";

typeset::DocumentMetadata flyer_metadata(const catalogue::Catalogue& catalogue,
                                         const base::Fields& fields,
                                         const FlyerSettings& settings) {
  typeset::DocumentMetadata metadata;
  metadata.title = base::expand_fields(settings.document_title, fields);
  metadata.author = catalogue.publisher.name;
  metadata.subject = base::expand_fields(settings.document_subject, fields);
  const base::Field* code = fields.find("code");
  metadata.keywords = code != nullptr ? code->value : std::string();
  return metadata;
}

}  // namespace

base::Fields flyer_fields(const catalogue::Catalogue& catalogue,
                          const catalogue::SessionRef& session, const FlyerSettings& settings) {
  base::Fields fields = catalogue_fields(catalogue);
  fields.set("code", session.session->code);
  fields.set("kind", kind_name(session.course->kind, settings));
  fields.set("course-title", session.course->title);
  return fields;
}

typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const FlyerSettings& settings,
                                 const Resources& resources, base::Diagnostics& diagnostics,
                                 FlyerFit* fit) {
  const base::Fields fields = flyer_fields(catalogue, session, settings);
  // One setter for every trial: each paragraph is prepared once.
  const typeset::SetParagraphFn setter =
      typeset::text_setter(resources.text_context(catalogue.source_path, diagnostics));
  const auto flow_for = [&](const char* sheet_columns, base::Diagnostics& reported) {
    auto flow = std::make_unique<typeset::Flow>(tmpl, setter, reported, settings.page_master);
    flow->set_body_style(kBodyStyle);
    flow->set_furniture({.fields = fields, .images = typeset::template_images(tmpl)});
    flow->add(flyer_content(catalogue, session, tmpl, settings, fields, sheet_columns));
    return flow;
  };
  FlyerFit outcome;
  // The sheet in the fewest columns that keep the flyer on one page at the
  // house size: the widest measure reads best.
  const std::size_t densest = std::size(kFlyerSheetColumns) - 1;
  const bool has_sheet = session.course->sheet.has_value();
  for (std::size_t i = 0; has_sheet && i < densest; ++i) {
    base::Diagnostics trial;
    const auto flow = flow_for(kFlyerSheetColumns[i], trial);
    typeset::DocumentBox document = flow->finish(flyer_metadata(catalogue, fields, settings));
    ++outcome.layouts;
    if (document.pages.size() == 1) {
      diagnostics.append(std::move(trial));
      outcome.pages = 1;
      outcome.body_size = tmpl.paragraph_style(kBodyStyle)->size;
      if (fit != nullptr) *fit = outcome;
      return document;
    }
  }
  // The densest columns, shrunk (or flowed onto more pages) if need be.
  const auto flow = flow_for(kFlyerSheetColumns[densest], diagnostics);
  flow->set_fit({.max_pages = 1,
                 .min_body_size = settings.min_body_size,
                 .max_body_size = settings.max_body_size,
                 .step = settings.shrink_step,
                 .body_style = kBodyStyle});
  typeset::DocumentBox document = flow->finish(flyer_metadata(catalogue, fields, settings));
  if (fit != nullptr) {
    const FlyerFit chosen = flow->report().fit.value_or(FlyerFit{});
    *fit = {chosen.body_size, chosen.pages, chosen.layouts + outcome.layouts};
  }
  return document;
}

typeset::DocumentBox build_flyer(const catalogue::Catalogue& catalogue,
                                 const catalogue::SessionRef& session,
                                 const typeset::Template& tmpl, const Resources& resources,
                                 base::Diagnostics& diagnostics, FlyerFit* fit) {
  const std::optional<FlyerSettings> settings = read_flyer_settings(tmpl, diagnostics);
  if (!settings) return {};
  return build_flyer(catalogue, session, tmpl, *settings, resources, diagnostics, fit);
}

}  // namespace documents
