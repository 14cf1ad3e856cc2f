// brochure verify: checks an archive (documents/archive_verify.hpp) and says,
// in a sentence, whether it is intact and reproduced, intact but made
// elsewhere, or altered — each problem on its own line before that.
#include <fmt/format.h>

#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/plural.hpp"
#include "documents/archive_verify.hpp"
#include "documents/interruption.hpp"

namespace cli {

int run_verify(const VerifyOptions& options, std::ostream& out, std::ostream& err) {
  // Ctrl-C lets the check end (it writes nothing but a scratch folder of its
  // own, removed when it ends) rather than leave that folder behind.
  const documents::InterruptionWatch interruptions;
  const documents::VerifyReport report = documents::verify_archive(options.directory, options.jobs);
  if (const int signal_number = interruptions.received(); signal_number != 0) {
    err << fmt::format("brochure : vérification interrompue par {}\n",
                       documents::InterruptionWatch::describe(signal_number));
    return documents::InterruptionWatch::exit_status(signal_number);
  }
  report_diagnostics(report.diagnostics, err);
  const int files = static_cast<int>(report.files_listed);
  switch (report.status()) {
    case documents::VerifyReport::Status::reproduced:
      out << fmt::format(
          "{} : archive intacte — {} conformes au manifeste, refaits octet pour octet à partir du "
          "catalogue qu'elle contient\n",
          options.directory, count_of(files, "fichier", "fichiers"));
      return kExitSuccess;
    case documents::VerifyReport::Status::elsewhere:
      out << fmt::format(
          "{} : archive intacte ({} conformes au manifeste), mais faite par une autre version "
          "de brochure ou avec d'autres polices : {} sur {} refaits à l'identique ici (voir "
          "ci-dessus)\n",
          options.directory, count_of(files, "fichier", "fichiers"), report.files_reproduced,
          files);
      return kExitMadeElsewhere;
    case documents::VerifyReport::Status::altered:
      break;
  }
  err << fmt::format("brochure : l'archive {} a été modifiée ou est incomplète : {}\n",
                     options.directory,
                     count_of(report.diagnostics.error_count(), "problème", "problèmes"));
  return kExitFailure;
}

}  // namespace cli
