// The program runs on jemalloc with the settings of src/memory_allocator.cpp
// (the heap on huge pages, one arena; the heap hook is tested in
// tests/memory_allocator/). A jemalloc that ignored them, a misspelt setting
// or a build that lost the link would make every run slower and nothing else
// would tell.
#include <gtest/gtest.h>

#include "cli_test_support.hpp"

namespace {

TEST(MemoryAllocator, TheProgramRunsOnJemallocWithItsSettings) {
#ifndef BROCHURE_WITH_JEMALLOC
  GTEST_SKIP() << "built without jemalloc (-DBROCHURE_JEMALLOC=OFF or a sanitizer build)";
#else
  // jemalloc prints its settings at exit when asked to; a setting it cannot
  // read makes it complain on standard error.
  const test_support::CommandResult run = test_support::run_command(
      "MALLOC_CONF=stats_print:true " + test_support::shell_quoted(BROCHURE_BINARY) + " --version",
      test_support::Stderr::merged);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_EQ(run.output.find("<jemalloc>"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("opt.thp: \"always\""), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("opt.metadata_thp: \"always\""), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("opt.narenas: 1\n"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("opt.retain: true"), std::string::npos) << run.output;
#endif
}

}  // namespace
