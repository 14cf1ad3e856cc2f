// The program starts without poppler, GMime and libqpdf: previews, mail
// drafts and the finishing pass are modules loaded when needed
// (src/base/program_module.hpp), so that every other run skips loading those
// libraries and the dozens they bring.
#include <gtest/gtest.h>

#include "base/program_module.hpp"
#include "cli_test_support.hpp"
#include "pdf/finishing_module.hpp"

namespace {

TEST(Modules, TheProgramStartsWithoutPopplerGMimeAndQpdf) {
  const test_support::CommandResult libraries =
      test_support::run_command("ldd " + test_support::shell_quoted(BROCHURE_BINARY));
  ASSERT_EQ(libraries.exit_code, 0) << libraries.output;
  EXPECT_NE(libraries.output.find("libhpdf"), std::string::npos) << libraries.output;
  EXPECT_EQ(libraries.output.find("libpoppler"), std::string::npos) << libraries.output;
  EXPECT_EQ(libraries.output.find("libgmime"), std::string::npos) << libraries.output;
  // libqpdf brings GnuTLS and eight more: 7 to 9 ms of every start.
  EXPECT_EQ(libraries.output.find("libqpdf"), std::string::npos) << libraries.output;
  EXPECT_EQ(libraries.output.find("libgnutls"), std::string::npos) << libraries.output;
}

// The finishing module is the program's own, and has the functions it asks for.
TEST(Modules, TheFinishingModuleLoadsWithEveryFunction) {
  const pdf::FinishingModule module = pdf::finishing_module();
  ASSERT_TRUE(module) << module.error;
  EXPECT_NE(module.functions->finish, nullptr);
  EXPECT_NE(module.functions->impose_booklet, nullptr);
  EXPECT_NE(module.functions->read_associated_files, nullptr);
  ASSERT_NE(module.functions->qpdf_version, nullptr);
  EXPECT_FALSE(module.functions->qpdf_version().empty());
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
