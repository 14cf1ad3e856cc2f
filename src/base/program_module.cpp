#include "base/program_module.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <filesystem>
#include <system_error>

namespace base {

namespace {

namespace fs = std::filesystem;

// Where the modules are: PREFIX/lib/brochure for an installed program
// (PREFIX/bin/brochure), BUILD/modules in a build tree (BUILD/brochure and
// the programs of BUILD/tests, BUILD/bench, BUILD/fuzz).
fs::path module_folder() {
  std::error_code error;
  const fs::path folder = fs::read_symlink("/proc/self/exe", error).parent_path();
  if (error) return "lib/brochure";
  const fs::path name = folder.filename();
  if (name == "bin") return folder.parent_path() / "lib" / "brochure";
  if (name == "tests" || name == "bench" || name == "fuzz") return folder.parent_path() / "modules";
  return folder / "modules";
}

}  // namespace

std::string module_file_name(std::string_view name) {
  return fmt::format("libbrochure-{}.so", name);
}

ModuleFunction module_function(std::string_view name, const char* symbol) {
  const std::string file = module_file_name(name);
  const fs::path path = module_folder() / file;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    return {nullptr, fmt::format("le module {} est introuvable (il s'installe avec le programme, "
                                 "dans « {} » ; réinstallez le programme)",
                                 file, path.parent_path().string())};
  }
  // RTLD_LOCAL: the module's libraries stay out of the program's symbols.
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (module == nullptr) {
    return {nullptr, fmt::format("le module « {} » n'a pas pu être chargé (une bibliothèque "
                                 "dont il a besoin manque-t-elle ? réinstallez le programme)",
                                 path.string())};
  }
  void* address = dlsym(module, symbol);
  if (address == nullptr) {
    return {nullptr, fmt::format("le module « {} » ne vient pas de cette version du programme "
                                 "(réinstallez-le)",
                                 path.string())};
  }
  return {address, {}};
}

}  // namespace base
