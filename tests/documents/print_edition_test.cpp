// The 2026-2027 brochure for a print shop (issue 12), A4 with crop marks and
// A5 with its booklet: boxes read back from the PDFs, bands to the bleed
// edge, no text within 5 mm of the trim, the booklet's sheets in order, no
// annotation, the derived colours reported once.
#include "documents/print_edition.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>

#include "documents_test_support.hpp"
#include "typeset/page_master.hpp"

namespace {

using documents_test::edition_catalogue;

const std::string kA5Template = documents_test::kSourceDir + "/templates/brochure-a5.xml";
constexpr double kBleed = 3 * typeset::kMillimetre;
constexpr double kSafety = 5 * typeset::kMillimetre;

const documents::Resources& print_resources() {
  static const documents::Resources resources =
      documents_test::load_test_resources({documents_test::kBrochureTemplate, kA5Template});
  return resources;
}

pdf::WriteOptions fixed_date() {
  pdf::WriteOptions options;
  options.date = 1788220800;
  return options;
}

// One rendering of each for the whole suite: they are the slow part.
class PrintEdition : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    a4_ = new documents::PrintRendering(documents::render_print(
        edition_catalogue(), *print_resources().find_template(documents_test::kBrochureTemplate),
        print_resources(), fixed_date(), {.crop_marks = true}));
    a5_ = new documents::PrintRendering(
        documents::render_print(edition_catalogue(), *print_resources().find_template(kA5Template),
                                print_resources(), fixed_date(), {.booklet = true}));
  }
  static void TearDownTestSuite() {
    delete a4_;
    delete a5_;
  }
  static documents::PrintRendering* a4_;
  static documents::PrintRendering* a5_;
};
documents::PrintRendering* PrintEdition::a4_ = nullptr;
documents::PrintRendering* PrintEdition::a5_ = nullptr;

struct Box {
  double llx, lly, urx, ury;
};
Box box_of(QPDFPageObjectHelper& page, const char* key) {
  const QPDFObjectHandle::Rectangle r = page.getObjectHandle().getKey(key).getArrayAsRectangle();
  return {r.llx, r.lly, r.urx, r.ury};
}

void expect_print_boxes(const std::string& bytes, double width, double height, int pages) {
  QPDF pdf;
  pdf.processMemoryFile("print", bytes.data(), bytes.size());
  std::vector<QPDFPageObjectHelper> all = QPDFPageDocumentHelper(pdf).getAllPages();
  ASSERT_EQ(static_cast<int>(all.size()), pages);
  for (std::size_t index = 0; index < all.size(); ++index) {
    SCOPED_TRACE(fmt::format("page {}", index + 1));
    const Box trim = box_of(all[index], "/TrimBox");
    const Box bleed = box_of(all[index], "/BleedBox");
    const Box media = box_of(all[index], "/MediaBox");
    EXPECT_NEAR(trim.urx - trim.llx, width, 0.01);
    EXPECT_NEAR(trim.ury - trim.lly, height, 0.01);
    EXPECT_NEAR(bleed.urx - bleed.llx, width + 2 * kBleed, 0.01);
    EXPECT_NEAR(bleed.ury - bleed.lly, height + 2 * kBleed, 0.01);
    EXPECT_NEAR(trim.llx - bleed.llx, kBleed, 0.01);
    EXPECT_NEAR(trim.lly - bleed.lly, kBleed, 0.01);
    EXPECT_LE(media.llx, bleed.llx);
    EXPECT_GE(media.urx, bleed.urx);
    EXPECT_FALSE(all[index].getObjectHandle().hasKey("/Annots"));
  }
  EXPECT_FALSE(pdf.getRoot().hasKey("/Outlines"));
}

TEST_F(PrintEdition, TheA4PrintPdfHasTrimA4AndBleedThreeMillimetresOnEveryPage) {
  ASSERT_FALSE(a4_->diagnostics.has_errors()) << documents_test::all_diagnostics(a4_->diagnostics);
  EXPECT_EQ(a4_->format, "a4");
  EXPECT_EQ(a4_->summary.pages, static_cast<int>(a4_->layout.pages.size()));
  expect_print_boxes(a4_->print_pdf, 595.276, 841.89, a4_->summary.pages);
}

// Every fill that reaches a trim edge goes on to the bleed edge; the cover's
// band does.
void expect_bands_reach_the_bleed(const typeset::DocumentBox& layout) {
  int bleeding = 0;
  for (std::size_t p = 0; p < layout.pages.size(); ++p) {
    const typeset::PageBox& page = layout.pages[p];
    ASSERT_TRUE(page.print);
    EXPECT_NEAR(page.print->bleed, kBleed, 1e-6);
    for (const typeset::FillBox& fill : page.fills) {
      const typeset::Rect& r = fill.rect;
      if (r.x <= 0) {
        EXPECT_NEAR(r.x, -kBleed, 1e-6) << "page " << p + 1;
      }
      if (r.y <= 0) {
        EXPECT_NEAR(r.y, -kBleed, 1e-6) << "page " << p + 1;
      }
      if (r.right() >= page.width) {
        EXPECT_NEAR(r.right(), page.width + kBleed, 1e-6);
      }
      if (r.bottom() >= page.height) {
        EXPECT_NEAR(r.bottom(), page.height + kBleed, 1e-6);
      }
      if (r.x < 0) ++bleeding;
    }
  }
  EXPECT_GE(bleeding, 1);
}

TEST_F(PrintEdition, BandsReachTheBleedEdge) {
  expect_bands_reach_the_bleed(a4_->layout);
  expect_bands_reach_the_bleed(a5_->layout);
  ASSERT_FALSE(a4_->layout.pages.empty());
  const typeset::FillBox& cover_band = a4_->layout.pages.front().fills.front();
  EXPECT_NEAR(cover_band.rect.width, 595.276 + 2 * kBleed, 1e-6);
}

// No glyph within 5 mm of the trim (its advance and its size from the baseline).
void expect_text_clear_of_the_trim(const typeset::DocumentBox& layout) {
  for (std::size_t p = 0; p < layout.pages.size(); ++p) {
    const typeset::PageBox& page = layout.pages[p];
    for (const typeset::GlyphRun& run : page.glyphs) {
      SCOPED_TRACE(fmt::format("page {} : « {} »", p + 1, run.text));
      EXPECT_GE(run.origin.x, kSafety);
      EXPECT_LE(run.origin.x + run.width, page.width - kSafety);
      EXPECT_GE(run.origin.y - run.size, kSafety);
      EXPECT_LE(run.origin.y + 0.3 * run.size, page.height - kSafety);
    }
  }
}

TEST_F(PrintEdition, NoTextLiesWithinFiveMillimetresOfTheTrim) {
  expect_text_clear_of_the_trim(a4_->layout);
  expect_text_clear_of_the_trim(a5_->layout);
}

TEST_F(PrintEdition, CropMarksOnlyWhenAskedAndOutsideTheBleed) {
  int marks = 0;
  const typeset::PageBox& page = a4_->layout.pages.at(1);
  for (const typeset::RuleBox& rule : page.rules) {
    const bool outside = std::max(rule.from.x, rule.to.x) < -kBleed ||
                         std::min(rule.from.x, rule.to.x) > page.width + kBleed ||
                         std::max(rule.from.y, rule.to.y) < -kBleed ||
                         std::min(rule.from.y, rule.to.y) > page.height + kBleed;
    if (outside) ++marks;
  }
  EXPECT_EQ(marks, 8);
  for (const typeset::RuleBox& rule : a5_->layout.pages.at(1).rules) {
    EXPECT_GE(std::min(rule.from.x, rule.to.x), 0);  // no marks asked
  }
}

TEST_F(PrintEdition, TheA5BrochureIsLaidOutAtA5WithABodyOfAtLeastEightPoints) {
  ASSERT_FALSE(a5_->diagnostics.has_errors()) << documents_test::all_diagnostics(a5_->diagnostics);
  EXPECT_EQ(a5_->format, "a5");
  expect_print_boxes(a5_->print_pdf, 419.528, 595.276, a5_->summary.pages);
  // The text is set at the template's sizes, not shrunk: most of it at the
  // body's 8.5 pt, nothing under a superscript of the 7 pt furniture.
  std::map<double, std::size_t> bytes_by_size;
  double smallest = 100;
  for (const typeset::PageBox& page : a5_->layout.pages) {
    for (const typeset::GlyphRun& run : page.glyphs) {
      bytes_by_size[run.size] += run.text.size();
      smallest = std::min(smallest, run.size);
    }
  }
  const auto most =
      std::max_element(bytes_by_size.begin(), bytes_by_size.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  EXPECT_GE(most->first, typeset::kMinSmallPageBodySize);
  EXPECT_GE(smallest, 0.65 * 6.8 - 1e-9);
  const typeset::Template& tmpl = *print_resources().find_template(kA5Template);
  EXPECT_GE(tmpl.paragraph_style("body")->size, typeset::kMinSmallPageBodySize);
  // Every colour of the A5 template gives its CMYK value: nothing derived.
  EXPECT_TRUE(a5_->diagnostics.items().empty())
      << documents_test::all_diagnostics(a5_->diagnostics);
}

TEST_F(PrintEdition, TheBookletIsAMultipleOfFourWithBlanksBeforeTheBackCover) {
  ASSERT_TRUE(a5_->summary.booklet);
  const pdf::BookletPlan& plan = *a5_->summary.booklet;
  const int pages = a5_->summary.pages;
  EXPECT_EQ(plan.booklet_pages() % 4, 0);
  EXPECT_EQ(plan.blanks_after, pages - 1);  // the back cover stays last
  QPDF pdf;
  pdf.processMemoryFile("booklet", a5_->booklet_pdf.data(), a5_->booklet_pdf.size());
  std::vector<QPDFPageObjectHelper> sheets = QPDFPageDocumentHelper(pdf).getAllPages();
  ASSERT_EQ(sheets.size(), plan.sides.size());
  EXPECT_EQ(static_cast<int>(sheets.size()) * 2, plan.booklet_pages());
  // The first side: the back cover left of the fold, the cover right.
  EXPECT_EQ(plan.sides.front().left, pages);
  EXPECT_EQ(plan.sides.front().right, 1);
  for (QPDFPageObjectHelper& sheet : sheets) {
    const Box media = box_of(sheet, "/MediaBox");
    EXPECT_NEAR(media.urx - media.llx, 841.89, 0.01);  // A4, landscape
    EXPECT_NEAR(media.ury - media.lly, 595.276, 0.01);
    EXPECT_FALSE(sheet.getObjectHandle().hasKey("/Annots"));
  }
}

TEST_F(PrintEdition, ColoursWithoutCmykAreReportedOnceWhereTheTemplateWritesThem) {
  std::set<std::string> seen;
  int warnings = 0;
  for (const base::Diagnostic& item : a4_->diagnostics.items()) {
    ASSERT_EQ(item.severity, base::Severity::warning) << base::format_diagnostic(item);
    // Where the colour is written: the palette the brochure includes.
    EXPECT_TRUE(item.file.ends_with("templates/palette.xml")) << item.file;
    EXPECT_GT(item.position.line, 0);
    EXPECT_NE(item.message.find("n'a pas de valeur CMJN"), std::string::npos);
    EXPECT_TRUE(seen.insert(item.message).second) << "said twice: " << item.message;
    ++warnings;
  }
  EXPECT_GE(warnings, 1);
  const std::vector<std::string> summary = documents::describe_print(a4_->summary);
  ASSERT_GE(summary.size(), 4u);
  EXPECT_EQ(summary[0], "Format fini (coupe) : 210 × 297 mm (A4)");
  EXPECT_NE(summary[3].find("DeviceCMYK"), std::string::npos);
}

TEST_F(PrintEdition, TheSameInputsGiveTheSameBytes) {
  const documents::PrintRendering again =
      documents::render_print(edition_catalogue(), *print_resources().find_template(kA5Template),
                              print_resources(), fixed_date(), {.booklet = true});
  EXPECT_EQ(again.print_pdf, a5_->print_pdf);
  EXPECT_EQ(again.booklet_pdf, a5_->booklet_pdf);
}

}  // namespace
