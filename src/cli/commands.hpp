// The commands of `brochure`, each writing to the streams it is given so that
// tests can run them in-process. They return the process exit code.
#pragma once

#include <ostream>

#include "cli/environment.hpp"
#include "cli/options.hpp"

namespace cli {

inline constexpr int kExitSuccess = 0;
inline constexpr int kExitFailure = 1;  // the catalogue has errors, or nothing could be produced
inline constexpr int kExitUsage = 2;    // the command line is wrong
// verify: the archive is as written, but was made by another version or with
// other fonts, so its bytes cannot be reproduced here.
inline constexpr int kExitMadeElsewhere = 3;

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);
int run_list(const ListOptions& options, const Environment& environment, std::ostream& out,
             std::ostream& err);
int run_render(const RenderOptions& options, std::ostream& out, std::ostream& err);
int run_flyer(const FlyerOptions& options, std::ostream& out, std::ostream& err);
int run_mail(const MailOptions& options, std::ostream& out, std::ostream& err);
int run_print(const PrintOptions& options, std::ostream& out, std::ostream& err);
int run_demo(const DemoOptions& options, std::ostream& out, std::ostream& err);
int run_archive(const ArchiveOptions& options, std::ostream& out, std::ostream& err);
int run_verify(const VerifyOptions& options, std::ostream& out, std::ostream& err);
int run_next_edition(const NextEditionOptions& options, std::ostream& out, std::ostream& err);
int run_watch(const WatchOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cli
