#include "pdf/finishing.hpp"

#include <hpdf_version.h>
#include <libdeflate.h>
#include <qpdf/DLL.h>  // QPDF_VERSION: the header only, no library

#include <memory>
#include <string>
#include <vector>

#include "base/program_module.hpp"
#include "pdf/finishing_module.hpp"

namespace pdf {

std::string producer_name() {
  return std::string("brochure ") + BROCHURE_VERSION + " (libharu " + HPDF_VERSION_TEXT +
         ", qpdf " + QPDF_VERSION + ")";
}

std::vector<std::pair<std::string, std::string>> pdf_library_versions() {
  // qpdf's version is asked of the library the module loads, which may be
  // newer than the headers it was built with.
  const FinishingModule module = finishing_module();
  return {{"libharu", HPDF_VERSION_TEXT},
          {"qpdf", module ? module.functions->qpdf_version() : std::string(QPDF_VERSION)},
          {"libdeflate", LIBDEFLATE_VERSION_STRING}};
}

FinishingProfile FinishingProfile::screen(std::shared_ptr<const OutputIntent> intent) {
  FinishingProfile profile;
  profile.conformance = Conformance::pdfa_1b;
  profile.output_intent = std::move(intent);
  return profile;
}

FinishingProfile FinishingProfile::archive(std::vector<AssociatedFile> files,
                                           std::shared_ptr<const OutputIntent> intent) {
  FinishingProfile profile;
  profile.conformance = Conformance::pdfa_3b;
  profile.output_intent = std::move(intent);
  profile.associated_files = std::move(files);
  return profile;
}

FinishingProfile FinishingProfile::print(std::shared_ptr<const OutputIntent> cmyk_intent) {
  FinishingProfile profile;
  profile.conformance = Conformance::none;
  profile.medium = Medium::print;
  profile.output_intent = std::move(cmyk_intent);
  return profile;
}

FinishingResult finish_pdf(std::string_view bytes, const FinishingProfile& profile,
                           std::optional<std::int64_t> date, bool compress,
                           const std::vector<FontSubset>& fonts, const Tagging* tagging) {
  FinishingResult result;
  const FinishingModule module = finishing_module();
  if (!module) {
    result.error = module.error;
    return result;
  }
  // The profile read here, where the data directory is known, once per file
  // that names none.
  if (profile.conformance != Conformance::none && profile.output_intent == nullptr) {
    FinishingProfile with_intent = profile;
    with_intent.output_intent = load_srgb_output_intent(result.error);
    if (with_intent.output_intent == nullptr) return result;
    return module.functions->finish(bytes, with_intent, date, compress, fonts, tagging);
  }
  return module.functions->finish(bytes, profile, date, compress, fonts, tagging);
}

std::string finishing_unavailable() {
  const FinishingModule module = finishing_module();
  return module ? std::string() : "impossible de finir les PDF : " + module.error;
}

std::vector<AssociatedFile> read_associated_files(std::string_view pdf, std::string& error) {
  const FinishingModule module = finishing_module();
  if (!module) {
    error = module.error;
    return {};
  }
  return module.functions->read_associated_files(pdf, error);
}

FinishingModule finishing_module() {
  static const FinishingModule loaded = [] {
    const base::ModuleFunction found =
        base::module_function(kFinishingModule, kFinishingFunctionsSymbol);
    if (!found) return FinishingModule{nullptr, found.error};
    return FinishingModule{reinterpret_cast<FinishingFunctionsGetter*>(found.address)(), {}};
  }();
  return loaded;
}

}  // namespace pdf
