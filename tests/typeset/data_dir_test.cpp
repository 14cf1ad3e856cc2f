#include "typeset/data_dir.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace typeset {
namespace {

// Sets BROCHURE_DATA_DIR for one test and puts back what was there before.
class DataDirEnvironment : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* value = std::getenv("BROCHURE_DATA_DIR")) saved_ = value;
  }
  void TearDown() override {
    if (saved_) {
      ::setenv("BROCHURE_DATA_DIR", saved_->c_str(), 1);
    } else {
      ::unsetenv("BROCHURE_DATA_DIR");
    }
  }
  std::optional<std::string> saved_;
};

TEST_F(DataDirEnvironment, DefaultsToTheSourceTree) {
  ::unsetenv("BROCHURE_DATA_DIR");
  EXPECT_TRUE(std::filesystem::equivalent(data_dir(), BROCHURE_SOURCE_DIR)) << data_dir();
  EXPECT_TRUE(std::filesystem::exists(resolve_data_path("fonts/LivretSans-Regular.ttf")));
}

TEST_F(DataDirEnvironment, EnvironmentVariableWins) {
  ::setenv("BROCHURE_DATA_DIR", "/opt/brochure/share", 1);
  EXPECT_EQ(data_dir(), "/opt/brochure/share");
  EXPECT_EQ(resolve_data_path("fonts/DejaVuSans.ttf"), "/opt/brochure/share/fonts/DejaVuSans.ttf");
  EXPECT_EQ(resolve_data_path("./templates/../fonts/a.ttf"), "/opt/brochure/share/fonts/a.ttf");
}

TEST_F(DataDirEnvironment, EmptyVariableIsIgnored) {
  ::setenv("BROCHURE_DATA_DIR", "", 1);
  EXPECT_TRUE(std::filesystem::equivalent(data_dir(), BROCHURE_SOURCE_DIR)) << data_dir();
}

TEST_F(DataDirEnvironment, AbsolutePathsAreLeftAlone) {
  ::setenv("BROCHURE_DATA_DIR", "/opt/brochure/share", 1);
  EXPECT_EQ(resolve_data_path("/usr/share/fonts/x.ttf"), "/usr/share/fonts/x.ttf");
}

}  // namespace
}  // namespace typeset
