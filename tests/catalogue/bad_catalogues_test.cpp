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

#include "catalogue/reader.hpp"

namespace catalogue {
namespace {

const std::filesystem::path kCorpus = std::filesystem::path(BROCHURE_SOURCE_DIR) / "tests/data/bad";

std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
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

std::string test_name(const testing::TestParamInfo<std::filesystem::path>& info) {
  std::string name = info.param.stem().string();
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadCatalogue, testing::ValuesIn(corpus_files()), test_name);

TEST(BadCatalogueCorpus, CoversManyProblems) {
  EXPECT_GE(corpus_files().size(), 15u);
}

}  // namespace
}  // namespace catalogue
