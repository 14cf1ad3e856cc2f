// libharu's handle passes from one document to the next of the same run made
// on the same thread (haru_document.hpp): what a PDF's bytes are never
// depends on what the thread made before it, a handle that reported an error
// is not passed on, and no handle passes from one run to the next.
#include "pdf/haru_document.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <thread>

#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

// Runs `work` on a thread of its own: one that has made no document yet.
void on_a_new_thread(const std::function<void()>& work) {
  std::thread thread(work);
  thread.join();
}

// The options of one run: its font files read once, its PDFs sharing a handle.
pdf::WriteOptions run_options() {
  pdf::WriteOptions options;
  options.font_programs = std::make_shared<pdf::FontProgramCache>();
  return options;
}

std::string rendered(const typeset::DocumentBox& document, const pdf::WriteOptions& options) {
  const pdf::RenderResult result = pdf::render_pdf(document, pdf_test::carlito_library(), options);
  EXPECT_TRUE(result.ok());
  return result.bytes;
}

TEST(HaruDocument, ADocumentsBytesDoNotDependOnWhatTheThreadMadeBefore) {
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  const typeset::DocumentBox plain = pdf_test::sample_document(fonts);
  // Another document before it: more pages, an image, other words.
  typeset::DocumentBox other = pdf_test::sample_document(fonts);
  other.pages.push_back(other.pages.back());
  other.pages.back().anchors.clear();
  other.pages.back().glyphs.push_back(
      pdf_test::run_at(fonts, typeset::FontStyle::italic, 72, 300, 11, "Ωmega, ½ et ∞ avant"));
  other.pages.back().images.push_back(
      {{50, 20, 120, 60}, std::string(BROCHURE_SOURCE_DIR) + "/tests/fixtures/test-image.png"});
  other.outline.clear();
  other.metadata.title = "Un autre document";
  // One that fails half-way: a file that is no image.
  typeset::DocumentBox failing = other;
  failing.pages.back().images.back().path = std::string(BROCHURE_SOURCE_DIR) + "/README.md";

  const pdf::WriteOptions options = run_options();
  std::string alone;
  on_a_new_thread([&] { alone = rendered(plain, run_options()); });
  ASSERT_FALSE(alone.empty());
  std::string after_other;
  std::string after_failure;
  std::string again;
  on_a_new_thread([&] {
    const std::string first = rendered(other, options);
    EXPECT_NE(first, alone);
    after_other = rendered(plain, options);
    EXPECT_FALSE(pdf::render_pdf(failing, fonts, options).ok());
    after_failure = rendered(plain, options);
    again = rendered(plain, options);
  });
  EXPECT_EQ(after_other, alone);
  EXPECT_EQ(after_failure, alone);
  EXPECT_EQ(again, alone);
}

TEST(HaruDocument, TheNextDocumentOfARunTakesOverAHandleLeftWithoutError) {
  on_a_new_thread([] {
    const std::string carlito = std::string(pdf_test::carlito_directory) + "Carlito-Regular.ttf";
    auto run = std::make_shared<int>(1);
    HPDF_Doc first = nullptr;
    {
      pdf::HaruDocument document(run);
      ASSERT_TRUE(document.valid());
      first = document.get();
      ASSERT_NE(document.load_truetype(carlito), nullptr);
    }
    pdf::HaruDocument next(run);
    EXPECT_EQ(next.get(), first);
    EXPECT_FALSE(next.failed());
    // Its font file is known already; an error makes the handle go.
    EXPECT_NE(next.load_truetype(carlito), nullptr);
    EXPECT_EQ(next.load_truetype(std::string(pdf_test::carlito_directory) + "absente.ttf"),
              nullptr);
    EXPECT_TRUE(next.failed());
    next.close();
    EXPECT_TRUE(next.failed()) << "its errors stay readable once closed";
    pdf::HaruDocument fresh(run);
    EXPECT_TRUE(fresh.valid());
    EXPECT_FALSE(fresh.failed());
  });
}

// The next run may read other font files under the same names (a font
// replaced while `brochure watch` runs): it never gets the last run's handle,
// which knows the font files that run parsed.
TEST(HaruDocument, NoHandlePassesFromOneRunToTheNext) {
  on_a_new_thread([] {
    const std::string carlito = std::string(pdf_test::carlito_directory) + "Carlito-Regular.ttf";
    auto run = std::make_shared<int>(1);
    std::string name;
    {
      pdf::HaruDocument document(run);
      const char* loaded = document.load_truetype(carlito);
      ASSERT_NE(loaded, nullptr);
      name = loaded;
    }
    {
      pdf::HaruDocument same_run(run);  // its handle knows the font already
      EXPECT_NE(HPDF_GetFont(same_run.get(), name.c_str(), "UTF-8"), nullptr);
      EXPECT_FALSE(same_run.failed());
    }
    pdf::HaruDocument next_run(std::make_shared<int>(2));
    EXPECT_EQ(HPDF_GetFont(next_run.get(), name.c_str(), "UTF-8"), nullptr);
    EXPECT_TRUE(next_run.failed()) << "a fresh handle has parsed no font file";
  });
}

}  // namespace
