// The files of a test corpus (tests/data/bad, fuzz/regressions/<target>),
// sorted, and the check that every message given for them follows the rules
// of base/message_rules.hpp.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/message_rules.hpp"

namespace test_support {

// Every regular file under BROCHURE_SOURCE_DIR/`folder` whose name ends with
// `extension` (any file when it is empty); none when the folder is absent.
inline std::vector<std::filesystem::path> corpus_files(const std::string& folder,
                                                       const std::string& extension = "") {
  std::vector<std::filesystem::path> files;
  const std::filesystem::path directory = std::filesystem::path(BROCHURE_SOURCE_DIR) / folder;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (!entry.is_regular_file()) continue;
    if (!extension.empty() && entry.path().extension() != extension) continue;
    if (entry.path().filename() == "README.md") continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A test name made of the file's folder and stem ("bad_nul_character").
inline std::string test_name_of(const std::filesystem::path& file) {
  std::string name = file.parent_path().filename().string() + "_" + file.stem().string();
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

inline void expect_messages_within_rules(const base::Diagnostics& diagnostics) {
  for (const base::Diagnostic& diagnostic : diagnostics.items()) {
    EXPECT_EQ(base::message_rule_violation(diagnostic), "")
        << base::format_diagnostic(diagnostic).substr(0, 2000);
  }
}

}  // namespace test_support
