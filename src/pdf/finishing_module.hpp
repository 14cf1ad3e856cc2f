// What the finishing module (src/pdf/module/finishing_module.cpp, built as
// libbrochure-finishing.so with libqpdf; base/program_module.hpp) offers: the
// finishing pass and the other work on finished files. libqpdf brings GnuTLS
// and the eight libraries under it: loaded at start, they took 7 to 9 ms of
// every run, `check` included, before main. Shared by the module and by the
// pdf stage, both built from this tree by the same compiler.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/booklet.hpp"
#include "pdf/finishing.hpp"

namespace pdf {

// The module's functions (finishing.hpp and booklet.hpp say what each does).
struct FinishingFunctions {
  FinishingResult (*finish)(std::string_view pdf, const FinishingProfile& profile,
                            std::optional<std::int64_t> date, bool compress,
                            const std::vector<FontSubset>& fonts, const Tagging* tagging);
  FinishingResult (*impose_booklet)(std::string_view pdf, const BookletPlan& plan,
                                    std::optional<std::int64_t> date);
  std::vector<AssociatedFile> (*read_associated_files)(std::string_view pdf, std::string& error);
  std::string (*qpdf_version)();  // of the libqpdf loaded
};

inline constexpr char kFinishingModule[] = "finishing";
inline constexpr char kFinishingFunctionsSymbol[] = "brochure_finishing_functions";
using FinishingFunctionsGetter = const FinishingFunctions*();

struct FinishingModule {
  const FinishingFunctions* functions = nullptr;
  std::string error;  // in French, when functions is null
  explicit operator bool() const { return functions != nullptr; }
};

// The module, loaded on the first call (thread-safe; the later calls wait
// for the first and get the same answer).
FinishingModule finishing_module();

}  // namespace pdf

extern "C" const pdf::FinishingFunctions* brochure_finishing_functions();
