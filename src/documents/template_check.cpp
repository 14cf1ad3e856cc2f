#include "documents/template_check.hpp"

#include "documents/brochure.hpp"
#include "documents/flyer_settings.hpp"
#include "documents/resources.hpp"

namespace documents {

base::Diagnostics check_edition_templates(const std::string& brochure_template,
                                          const std::string& flyer_template) {
  base::Diagnostics diagnostics;
  ResourceRequest request;
  for (const std::string* path : {&brochure_template, &flyer_template}) {
    if (!path->empty()) request.template_paths.push_back(*path);
  }
  const std::optional<Resources> resources = load_resources(request, diagnostics);
  if (!resources) return diagnostics;
  if (!brochure_template.empty()) {
    check_brochure_template(*resources->find_template(brochure_template), diagnostics);
  }
  if (!flyer_template.empty()) {
    read_flyer_settings(*resources->find_template(flyer_template), diagnostics);
  }
  return diagnostics;
}

}  // namespace documents
