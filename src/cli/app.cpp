#include "cli/app.hpp"

#include <fmt/format.h>

#include <exception>
#include <iostream>
#include <new>
#include <system_error>

#include "base/system_errors.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace cli {

namespace {

// Dispatches a parsed command line; one overload per kind of invocation.
struct InvocationRunner {
  const Environment& environment;
  std::ostream& out;
  std::ostream& err;

  int operator()(const UsageError& error) const {
    err << fmt::format("brochure : {}\nvoir « brochure --help »\n", error.message);
    return kExitUsage;
  }
  int operator()(const HelpRequest& request) const {
    out << (request.command.empty() ? general_help() : command_help(request.command));
    return kExitSuccess;
  }
  int operator()(const VersionRequest&) const {
    out << "brochure " BROCHURE_VERSION "\n";
    return kExitSuccess;
  }
  int operator()(const CheckOptions& options) const { return run_check(options, out, err); }
  int operator()(const ListOptions& options) const {
    return run_list(options, environment, out, err);
  }
  int operator()(const RenderOptions& options) const { return run_render(options, out, err); }
  int operator()(const FlyerOptions& options) const { return run_flyer(options, out, err); }
  int operator()(const MailOptions& options) const { return run_mail(options, out, err); }
  int operator()(const PrintOptions& options) const { return run_print(options, out, err); }
  int operator()(const DemoOptions& options) const { return run_demo(options, out, err); }
  int operator()(const ArchiveOptions& options) const { return run_archive(options, out, err); }
  int operator()(const VerifyOptions& options) const { return run_verify(options, out, err); }
  int operator()(const NextEditionOptions& options) const {
    return run_next_edition(options, out, err);
  }
  int operator()(const WatchOptions& options) const { return run_watch(options, out, err); }
};

}  // namespace

int run(const std::vector<std::string>& arguments, const Environment& environment,
        std::ostream& out, std::ostream& err) {
  return std::visit(InvocationRunner{environment, out, err}, parse_arguments(arguments));
}

int run(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + (argc > 0 ? 1 : 0), argv + argc);
  try {
    return run(arguments, environment_from_process(), std::cout, std::cerr);
  } catch (const std::bad_alloc&) {
    std::cerr << "brochure : mémoire insuffisante\n";
    return kExitFailure;
  } catch (const std::system_error& exception) {
    std::cerr << fmt::format("brochure : erreur inattendue : {}\n",
                             base::french_reason(exception.code()));
    return kExitFailure;
  } catch (const std::exception& exception) {
    // Only the unexpected gets here: say so plainly, with what the library said.
    std::cerr << fmt::format("brochure : erreur inattendue ({})\n", exception.what());
    return kExitFailure;
  }
}

}  // namespace cli
