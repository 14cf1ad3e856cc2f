#include "documents/edition_setup.hpp"

#include "documents/printable_text.hpp"
#include "pdf/finishing_module.hpp"
#include "typeset/data_dir.hpp"

namespace documents {

namespace {

ResourceRequest request_for(const EditionTemplates& templates,
                            typeset::MissingCharacters missing_characters) {
  ResourceRequest request;
  for (const std::string* path :
       {&templates.brochure, &templates.flyer, &templates.mail, &templates.agenda}) {
    if (!path->empty()) request.template_paths.push_back(*path);
  }
  request.missing_characters = missing_characters;
  return request;
}

std::unique_ptr<EditionSetup> prepare_with(const catalogue::Catalogue& catalogue,
                                           const EditionTemplates& templates,
                                           std::optional<Resources> resources,
                                           base::Diagnostics& diagnostics,
                                           typeset::MissingCharacters missing_characters) {
  if (!resources) return nullptr;
  report_unprintable_in_run(catalogue.source_path, *resources,
                            missing_characters == typeset::MissingCharacters::refuse
                                ? base::Severity::error
                                : base::Severity::warning,
                            diagnostics);

  auto setup = std::make_unique<EditionSetup>();
  setup->resources = std::move(*resources);
  const Resources& loaded = setup->resources;
  EditionInputs& inputs = setup->inputs;
  inputs.catalogue = &catalogue;
  inputs.resources = &loaded;
  inputs.sessions = catalogue::sessions_by_date(catalogue);
  if (!templates.brochure.empty())
    inputs.brochure_template = loaded.find_template(templates.brochure);
  if (!templates.flyer.empty()) {
    inputs.flyer_template = loaded.find_template(templates.flyer);
    setup->flyer_settings = read_flyer_settings(*inputs.flyer_template, diagnostics);
    if (setup->flyer_settings) inputs.flyer_settings = &*setup->flyer_settings;
  }
  if (!templates.mail.empty()) {
    setup->mail_settings = read_mail_settings(*loaded.find_template(templates.mail), diagnostics);
    if (setup->mail_settings) inputs.mail_settings = &*setup->mail_settings;
  }
  if (!templates.agenda.empty()) {
    setup->calendar_settings = read_calendar_settings(*loaded.find_template(templates.agenda),
                                                      typeset::data_dir(), diagnostics);
    if (setup->calendar_settings) inputs.calendar_settings = &*setup->calendar_settings;
  }
  inputs.write_options = edition_write_options(catalogue, diagnostics, &setup->date_origin);
  if (diagnostics.has_errors()) return nullptr;
  return setup;
}

}  // namespace

ResourcesLoading::ResourcesLoading(const EditionTemplates& templates,
                                   typeset::MissingCharacters missing_characters)
    : loading_(std::async(std::launch::async,
                          [request = request_for(templates, missing_characters)] {
                            Loaded loaded;
                            loaded.resources = load_resources(request, loaded.diagnostics);
                            return loaded;
                          })),
      // A module that cannot be loaded is reported by unavailable_outputs.
      finishing_module_(std::async(std::launch::async, [] { pdf::finishing_module(); })) {}

std::optional<Resources> ResourcesLoading::take(base::Diagnostics& diagnostics) {
  if (!loading_.valid()) return std::nullopt;
  Loaded loaded = loading_.get();
  diagnostics.append(std::move(loaded.diagnostics));
  return std::move(loaded.resources);
}

std::unique_ptr<EditionSetup> prepare_edition(const catalogue::Catalogue& catalogue,
                                              const EditionTemplates& templates,
                                              base::Diagnostics& diagnostics,
                                              typeset::MissingCharacters missing_characters) {
  std::optional<Resources> resources =
      load_resources(request_for(templates, missing_characters), diagnostics);
  return prepare_with(catalogue, templates, std::move(resources), diagnostics, missing_characters);
}

std::unique_ptr<EditionSetup> prepare_edition(const catalogue::Catalogue& catalogue,
                                              const EditionTemplates& templates,
                                              ResourcesLoading& loading,
                                              base::Diagnostics& diagnostics,
                                              typeset::MissingCharacters missing_characters) {
  std::optional<Resources> resources = loading.take(diagnostics);
  return prepare_with(catalogue, templates, std::move(resources), diagnostics, missing_characters);
}

std::unique_ptr<EditionSetup> prepare_edition(const catalogue::Catalogue& catalogue,
                                              const std::string& brochure_template,
                                              const std::string& flyer_template,
                                              base::Diagnostics& diagnostics,
                                              typeset::MissingCharacters missing_characters) {
  return prepare_edition(catalogue,
                         EditionTemplates{.brochure = brochure_template, .flyer = flyer_template},
                         diagnostics, missing_characters);
}

}  // namespace documents
