#include "pdf/preview.hpp"

#include "base/program_module.hpp"
#include "pdf/preview_module.hpp"

namespace pdf {

std::string previews_unavailable() {
  const base::ModuleFunction found = base::module_function(kPreviewModule, kPreviewFunction);
  return found ? std::string() : "impossible de faire les aperçus : " + found.error;
}

PreviewResult render_preview(std::string_view pdf_bytes, const PreviewOptions& options,
                             const std::string& name) {
  PreviewResult result;
  const base::ModuleFunction found = base::module_function(kPreviewModule, kPreviewFunction);
  if (!found) {
    result.diagnostics.error(name, {}, "impossible de faire l'aperçu : " + found.error);
    return result;
  }
  PreviewPicture picture;
  reinterpret_cast<PreviewFunction*>(found.address)(pdf_bytes, options.dpi, picture);
  if (!picture.error.empty()) {
    result.diagnostics.error(name, {}, "impossible de faire l'aperçu : " + picture.error);
    return result;
  }
  result.png = std::move(picture.png);
  result.width = picture.width;
  result.height = picture.height;
  return result;
}

}  // namespace pdf
