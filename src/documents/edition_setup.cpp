#include "documents/edition_setup.hpp"

namespace documents {

std::unique_ptr<EditionSetup> prepare_edition(const catalogue::Catalogue& catalogue,
                                              const std::string& brochure_template,
                                              const std::string& flyer_template,
                                              base::Diagnostics& diagnostics) {
  ResourceRequest request;
  if (!brochure_template.empty()) request.template_paths.push_back(brochure_template);
  if (!flyer_template.empty()) request.template_paths.push_back(flyer_template);
  std::optional<Resources> resources = load_resources(request, diagnostics);
  if (!resources) return nullptr;

  auto setup = std::make_unique<EditionSetup>();
  setup->resources = std::move(*resources);
  EditionInputs& inputs = setup->inputs;
  inputs.catalogue = &catalogue;
  inputs.resources = &setup->resources;
  if (!brochure_template.empty())
    inputs.brochure_template = setup->resources.find_template(brochure_template);
  if (!flyer_template.empty()) {
    inputs.flyer_template = setup->resources.find_template(flyer_template);
    setup->flyer_settings = read_flyer_settings(*inputs.flyer_template, diagnostics);
    if (setup->flyer_settings) inputs.flyer_settings = &*setup->flyer_settings;
  }
  inputs.write_options = edition_write_options(catalogue, diagnostics, &setup->date_origin);
  if (diagnostics.has_errors()) return nullptr;
  return setup;
}

}  // namespace documents
