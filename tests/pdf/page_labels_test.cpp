// Page labels as a reader shows them, read back through qpdf's JSON.
#include <regex>

#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

using pdf_test::run_command;
using pdf_test::shell_quoted;

// The label dictionaries of each page, in order, whitespace squeezed.
std::vector<std::string> labels_of(const std::string& path) {
  const std::string json = run_command("qpdf --json --json-key=pages " + shell_quoted(path)).output;
  const std::string flat = std::regex_replace(json, std::regex("\\s+"), " ");
  std::vector<std::string> labels;
  const std::regex label("\"label\": (null|\\{[^}]*\\})");
  for (auto it = std::sregex_iterator(flat.begin(), flat.end(), label);
       it != std::sregex_iterator(); ++it)
    labels.push_back((*it)[1].str());
  return labels;
}

class PageLabels : public ::testing::Test {
 protected:
  typeset::DocumentBox pages(int count) {
    typeset::DocumentBox document;
    document.pages.resize(static_cast<std::size_t>(count));
    return document;
  }
  std::string write(const typeset::DocumentBox& document) {
    const std::string path = scratch_.file("labels.pdf");
    const pdf::WriteResult result = pdf::write_pdf(document, fonts_, path, {});
    EXPECT_TRUE(result.ok());
    return path;
  }
  const typeset::FontLibrary& fonts_ = pdf_test::carlito_library();
  pdf_test::ScratchDirectory scratch_;
};

TEST_F(PageLabels, CoverWithoutNumberThenNumberedPages) {
  typeset::DocumentBox document = pages(4);
  document.page_labels = {{0, "Couverture", false, 1}, {1, "", true, 2}, {3, "Annexe ", true, 1}};
  const std::vector<std::string> labels = labels_of(write(document));
  ASSERT_EQ(labels.size(), 4u);
  EXPECT_EQ(labels[0], "{ \"/P\": \"u:Couverture\", \"/St\": 1 }");
  EXPECT_EQ(labels[1], "{ \"/S\": \"/D\", \"/St\": 2 }");
  EXPECT_EQ(labels[2], "{ \"/S\": \"/D\", \"/St\": 3 }");
  EXPECT_EQ(labels[3], "{ \"/P\": \"u:Annexe \", \"/S\": \"/D\", \"/St\": 1 }");
}

TEST_F(PageLabels, PagesBeforeTheFirstRangeAreNumberedPlainly) {
  typeset::DocumentBox document = pages(3);
  document.page_labels = {{2, "Index ", false, 1}};
  const std::vector<std::string> labels = labels_of(write(document));
  ASSERT_EQ(labels.size(), 3u);
  EXPECT_EQ(labels[0], "{ \"/S\": \"/D\", \"/St\": 1 }");
  EXPECT_EQ(labels[1], "{ \"/S\": \"/D\", \"/St\": 2 }");
  EXPECT_EQ(labels[2], "{ \"/P\": \"u:Index \", \"/St\": 1 }");
}

TEST_F(PageLabels, NoRangesMeansNoLabels) {
  const std::vector<std::string> labels = labels_of(write(pages(2)));
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0], "null");
}

TEST_F(PageLabels, RangesOutOfOrderOrBeyondTheLastPageAreReported) {
  typeset::DocumentBox document = pages(2);
  document.page_labels = {{1, "", true, 1}, {0, "", true, 1}, {5, "", true, 1}};
  const pdf::RenderResult result = pdf::render_pdf(document, fonts_, {});
  EXPECT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics.items().size(), 2u);
  EXPECT_NE(result.diagnostics.items()[0].message.find("la page 1 est hors du document ou dans "
                                                       "le désordre"),
            std::string::npos)
      << result.diagnostics.items()[0].message;
  EXPECT_NE(result.diagnostics.items()[1].message.find("la page 6"), std::string::npos);
}

}  // namespace
