// Every message the catalogue reader gives for the bad catalogues and for the
// inputs that once broke a fuzz target is one line, without a control
// character, of at most 300 characters besides its file's path; and those
// inputs are read without a crash (their replay in the ordinary build).
#include <gtest/gtest.h>

#include <string>

#include "../support/corpus.hpp"
#include "catalogue/reader.hpp"

namespace catalogue {
namespace {

std::vector<std::filesystem::path> inputs() {
  std::vector<std::filesystem::path> files = test_support::corpus_files("tests/data/bad", ".xml");
  for (const char* folder : {"fuzz/regressions/catalogue", "fuzz/regressions/pipeline"}) {
    for (auto& file : test_support::corpus_files(folder)) files.push_back(file);
  }
  return files;
}

class CatalogueMessages : public testing::TestWithParam<std::filesystem::path> {};

TEST_P(CatalogueMessages, FollowTheRules) {
  const LoadResult result = load_catalogue(GetParam().string());
  test_support::expect_messages_within_rules(result.diagnostics);
  EXPECT_EQ(result.value.has_value(), !result.diagnostics.has_errors());
}

INSTANTIATE_TEST_SUITE_P(Corpora, CatalogueMessages, testing::ValuesIn(inputs()),
                         [](const auto& info) { return test_support::test_name_of(info.param); });

TEST(MessageRules, CatchWhatTheyForbid) {
  const auto violation = [](std::string message) {
    return base::message_rule_violation({base::Severity::error, "x.xml", {1, 1}, message});
  };
  EXPECT_EQ(violation("court"), "");
  EXPECT_EQ(violation(std::string(280, 'e')), "");
  EXPECT_NE(violation(std::string(300, 'e')), "");  // with "1:1: error: ", beyond 300
  EXPECT_NE(violation("deux\nlignes"), "");
  EXPECT_NE(violation(std::string("nul \0 ici", 9)), "");
  EXPECT_NE(violation("\xC2\x85"), "");
}

}  // namespace
}  // namespace catalogue
