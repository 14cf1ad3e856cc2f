// The outline's shape as qpdf reads it back: nesting, order, folding.
#include <fmt/format.h>

#include <regex>

#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

// The tree on one line: each entry as "@page[children]+ title;" ("+" open,
// "-" folded; no brackets for an entry without children), then the closing
// bracket of the outline's list.
std::string outline_shape(const std::string& path) {
  const std::string json = std::regex_replace(
      pdf_test::run_command("qpdf --json --json-key=outlines " + pdf_test::shell_quoted(path))
          .output,
      std::regex("\"dest\": \\[[^\\]]*\\],"), "");  // its brackets are not the tree's
  std::string shape;
  const std::regex token(
      "\"destpageposfrom1\": (\\d+)|\"kids\": \\[\\]|\"kids\": \\[|\\]|\"open\": (true|false)|"
      "\"title\": \"([^\"]*)\"");
  const std::size_t start = json.find("\"outlines\"");
  for (auto it = std::sregex_iterator(json.begin() + static_cast<long>(start), json.end(), token);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& match = *it;
    if (match[1].matched)
      shape.append("@").append(match[1].str());
    else if (match[2].matched)
      shape += match[2] == "true" ? "+" : "-";
    else if (match[3].matched)
      shape.append(" ").append(match[3].str()).append(";");
    else if (match.str() == "\"kids\": [")
      shape += "[";
    else if (match.str() == "]")
      shape += "]";
  }
  return shape;
}

class Outline : public ::testing::Test {
 protected:
  Outline() {
    document_.pages.resize(3);
    for (int page = 0; page < 3; ++page)
      document_.pages[static_cast<std::size_t>(page)].anchors.push_back(
          {fmt::format("p{}", page + 1), {0, 0}});
  }
  std::string write(const pdf::WriteOptions& options = {}) {
    const std::string path = scratch_.file("outline.pdf");
    const pdf::WriteResult result = pdf::write_pdf(document_, fonts_, path, options);
    EXPECT_TRUE(result.ok());
    return path;
  }
  typeset::DocumentBox document_;
  const typeset::FontLibrary& fonts_ = pdf_test::carlito_library();
  pdf_test::ScratchDirectory scratch_;
};

TEST_F(Outline, SiblingsAndChildrenInOrder) {
  document_.outline = {
      {"Formations", "p1", 0}, {"Accueil", "p2", 1}, {"Gestion", "p3", 1}, {"Index", "p3", 0}};
  EXPECT_EQ(outline_shape(write()), "@1[@2+ Accueil;@3+ Gestion;]+ Formations;@3+ Index;]");
}

TEST_F(Outline, FoldedWhenAskedToOpenNothing) {
  document_.outline = {{"Formations", "p1", 0}, {"Accueil", "p2", 1}};
  pdf::WriteOptions closed;
  closed.outline_open_depth = 0;
  EXPECT_EQ(outline_shape(write(closed)), "@1[@2+ Accueil;]- Formations;]");
}

TEST_F(Outline, ALevelSkippedNestsUnderThePreviousEntry) {
  document_.outline = {{"Formations", "p1", 0}, {"Détail", "p2", 2}, {"Index", "p3", 0}};
  EXPECT_EQ(outline_shape(write()), "@1[@2+ Détail;]+ Formations;@3+ Index;]");
}

TEST_F(Outline, NoEntriesNoOutlinesModeEither) {
  const std::string path = write();
  const std::string catalog =
      pdf_test::run_command("qpdf --show-object=1 " + pdf_test::shell_quoted(path)).output;
  EXPECT_EQ(catalog.find("/PageMode"), std::string::npos) << catalog;
}

}  // namespace
