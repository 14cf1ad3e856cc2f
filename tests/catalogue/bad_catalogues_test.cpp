// The corpus of bad catalogues: each file of tests/data/bad declares, in leading
// comments `<!-- expect: line:column: error: message -->`, exactly the
// diagnostics the reader must give for it, in order.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../support/corpus.hpp"
#include "catalogue/reader.hpp"

namespace catalogue {
namespace {

std::vector<std::filesystem::path> corpus_files() {
  return test_support::corpus_files("tests/data/bad", ".xml");
}

std::vector<std::string> declared_expectations(const std::filesystem::path& file) {
  constexpr std::string_view kOpen = "<!-- expect: ";
  constexpr std::string_view kClose = " -->";
  std::ifstream in(file, std::ios::binary);
  std::vector<std::string> expected;
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t open = line.find(kOpen);
    const std::size_t close = line.rfind(kClose);
    if (open == std::string::npos || close == std::string::npos || close < open) continue;
    expected.push_back(line.substr(open + kOpen.size(), close - open - kOpen.size()));
  }
  return expected;
}

// The reader's diagnostics, formatted without the file name.
std::vector<std::string> actual_diagnostics(const std::filesystem::path& file) {
  const LoadResult result = load_catalogue(file.string());
  std::vector<std::string> actual;
  for (const base::Diagnostic& diagnostic : result.diagnostics.items()) {
    std::string text = base::format_diagnostic(diagnostic);
    EXPECT_TRUE(text.starts_with(file.string() + ":")) << text;
    actual.push_back(text.substr(file.string().size() + 1 + (diagnostic.position.line ? 0 : 1)));
  }
  EXPECT_EQ(result.value.has_value(), !result.diagnostics.has_errors());
  return actual;
}

class BadCatalogue : public testing::TestWithParam<std::filesystem::path> {};

TEST_P(BadCatalogue, GivesExactlyTheDeclaredDiagnostics) {
  const std::vector<std::string> expected = declared_expectations(GetParam());
  ASSERT_FALSE(expected.empty()) << GetParam() << " declares no <!-- expect: … --> line";
  EXPECT_EQ(actual_diagnostics(GetParam()), expected);
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadCatalogue, testing::ValuesIn(corpus_files()),
                         [](const auto& info) { return test_support::test_name_of(info.param); });

TEST(BadCatalogueCorpus, CoversManyProblems) {
  EXPECT_GE(corpus_files().size(), 15u);
}

}  // namespace
}  // namespace catalogue
