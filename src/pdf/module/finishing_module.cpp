// The finishing module: libqpdf and the finishing pass (src/pdf/finishing/),
// loaded on first use (base/program_module.hpp) so that the program starts
// without libqpdf and GnuTLS.
#include "pdf/finishing_module.hpp"

#include <qpdf/QPDF.hh>

#include "pdf/finishing/finishing_steps.hpp"

namespace {

std::string qpdf_version() {
  return QPDF::QPDFVersion();
}

constexpr pdf::FinishingFunctions kFunctions{
    .finish = pdf::finishing::finish_pdf,
    .impose_booklet = pdf::finishing::impose_booklet,
    .read_associated_files = pdf::finishing::read_associated_files,
    .qpdf_version = qpdf_version,
};

}  // namespace

extern "C" const pdf::FinishingFunctions* brochure_finishing_functions() {
  return &kFunctions;
}
