// The XSD of the template format (templates/template.xsd) against the shipped
// templates and against small templates each broken in one way the schema
// promises to catch: an XML editor completes and checks a template with it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../support/corpus.hpp"
#include "../support/process.hpp"
#include "typeset/template.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kSchema = fs::path(BROCHURE_SOURCE_DIR) / "templates" / "template.xsd";

test_support::CommandResult validate(const fs::path& file) {
  return test_support::run_command("xmllint --noout --schema " +
                                       test_support::shell_quoted(kSchema.string()) + " " +
                                       test_support::shell_quoted(file.string()),
                                   test_support::Stderr::merged);
}

TEST(TemplateSchema, AcceptsEveryShippedTemplate) {
  const auto templates = test_support::corpus_files("templates", ".xml");
  ASSERT_GE(templates.size(), 3u);
  for (const fs::path& file : templates) {
    const test_support::CommandResult result = validate(file);
    EXPECT_EQ(result.exit_code, 0) << file << "\n" << result.output;
  }
}

const std::string kSmallTemplate = R"(<?xml version="1.0" encoding="UTF-8"?>
<template language="fr">
  <fonts fallback="Livret Sans">
    <family name="Livret Sans" regular="fonts/LivretSans-Regular.ttf"/>
  </fonts>
  <color name="accent" value="#1f4e79"/>
  <length name="gap" value="4.5mm"/>
  <text name="suite">(suite)</text>
  <paragraph-style name="body" family="Livret Sans" size="10" leading="12.5pt" color="accent"
                   align="justify" hyphenate="true" widows="2"/>
  <list-style name="bullets"><level bullet="•" indent="12" gap="3"/></list-style>
  <table-style name="sheet" columns="22% * 2* 30pt" padding="4 7 3" label-column="1"
               continuation="suite"><row-separator width="0.5" color="#b7c6d8"/></table-style>
  <page-master name="page" size="A4" margins="64pt 54pt">
    <band top="0" height="72" fill="accent" edges="top left right"/>
    <header top="34pt" height="14pt" style="body" left="{mark}" right="{website}"/>
    <zone top="0" height="60" align="middle"><left><line style="body">{title}</line></left></zone>
    <image slot="logo" x="40" y="20" width="80" height="30"/>
  </page-master>
</template>
)";

// A temporary file removed at the end of the test.
struct TempTemplate {
  explicit TempTemplate(const std::string& content)
      : path(fs::temp_directory_path() /
             ("brochure-template-schema-" + std::to_string(getpid()) + ".xml")) {
    std::ofstream(path, std::ios::binary) << content;
  }
  ~TempTemplate() {
    std::error_code ignored;
    fs::remove(path, ignored);
  }
  fs::path path;
};

// The schema and the program's reader agree on it.
TEST(TemplateSchema, AcceptsTheSmallTemplateAsTheReaderDoes) {
  const TempTemplate file(kSmallTemplate);
  const test_support::CommandResult result = validate(file.path);
  EXPECT_EQ(result.exit_code, 0) << result.output;
  const typeset::TemplateResult read = typeset::parse_template(kSmallTemplate, "petit.xml");
  for (const base::Diagnostic& diagnostic : read.diagnostics.items()) {
    ADD_FAILURE() << base::format_diagnostic(diagnostic);
  }
}

struct Breakage {
  const char* name;
  const char* from;
  const char* to;
};

class TemplateSchemaRejects : public testing::TestWithParam<Breakage> {};

TEST_P(TemplateSchemaRejects, TheBrokenTemplate) {
  std::string text = kSmallTemplate;
  const std::size_t at = text.find(GetParam().from);
  ASSERT_NE(at, std::string::npos) << GetParam().from;
  text.replace(at, std::string_view(GetParam().from).size(), GetParam().to);
  const TempTemplate file(text);
  const test_support::CommandResult result = validate(file.path);
  // 3: a validation error (not a schema or file that could not be read).
  EXPECT_EQ(result.exit_code, 3) << "accepté à tort :\n" << result.output;
}

const Breakage kBreakages[] = {
    {"UnknownElement", "<color name=\"accent\"", "<colour name=\"accent\""},
    {"UnknownAttribute", "size=\"10\"", "sise=\"10\""},
    {"LengthWithAWrongUnit", "value=\"4.5mm\"", "value=\"4.5px\""},
    {"ColourWithFiveDigits", "value=\"#1f4e79\"", "value=\"#1f4e7\""},
    {"NameMissing", "<paragraph-style name=\"body\"", "<paragraph-style"},
    {"UnknownAlignment", "align=\"justify\"", "align=\"justified\""},
    {"BooleanInFrench", "hyphenate=\"true\"", "hyphenate=\"oui\""},
    {"NegativeCount", "widows=\"2\"", "widows=\"-2\""},
    {"FiveMargins", "margins=\"64pt 54pt\"", "margins=\"1 2 3 4 5\""},
    {"UnknownEdge", "edges=\"top left right\"", "edges=\"top gauche\""},
    {"ListWithoutLevel", "<level bullet=\"•\" indent=\"12\" gap=\"3\"/>", ""},
    {"TextInAPageMaster", "<band top", "texte <band top"},
    {"UnknownPageSize", "size=\"A4\"", "size=\"Letter\""},
};

INSTANTIATE_TEST_SUITE_P(Breakages, TemplateSchemaRejects, testing::ValuesIn(kBreakages),
                         [](const testing::TestParamInfo<Breakage>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
