// The inputs that once broke the template or TrueType fuzz target, replayed in
// the ordinary build: read without a crash, every message within the rules.
#include <gtest/gtest.h>

#include <span>
#include <string>

#include "../support/corpus.hpp"
#include "../support/process.hpp"
#include "typeset/fonts.hpp"
#include "typeset/template.hpp"
#include "typeset/truetype.hpp"

namespace typeset {
namespace {

TEST(FuzzRegressions, TemplatesAreReadWithMessagesWithinTheRules) {
  for (const auto& file : test_support::corpus_files("fuzz/regressions/template")) {
    SCOPED_TRACE(file.string());
    const TemplateResult result =
        parse_template(test_support::read_file(file.string()), file.string());
    test_support::expect_messages_within_rules(result.diagnostics);
    EXPECT_EQ(result.value.has_value(), !result.diagnostics.has_errors());
  }
  // The template messages of the shipped templates' mistakes too.
  for (const auto& file : test_support::corpus_files("templates", ".xml")) {
    test_support::expect_messages_within_rules(load_template(file.string()).diagnostics);
  }
}

TEST(FuzzRegressions, FontFilesAreParsedOrRefusedWithAReason) {
  for (const auto& file : test_support::corpus_files("fuzz/regressions/truetype")) {
    SCOPED_TRACE(file.string());
    const std::string bytes = test_support::read_file(file.string());
    FontFace face;
    std::string reason;
    const bool parsed = TrueTypeParser::parse(
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), face, reason);
    EXPECT_TRUE(parsed || !reason.empty());
  }
}

}  // namespace
}  // namespace typeset
