// Every PDF for the screen is tagged (PDF/UA-1): the 2026-2027 edition and the
// layout demo, as the program writes them, pass our rule checker
// (pdf/accessibility_check.hpp), and their structure trees, as poppler reads
// them (`pdfinfo -struct-text`: what a screen reader is given, in order),
// match reviewed goldens for a flyer, the demo (lists, a table split across
// pages with its header repeated), a brochure sheet and a sheet whose row is
// split across pages. UPDATE_GOLDEN=1 rewrites the goldens under
// tests/fixtures/golden/structure/; read them before committing.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "cli_test_support.hpp"
#include "pdf/finishing/accessibility_check.hpp"

namespace {

using cli_test::read_file;
using cli_test::shell_quoted;
using cli_test::TempDir;
namespace fs = std::filesystem;

class TaggedEdition : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir("ua");
    const cli_test::RenderedEdition edition = cli_test::render_edition_and_demo(*scratch_);
    out_ = edition.out;
    demo_ = edition.demo;
    files_ = edition.pdfs;
  }
  static void TearDownTestSuite() { delete scratch_; }

  static fs::path brochure() { return out_ / "brochure-2026-2027.pdf"; }
  static fs::path flyer(const std::string& name) { return out_ / "flyers" / name; }

  static inline TempDir* scratch_ = nullptr;
  static inline fs::path out_;
  static inline fs::path demo_;
  static inline std::vector<fs::path> files_;
};

// The structure tree as poppler prints it, object numbers left out (any
// change elsewhere in the file renumbers them).
std::string structure_text(const fs::path& file) {
  const test_support::CommandResult dump =
      test_support::run_command("pdfinfo -struct-text " + shell_quoted(file.string()));
  EXPECT_EQ(dump.exit_code, 0) << file;
  static const std::regex kObject("Object [0-9]+ [0-9]+");
  return std::regex_replace(dump.output, kObject, "Object (annotation)");
}

// The top-level elements of `dump` that make the sheet titled `title`: its
// kicker (the paragraph over the title), the title, and what follows up to
// the next sheet's kicker or the next heading.
std::string section_of(const std::string& dump, const std::string& title) {
  const std::vector<std::string> lines = cli_test::lines_of(dump);
  // Where each top-level element starts.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].size() > 2 && lines[i].rfind("  ", 0) == 0 && lines[i][2] != ' ')
      starts.push_back(i);
  }
  starts.push_back(lines.size());
  const auto is_heading = [&](std::size_t k) { return lines[starts[k]].rfind("  H", 0) == 0; };
  const auto is_kicker = [&](std::size_t k) {
    return k + 1 < starts.size() - 1 && lines[starts[k]] == "  P (block)" && is_heading(k + 1);
  };
  std::size_t heading = starts.size();
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    if (is_heading(k) && lines[starts[k] + 1] == "    \"" + title + "\"") {
      heading = k;
      break;
    }
  }
  if (heading == starts.size()) return {};
  const std::size_t first = heading > 0 && is_kicker(heading - 1) ? heading - 1 : heading;
  std::size_t end = heading + 1;
  while (end + 1 < starts.size() && !is_heading(end) && !is_kicker(end)) ++end;
  std::string section;
  for (std::size_t i = starts[first]; i < starts[end]; ++i) section += lines[i] + "\n";
  return section;
}

void expect_golden(const std::string& name, const std::string& actual) {
  ASSERT_FALSE(actual.empty()) << name;
  const fs::path path =
      fs::path(BROCHURE_SOURCE_DIR) / "tests/fixtures/golden/structure" / (name + ".txt");
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << "missing " << path << " (UPDATE_GOLDEN=1, then review it)";
  EXPECT_EQ(actual, read_file(path)) << "the structure of " << name << " changed; compare with "
                                     << path << " (UPDATE_GOLDEN=1 rewrites it)";
}

TEST_F(TaggedEdition, EveryFilePassesTheRuleChecker) {
  ASSERT_EQ(files_.size(), 18u);
  int links = 0;
  for (const fs::path& file : files_) {
    SCOPED_TRACE(file.string());
    const pdf::AccessibilityReport report = pdf::check_accessibility(read_file(file));
    std::string problems;
    for (const std::string& problem : report.problems) problems += problem + "\n";
    EXPECT_TRUE(report.ok()) << problems;
    EXPECT_GT(report.elements, 10);
    EXPECT_GT(report.marked_sequences, 10);
    EXPECT_GT(report.artifacts, 0);  // bands, rules, running heads
    links += report.links;
  }
  EXPECT_GT(links, 50);  // the brochure's contents, overview and calendar codes, the websites
}

TEST_F(TaggedEdition, StructureOfAFlyer) {
  expect_golden("flyer-T2605",
                structure_text(flyer("T2605-anticiper-la-venue-d-un-stagiaire.pdf")));
}

TEST_F(TaggedEdition, StructureOfTheDemo) {
  expect_golden("demo", structure_text(demo_));
}

// A table's header repeated on the next page, and a label repeated with
// « (suite) », are on paper but read once: artifacts.
TEST_F(TaggedEdition, RepeatedHeadersAndContinuationLabelsAreArtifacts) {
  const std::string on_paper =
      test_support::run_command("pdftotext " + shell_quoted(demo_.string()) + " -").output;
  const std::string read = structure_text(demo_);
  const auto count = [](const std::string& text, const std::string& word) {
    std::size_t found = 0;
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
      ++found;
    return found;
  };
  EXPECT_EQ(count(on_paper, "Rubrique"), 2u);
  EXPECT_EQ(count(read, "Rubrique"), 1u);
  EXPECT_GE(count(on_paper, "(suite)"), 1u);
  EXPECT_EQ(count(read, "(suite)"), 0u);
}

// What a screen reader reads of the sheets (`read`, the brochure's structure
// tree) comes in the order pdftotext gives: each label, then its content.
// (Spaces and hyphens left out: pdftotext breaks lines where the page does.)
void expect_labels_then_contents_in_reading_order(const std::string& read,
                                                  const fs::path& brochure) {
  const auto letters = [](const std::string& text) {
    std::string kept;
    for (char c : text) {
      if (c != ' ' && c != '\n' && c != '-') kept += c;
    }
    return kept;
  };
  const std::string on_paper = letters(
      test_support::run_command("pdftotext " + shell_quoted(brochure.string()) + " -").output);
  const std::vector<std::string> lines = cli_test::lines_of(read);
  const auto quoted = [&](std::size_t& j) {
    while (j < lines.size() && lines[j].find('"') == std::string::npos) ++j;
    if (j >= lines.size()) return std::string();
    const std::string& line = lines[j];
    return letters(line.substr(line.find('"') + 1, line.rfind('"') - line.find('"') - 1));
  };
  std::size_t position = 0;
  int labels = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].find("TH:") == std::string::npos) continue;
    // TH: /Scope /Row, the label's text; then the TD and its first text.
    std::size_t j = i + 1;
    const std::string label = quoted(j);
    const std::string content = quoted(++j);
    if (label.empty() || content.empty()) break;
    const std::size_t found = on_paper.find(label, position);
    ASSERT_NE(found, std::string::npos)
        << "« " << label << " » (line " << i + 1 << " of the structure) not found after offset "
        << position << " in pdftotext's text";
    const std::size_t follows = on_paper.find(content.substr(0, 40), found + label.size());
    ASSERT_NE(follows, std::string::npos) << "« " << content << " » not after « " << label << " »";
    position = found + label.size();
    ++labels;
  }
  EXPECT_GT(labels, 100);
}

// The brochure's tree, read once (poppler takes some 25 s over it): a sheet,
// a sheet whose last row is split across pages (T2612: one TR, one TD), and
// the reading order of every sheet.
TEST_F(TaggedEdition, BrochureSheetsStructureAndReadingOrder) {
  const std::string read = structure_text(brochure());
  {
    SCOPED_TRACE("a brochure sheet");
    expect_golden("brochure-sheet-T2605",
                  section_of(read,
                             "Anticiper la venue d’un stagiaire au sein de l’équipe du milieu "
                             "d’accueil"));
  }
  {
    SCOPED_TRACE("a sheet whose row is split across pages");
    expect_golden("brochure-sheet-T2612-split",
                  section_of(read,
                             "Intervision : renforcer la qualité du tutorat dans les milieux "
                             "d’accueil (0-12 ans)"));
  }
  {
    SCOPED_TRACE("labels then contents in reading order");
    expect_labels_then_contents_in_reading_order(read, brochure());
  }
}

}  // namespace
