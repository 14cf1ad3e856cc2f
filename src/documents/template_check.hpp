// The templates an edition is rendered with, checked as `render` would use
// them, for `brochure check`: each read (every problem at its line:column),
// its fonts loaded, and every name the brochure or the flyer needs and it
// lacks reported once at its <template> element.
#pragma once

#include <string>

#include "base/diagnostics.hpp"

namespace documents {

// Either path may be empty (that document is not checked).
base::Diagnostics check_edition_templates(const std::string& brochure_template,
                                          const std::string& flyer_template);

}  // namespace documents
