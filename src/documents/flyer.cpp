#include "documents/flyer.hpp"

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
  typeset::Flow flow(
      tmpl, typeset::text_setter(resources.text_context(catalogue.source_path, diagnostics)),
      diagnostics, settings.page_master);
  flow.set_body_style(kBodyStyle);
  flow.set_furniture({.fields = fields, .images = {}});
  flow.set_fit({.max_pages = 1,
                .min_body_size = settings.min_body_size,
                .step = settings.shrink_step,
                .body_style = kBodyStyle});
  flow.add(flyer_content(catalogue, session, tmpl, settings));
  typeset::DocumentBox document = flow.finish(flyer_metadata(catalogue, fields, settings));
  if (fit != nullptr) *fit = flow.report().fit.value_or(FlyerFit{});
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
