// Parts of the program that need a large library — poppler for the flyers'
// previews, GMime for the mail drafts, libqpdf for the finishing pass — are
// shared objects of their own, loaded the first time they are used: every
// other run starts without loading those libraries and the dozens they bring
// (nss, gpgme, gio, GnuTLS…): 17 of the 41 ms a start took, then 7.6 of the
// 20 left. A module is found beside the program:
//   PREFIX/lib/brochure/     the installed program (PREFIX/bin/brochure)
//   BUILD/modules/           the build tree (BUILD/brochure, BUILD/tests/…)
// and nowhere else: what runs is the program's own copy.
//
//   const base::ModuleFunction found = base::module_function("preview", "brochure_preview");
//   if (!found) report found.error;
//   reinterpret_cast<Signature*>(found.address)(…);
#pragma once

#include <string>
#include <string_view>

namespace base {

struct ModuleFunction {
  void* address = nullptr;
  std::string error;  // in French, when address is null
  explicit operator bool() const { return address != nullptr; }
};

// The file name of module `name`: "preview" → "libbrochure-preview.so".
std::string module_file_name(std::string_view name);

// The function `symbol` of module `name`, loading the module on first use
// (the dynamic linker keeps it loaded for the rest of the run; thread-safe).
ModuleFunction module_function(std::string_view name, const char* symbol);

}  // namespace base
