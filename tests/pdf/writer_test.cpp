// End-to-end: hand-built documents written to disk, then read back with the
// tools a printer or a reader would use (qpdf, poppler).
#include "pdf/writer.hpp"

#include <regex>

#include "pdf_test_support.hpp"

namespace {

using pdf_test::run_command;
using pdf_test::shell_quoted;

std::string messages(const base::Diagnostics& diagnostics) {
  std::string all;
  for (const base::Diagnostic& item : diagnostics.items())
    all += base::format_diagnostic(item) + "\n";
  return all;
}

// Writes the sample document once for the whole suite: the tools then look at it.
class SampleDocument : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new pdf_test::ScratchDirectory();
    fonts_ = &pdf_test::carlito_library();
    path_ = scratch_->file("catalogue.pdf");
    const pdf::WriteResult result =
        pdf::write_pdf(pdf_test::sample_document(*fonts_), *fonts_, path_, {});
    ASSERT_TRUE(result.ok()) << messages(result.diagnostics);
    size_ = result.size;
  }
  static void TearDownTestSuite() { delete scratch_; }

  // qpdf's view of one object, e.g. "1" for the catalogue or "trailer".
  static std::string show_object(const std::string& object) {
    return run_command("qpdf --show-object=" + object + " " + shell_quoted(path_)).output;
  }
  // "28" for the first page: the object number of page `number` (from 1).
  static std::string page_object(int number) {
    const std::string pages = run_command("qpdf --show-pages " + shell_quoted(path_)).output;
    std::smatch match;
    const std::regex page_line("page " + std::to_string(number) + ": (\\d+) 0 R");
    return std::regex_search(pages, match, page_line) ? match[1].str() : "";
  }

  static inline pdf_test::ScratchDirectory* scratch_ = nullptr;
  static inline const typeset::FontLibrary* fonts_ = nullptr;
  static inline std::string path_;
  static inline std::size_t size_ = 0;
};

TEST_F(SampleDocument, ReportsTheSizeWrittenToDisk) {
  EXPECT_EQ(size_, std::filesystem::file_size(path_));
}

TEST_F(SampleDocument, QpdfFindsNoError) {
  const pdf_test::CommandResult check = run_command("qpdf --check " + shell_quoted(path_));
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("No syntax or stream encoding errors found"), std::string::npos)
      << check.output;
}

TEST_F(SampleDocument, TextComesBackWithAccents) {
  const std::string text =
      run_command("pdftotext -q -enc UTF-8 " + shell_quoted(path_) + " -").output;
  EXPECT_NE(text.find("Élève œuvre — 9h30"), std::string::npos) << text;
  EXPECT_NE(text.find("« Programme »"), std::string::npos) << text;
  EXPECT_NE(text.find("Deuxième séance : « Communiquer »"), std::string::npos) << text;
}

// libharu's own ToUnicode maps make poppler warn for every font; ours do not.
TEST_F(SampleDocument, ReadersFindNothingToWarnAbout) {
  const pdf_test::CommandResult text =
      run_command("pdftotext " + shell_quoted(path_) + " /dev/null");
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.output, "");
  EXPECT_EQ(run_command("pdffonts " + shell_quoted(path_) + " >/dev/null").output, "");
}

TEST_F(SampleDocument, FacesAreEmbeddedAsSubsets) {
  const std::string fonts = run_command("pdffonts " + shell_quoted(path_)).output;
  int embedded_subsets = 0;
  std::istringstream lines(fonts);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("+Carlito") == std::string::npos) continue;
    EXPECT_NE(line.find("CID TrueType"), std::string::npos) << line;
    EXPECT_TRUE(std::regex_search(line, std::regex("yes +yes +yes"))) << line;  // emb sub uni
    ++embedded_subsets;
  }
  EXPECT_EQ(embedded_subsets, 4) << fonts;  // one per face used, each once
}

TEST_F(SampleDocument, InformationDictionaryHasTheMetadata) {
  const std::string info = run_command("pdfinfo -enc UTF-8 " + shell_quoted(path_)).output;
  EXPECT_NE(info.find("Title:           Catalogue des formations 2026–2027"), std::string::npos)
      << info;
  EXPECT_NE(info.find("Author:          Fonds social"), std::string::npos) << info;
  EXPECT_NE(info.find("Subject:         Formations pour le secteur"), std::string::npos) << info;
  EXPECT_NE(info.find("Keywords:        formation, catalogue"), std::string::npos) << info;
  EXPECT_NE(info.find("Creator:         brochure"), std::string::npos) << info;
  EXPECT_NE(info.find("Producer:        brochure "), std::string::npos) << info;
  EXPECT_NE(info.find("Pages:           2"), std::string::npos) << info;
  EXPECT_NE(info.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info;
  EXPECT_EQ(info.find("CreationDate"), std::string::npos) << "no date unless asked for";
}

TEST_F(SampleDocument, CatalogHasLanguageOutlineModeAndPageLabels) {
  const std::string catalog = show_object("1");
  EXPECT_NE(catalog.find("/Lang (fr-BE)"), std::string::npos) << catalog;
  EXPECT_NE(catalog.find("/PageMode /UseOutlines"), std::string::npos) << catalog;
  // "p. " in UTF-16BE with its byte order mark, decimal numbers from page 1.
  EXPECT_NE(catalog.find("/PageLabels << /Nums [ 0 << /P <feff0070002e0020> /S /D >> ] >>"),
            std::string::npos)
      << catalog;
}

TEST_F(SampleDocument, LinksAreBorderlessAndLeadWhereTheyShould) {
  const std::string first_page = show_object(page_object(1));
  std::smatch annots;
  ASSERT_TRUE(
      std::regex_search(first_page, annots, std::regex("/Annots \\[ (\\d+) 0 R (\\d+) 0 R \\]")))
      << first_page;

  const std::string uri_link = show_object(annots[1]);
  EXPECT_NE(uri_link.find("/URI (https://www.example.be/inscription?nom=%C3%89l%C3%A8ve)"),
            std::string::npos)
      << uri_link;
  EXPECT_NE(uri_link.find("/Border [ 0 0 0 ]"), std::string::npos) << uri_link;
  // Layout's rect (72, 160) 60 × 14, top-down, in PDF's bottom-up space.
  EXPECT_NE(uri_link.find("/Rect [ 72 667.89001 132 681.89001 ]"), std::string::npos) << uri_link;

  const std::string internal_link = show_object(annots[2]);
  EXPECT_NE(internal_link.find("/Border [ 0 0 0 ]"), std::string::npos) << internal_link;
  // The anchor at (72, 200) on page 2: that page, that height, zoom unchanged;
  // the array written in the link itself (PDF/A validators refuse a reference).
  EXPECT_NE(internal_link.find("/Dest [ " + page_object(2) + " 0 R /XYZ 72 641.89001 null ]"),
            std::string::npos)
      << internal_link;
  // Printable, as PDF/A requires of every annotation.
  EXPECT_NE(internal_link.find("/F 4"), std::string::npos) << internal_link;
  EXPECT_NE(uri_link.find("/F 4"), std::string::npos) << uri_link;
}

TEST_F(SampleDocument, OutlineIsNestedWithFrenchTitles) {
  const std::string json =
      run_command("qpdf --json --json-key=outlines " + shell_quoted(path_)).output;
  const std::string flat = std::regex_replace(json, std::regex("\\s+"), " ");
  // Level 0 entry on page 1 whose only kid, level 1, goes to page 2.
  const std::regex nested(
      "\"destpageposfrom1\": 1, \"kids\": \\[ \\{ \"dest\": \\[[^\\]]*\\], "
      "\"destpageposfrom1\": 2, \"kids\": \\[\\], \"object\": \"[^\"]*\", \"open\": \\w+, "
      "\"title\": \"Séance n° 2 — été\" \\} \\], \"object\": \"[^\"]*\", \"open\": true, "
      "\"title\": \"Chapitre « Un »\"");
  EXPECT_TRUE(std::regex_search(flat, nested)) << flat;
}

TEST_F(SampleDocument, GlyphRunLandsWhereLayoutPutIt) {
  const std::string boxes = run_command("pdftotext -q -bbox " + shell_quoted(path_) + " -").output;
  std::smatch word;
  ASSERT_TRUE(
      std::regex_search(boxes, word,
                        std::regex("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                                   "yMax=\"([\\d.]+)\">Élève</word>")))
      << boxes;
  // Baseline origin (72, 100) top-down at 12 pt: the word starts at x = 72 and
  // its box spans the baseline, mostly above it.
  EXPECT_NEAR(std::stod(word[1]), 72, 0.01);
  const double top = std::stod(word[2]);
  const double bottom = std::stod(word[3]);
  EXPECT_GT(top, 100 - 12);
  EXPECT_LT(top, 100 - 6);
  EXPECT_GT(bottom, 100);
  EXPECT_LT(bottom, 100 + 4);
}

TEST(RenderPdf, CompressesStreamsUnlessToldNot) {
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  const typeset::DocumentBox document = pdf_test::sample_document(fonts);
  pdf::WriteOptions plain;
  plain.compress = false;
  const pdf::RenderResult uncompressed = pdf::render_pdf(document, fonts, plain);
  const pdf::RenderResult compressed = pdf::render_pdf(document, fonts, {});
  ASSERT_TRUE(uncompressed.ok() && compressed.ok());
  EXPECT_NE(uncompressed.bytes.find(" Tf\n"), std::string::npos);  // text operators in clear
  EXPECT_EQ(compressed.bytes.find(" Tf\n"), std::string::npos);
  EXPECT_LT(compressed.bytes.size() * 2, uncompressed.bytes.size());
}

}  // namespace

namespace {

// An image shown on every page is embedded once and drawn where layout put
// it; a file that is not a PNG or a JPEG is named in the error, and nothing
// is produced.
TEST(RenderPdf, ImagesAreEmbeddedOnceAndBadFilesNamed) {
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  typeset::DocumentBox document = pdf_test::sample_document(fonts);
  const std::string image = std::string(BROCHURE_SOURCE_DIR) + "/tests/fixtures/test-image.png";
  document.pages.push_back(document.pages.front());
  document.pages.back().anchors.clear();  // an anchor names one place
  document.pages.back().links.clear();
  for (typeset::PageBox& page : document.pages) page.images.push_back({{50, 20, 120, 60}, image});
  pdf::WriteOptions plain;
  plain.compress = false;
  const pdf::RenderResult rendered = pdf::render_pdf(document, fonts, plain);
  ASSERT_TRUE(rendered.ok()) << (rendered.diagnostics.empty()
                                     ? std::string()
                                     : rendered.diagnostics.items().front().message);
  EXPECT_EQ(pdf_test::images_in(rendered.bytes), 1u);
  // 120 × 60 pt at (50, 20) from the top: the bottom-left corner at y = height - 80.
  std::smatch placed;
  ASSERT_TRUE(std::regex_search(rendered.bytes, placed, std::regex("120 0 0 60 50 ([0-9.]+) cm")));
  EXPECT_NEAR(std::stod(placed[1]), document.pages.front().height - 80, 0.01);

  document.pages.front().images.front().path = std::string(BROCHURE_SOURCE_DIR) + "/README.md";
  const pdf::RenderResult failed = pdf::render_pdf(document, fonts, {});
  EXPECT_FALSE(failed.ok());
  EXPECT_TRUE(failed.bytes.empty());
  ASSERT_FALSE(failed.diagnostics.items().empty());
  EXPECT_NE(failed.diagnostics.items().front().message.find("README.md"), std::string::npos);
}

}  // namespace
