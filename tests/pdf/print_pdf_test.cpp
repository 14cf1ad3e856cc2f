// The print variant's PDF (issue 12) read back with qpdf: page boxes, CMYK
// operators, nothing interactive; and the saddle-stitched booklet's plan and
// imposition.
#include <gtest/gtest.h>

#include <fstream>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>

#include "pdf/booklet.hpp"
#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"
#include "typeset/page_furniture.hpp"

namespace {

using pdf_test::carlito_library;
using pdf_test::sample_document;

constexpr double kBleed = 3 * 72 / 25.4;

struct Box {
  double llx, lly, urx, ury;
};
Box box_of(QPDFPageObjectHelper& page, const char* key) {
  const QPDFObjectHandle::Rectangle r = page.getObjectHandle().getKey(key).getArrayAsRectangle();
  return {r.llx, r.lly, r.urx, r.ury};
}

std::string print_pdf(typeset::DocumentBox document, bool marks) {
  typeset::PageMaster master;  // A4, 3 mm bleed
  for (typeset::PageBox& page : document.pages) {
    page.print = typeset::print_margins(master, {.crop_marks = marks});
    if (marks) typeset::paint_crop_marks(page);
  }
  pdf::WriteOptions options;
  options.date = 1788220800;
  options.finishing = pdf::FinishingProfile::print();
  pdf::RenderResult rendered = pdf::render_pdf(document, carlito_library(), options);
  EXPECT_TRUE(rendered.ok());
  return rendered.bytes;
}

TEST(PrintPdf, EveryPageHasItsTrimAndBleedBoxInsideAGrownMediaBox) {
  for (const bool marks : {false, true}) {
    const std::string bytes = print_pdf(sample_document(carlito_library()), marks);
    QPDF pdf;
    pdf.processMemoryFile("print", bytes.data(), bytes.size());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    ASSERT_EQ(pages.size(), 2u);
    for (QPDFPageObjectHelper& page : pages) {
      const Box media = box_of(page, "/MediaBox");
      const Box trim = box_of(page, "/TrimBox");
      const Box bleed = box_of(page, "/BleedBox");
      EXPECT_NEAR(trim.urx - trim.llx, 595.276, 0.01);
      EXPECT_NEAR(trim.ury - trim.lly, 841.89, 0.01);
      EXPECT_NEAR(trim.llx - bleed.llx, kBleed, 0.01);
      EXPECT_NEAR(bleed.urx - trim.urx, kBleed, 0.01);
      EXPECT_NEAR(trim.lly - bleed.lly, kBleed, 0.01);
      EXPECT_NEAR(bleed.ury - trim.ury, kBleed, 0.01);
      EXPECT_EQ(media.llx, 0);
      EXPECT_EQ(media.lly, 0);
      if (marks) {
        EXPECT_GT(bleed.llx, 10);  // room for the marks beyond the bleed
        EXPECT_NEAR(media.urx - bleed.urx, bleed.llx, 0.01);
      } else {
        EXPECT_NEAR(bleed.llx, 0, 0.01);  // without marks the page is the bleed box
        EXPECT_NEAR(media.urx, bleed.urx, 0.01);
      }
    }
  }
}

TEST(PrintPdf, HoldsNoAnnotationBookmarkOrDestinationAndNoPdfaClaim) {
  const std::string bytes = print_pdf(sample_document(carlito_library()), false);
  QPDF pdf;
  pdf.processMemoryFile("print", bytes.data(), bytes.size());
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages())
    EXPECT_FALSE(page.getObjectHandle().hasKey("/Annots"));
  EXPECT_FALSE(pdf.getRoot().hasKey("/Outlines"));
  EXPECT_FALSE(pdf.getRoot().hasKey("/Dests"));
  EXPECT_FALSE(pdf.getRoot().hasKey("/OutputIntents"));  // no profile: device CMYK
  EXPECT_EQ(bytes.find("pdfaid:part"), std::string::npos);
  EXPECT_EQ(pdf.getTrailer().getKey("/Info").getKey("/Trapped").getName(), "/False");
}

TEST(PrintPdf, PaintsInCmykOnly) {
  const std::string bytes = print_pdf(sample_document(carlito_library()), true);
  QPDF pdf;
  pdf.processMemoryFile("print", bytes.data(), bytes.size());
  QPDFPageObjectHelper first = QPDFPageDocumentHelper(pdf).getAllPages().front();
  std::string content;
  for (QPDFObjectHandle stream : first.getPageContents())
    content += stream.getStreamData(qpdf_dl_generalized)->getSize() > 0
                   ? std::string(reinterpret_cast<const char*>(
                                     stream.getStreamData(qpdf_dl_generalized)->getBuffer()),
                                 stream.getStreamData(qpdf_dl_generalized)->getSize())
                   : std::string();
  EXPECT_NE(content.find(" k\n"), std::string::npos);
  EXPECT_NE(content.find("1 1 1 1 K"), std::string::npos);  // crop marks in registration black
  EXPECT_EQ(content.find(" rg\n"), std::string::npos);
  EXPECT_EQ(content.find(" RG\n"), std::string::npos);
}

TEST(PrintPdf, TheScreenVariantKeepsNoBleed) {
  pdf::WriteOptions options;
  options.date = 1788220800;
  pdf::RenderResult rendered =
      pdf::render_pdf(sample_document(carlito_library()), carlito_library(), options);
  ASSERT_TRUE(rendered.ok());
  QPDF pdf;
  pdf.processMemoryFile("screen", rendered.bytes.data(), rendered.bytes.size());
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    EXPECT_FALSE(page.getObjectHandle().hasKey("/TrimBox"));
    EXPECT_FALSE(page.getObjectHandle().hasKey("/BleedBox"));
    EXPECT_NEAR(box_of(page, "/MediaBox").urx, 595.276, 0.01);
  }
}

// The smallest file load_output_intent reads as a CMYK profile: an ICC header
// (size, 'CMYK' data space, 'acsp') and one 'desc' tag (ICC v2 text). Not a
// usable press profile: enough to follow it into the PDF.
std::string cmyk_profile_header(const std::string& description) {
  std::string profile(132, '\0');
  profile.replace(16, 4, "CMYK");
  profile.replace(36, 4, "acsp");
  const auto put32 = [&](std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) profile[at + i] = static_cast<char>(value >> (24 - 8 * i) & 0xff);
  };
  put32(128, 1);  // one tag
  std::string tag = "desc" + std::string(4, '\0') + std::string(4, '\0') + description + '\0';
  profile += "desc" + std::string(8, '\0');
  put32(136, 144);
  put32(140, static_cast<std::uint32_t>(tag.size()));
  const std::size_t length = description.size() + 1;
  tag[8] = static_cast<char>(length >> 24);
  tag[9] = static_cast<char>(length >> 16);
  tag[10] = static_cast<char>(length >> 8);
  tag[11] = static_cast<char>(length);
  profile += tag;
  put32(0, static_cast<std::uint32_t>(profile.size()));
  return profile;
}

TEST(PrintPdf, TheShopsCmykProfileBecomesAPdfxOutputIntent) {
  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("presse.icc");
  std::ofstream(path, std::ios::binary) << cmyk_profile_header("Coated FOGRA39 (test)");
  std::string error;
  const std::shared_ptr<const pdf::OutputIntent> intent =
      pdf::load_print_output_intent(path, "", error);
  ASSERT_NE(intent, nullptr) << error;
  EXPECT_EQ(intent->components, 4);
  EXPECT_EQ(intent->subtype, "GTS_PDFX");
  EXPECT_EQ(intent->condition_identifier, "Coated FOGRA39 (test)");

  typeset::DocumentBox document = sample_document(carlito_library());
  for (typeset::PageBox& page : document.pages) page.print = typeset::PrintMargins{kBleed, 0};
  pdf::WriteOptions options;
  options.date = 1788220800;
  options.finishing = pdf::FinishingProfile::print(intent);
  const pdf::RenderResult rendered = pdf::render_pdf(document, carlito_library(), options);
  ASSERT_TRUE(rendered.ok());
  QPDF pdf;
  pdf.processMemoryFile("print", rendered.bytes.data(), rendered.bytes.size());
  QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
  ASSERT_TRUE(intents.isArray());
  ASSERT_EQ(intents.getArrayNItems(), 1);
  QPDFObjectHandle only = intents.getArrayItem(0);
  EXPECT_EQ(only.getKey("/S").getName(), "/GTS_PDFX");
  EXPECT_EQ(only.getKey("/OutputConditionIdentifier").getUTF8Value(), "Coated FOGRA39 (test)");
  EXPECT_EQ(only.getKey("/DestOutputProfile").getDict().getKey("/N").getIntValue(), 4);
}

TEST(PrintPdf, AnRgbProfileIsRefusedForPrintInFrench) {
  std::string error;
  EXPECT_EQ(
      pdf::load_print_output_intent(std::string(BROCHURE_SOURCE_DIR) + "/icc/sRGB.icc", "", error),
      nullptr);
  EXPECT_NE(error.find("ce n'est pas un profil CMJN"), std::string::npos) << error;
}

// Booklet position of each document page in `plan` (0: not placed).
int position_of(const pdf::BookletPlan& plan, int page) {
  return page <= plan.blanks_after ? page : page + plan.blanks;
}

TEST(Booklet, EachSideHoldsTwoPagesWhoseNumbersAddUpToTheCountPlusOne) {
  for (int pages = 1; pages <= 41; ++pages) {
    for (const bool back_cover : {false, true}) {
      const pdf::BookletPlan plan = pdf::plan_booklet(pages, back_cover);
      const int n = plan.booklet_pages();
      EXPECT_EQ(n % 4, 0);
      EXPECT_LT(plan.blanks, 4);
      EXPECT_EQ(static_cast<int>(plan.sides.size()), n / 2);
      std::set<int> placed;
      int blanks = 0;
      for (std::size_t index = 0; index < plan.sides.size(); ++index) {
        const pdf::SheetSide& side = plan.sides[index];
        int sum = 0;
        for (const int page : {side.left, side.right}) {
          if (page == 0) {
            ++blanks;
            continue;
          }
          EXPECT_TRUE(placed.insert(page).second) << "page " << page << " placed twice";
          sum += position_of(plan, page);
        }
        if (side.left != 0 && side.right != 0) {
          EXPECT_EQ(sum, n + 1);
        }
        // Left of the fold an even page, right an odd one, on both sides of a sheet.
        if (side.left != 0) {
          EXPECT_EQ(position_of(plan, side.left) % 2, 0);
        }
        if (side.right != 0) {
          EXPECT_EQ(position_of(plan, side.right) % 2, 1);
        }
      }
      EXPECT_EQ(static_cast<int>(placed.size()), pages);
      EXPECT_EQ(blanks, plan.blanks);
      if (back_cover && pages > 1) {
        EXPECT_EQ(position_of(plan, pages), n) << "the back cover is the booklet's last page";
      }
    }
  }
}

TEST(Booklet, TenPagesWithABackCoverGetTwoBlanksBeforeIt) {
  const pdf::BookletPlan plan = pdf::plan_booklet(10, true);
  EXPECT_EQ(plan.booklet_pages(), 12);
  EXPECT_EQ(plan.blanks_after, 9);
  ASSERT_EQ(plan.sides.size(), 6u);
  // Sheet 1: back cover | cover, then page 2 | a blank (the booklet's 11th page).
  EXPECT_EQ(plan.sides[0].left, 10);
  EXPECT_EQ(plan.sides[0].right, 1);
  EXPECT_EQ(plan.sides[1].left, 2);
  EXPECT_EQ(plan.sides[1].right, 0);
  // The innermost sheet's inside: the middle pages, 6 | 7.
  EXPECT_EQ(plan.sides[5].left, 6);
  EXPECT_EQ(plan.sides[5].right, 7);
}

TEST(Booklet, ImposesTheTrimmedPagesTwoBySideAsFormXObjects) {
  typeset::DocumentBox document;
  for (int p = 0; p < 5; ++p) {
    typeset::PageBox page;
    page.width = 419.528;  // A5
    page.height = 595.276;
    page.fills.push_back({{-kBleed, -kBleed, 419.528 + 2 * kBleed, 100}, {0.1, 0.3, 0.5}});
    document.pages.push_back(page);
  }
  const std::string print = print_pdf(document, true);
  const pdf::BookletPlan plan = pdf::plan_booklet(5, true);
  const pdf::FinishingResult booklet = pdf::impose_booklet(print, plan, 1788220800);
  ASSERT_TRUE(booklet.ok()) << booklet.error;
  QPDF pdf;
  pdf.processMemoryFile("booklet", booklet.bytes.data(), booklet.bytes.size());
  std::vector<QPDFPageObjectHelper> sheets = QPDFPageDocumentHelper(pdf).getAllPages();
  ASSERT_EQ(sheets.size(), 4u);  // 8 pages: 2 sheets, both sides
  for (std::size_t index = 0; index < sheets.size(); ++index) {
    const Box media = box_of(sheets[index], "/MediaBox");
    EXPECT_NEAR(media.urx - media.llx, 841.89, 0.01);  // A4 landscape, the pair centred
    EXPECT_NEAR(media.ury - media.lly, 595.276, 0.01);
    const pdf::SheetSide& side = plan.sides[index];
    QPDFObjectHandle xobjects = sheets[index].getAttribute("/Resources", false).getKey("/XObject");
    for (const int page : {side.left, side.right}) {
      if (page == 0) continue;
      QPDFObjectHandle form = xobjects.getKey("/Page" + std::to_string(page));
      ASSERT_TRUE(form.isStream()) << "sheet side " << index << ", page " << page;
      // Cut to the trimmed page: the bleed and the marks stay off the sheet.
      const QPDFObjectHandle::Rectangle bbox = form.getDict().getKey("/BBox").getArrayAsRectangle();
      EXPECT_NEAR(bbox.urx - bbox.llx, 419.528, 0.01);
    }
  }
  EXPECT_FALSE(pdf.getRoot().hasKey("/Outlines"));
  // The same input, the same bytes.
  EXPECT_EQ(pdf::impose_booklet(print, plan, 1788220800).bytes, booklet.bytes);
}

}  // namespace
