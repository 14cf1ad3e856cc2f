// The program starts without poppler and GMime: previews and mail drafts are
// modules loaded when first needed (src/base/program_module.hpp), so that
// every other run skips loading those libraries and the dozens they bring.
#include <gtest/gtest.h>

#include "base/program_module.hpp"
#include "cli_test_support.hpp"

namespace {

TEST(Modules, TheProgramStartsWithoutPopplerAndGMime) {
  const test_support::CommandResult libraries =
      test_support::run_command("ldd " + test_support::shell_quoted(BROCHURE_BINARY));
  ASSERT_EQ(libraries.exit_code, 0) << libraries.output;
  EXPECT_NE(libraries.output.find("libqpdf"), std::string::npos) << libraries.output;
  EXPECT_EQ(libraries.output.find("libpoppler"), std::string::npos) << libraries.output;
  EXPECT_EQ(libraries.output.find("libgmime"), std::string::npos) << libraries.output;
}

// Each failure says what happened and what to do, in French.
TEST(Modules, AMissingModuleOrFunctionIsToldInFrench) {
  const std::pair<const char*, const char*> cases[] = {
      {"absent", "le module libbrochure-absent.so est introuvable"},
      {"preview", "ne vient pas de cette version du programme"}};
  for (const auto& [module, said] : cases) {
    const base::ModuleFunction found = base::module_function(module, "brochure_absent");
    EXPECT_FALSE(found) << module;
    EXPECT_NE(found.error.find(said), std::string::npos) << found.error;
    EXPECT_NE(found.error.find("réinstall"), std::string::npos) << found.error;
  }
}

}  // namespace
