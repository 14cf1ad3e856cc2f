// A long document laid out in bounded memory gives the layout it gave before:
// a paragraph cache that keeps nothing or only the first paragraphs, and
// pages whose strips are freed once painted, change no box; a reference to
// an anchor on the last page still finds it although the first pass's pages
// are gone when the second pass runs.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <optional>
#include <thread>

#include "bundled_text.hpp"
#include "typeset/box_dump.hpp"
#include "typeset/flow.hpp"
#include "typeset/fonts.hpp"
#include "typeset/hyphenation.hpp"
#include "typeset/paragraph_cache.hpp"
#include "typeset/paragraph_setter.hpp"
#include "typeset/template.hpp"

namespace typeset {
namespace {

const char* const kTemplate = R"xml(<template>
  <fonts fallback="Livret Sans"><family name="Livret Sans" regular="livret.ttf"/></fonts>
  <paragraph-style name="body" family="Livret Sans" size="10" leading="12" widows="2" orphans="2" hyphenate="true"/>
  <paragraph-style name="heading" based-on="body" weight="bold" keep-with-next="true" space-before="6"/>
  <paragraph-style name="footer" based-on="body" align="center"/>
  <page-master name="page" width="300" height="300" margins="40 40 40 40">
    <footer top="270" height="12" style="footer" center="{page} / {pages}"/>
  </page-master>
</template>)xml";

InlineRun text_run(std::string text, int line) {
  InlineRun run;
  run.text = std::move(text);
  run.position = {line, 1};
  return run;
}

class BoundedLayout : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    TemplateResult parsed = parse_template(kTemplate, "templates/test.xml");
    if (parsed.value) tmpl_ = new Template(*parsed.value);
  }
  static void TearDownTestSuite() { delete tmpl_; }
  void SetUp() override {
    ASSERT_EQ(text_.error, "") << text_.error;
    ASSERT_NE(tmpl_, nullptr);
  }

  // A reference on the first page to a heading on the last, and about twenty
  // pages of paragraphs, each different (the cache is keyed by the text).
  static std::vector<Block> long_document() {
    std::vector<Block> blocks;
    blocks.push_back(paragraph_block(
        "body", std::vector<InlineRun>{text_run("Voir la fin, page {page-of:fin}.", 1)}));
    for (int i = 0; i < 120; ++i) {
      const std::string text = "Paragraphe " + std::to_string(i) +
                               " : l'accompagnement des stagiaires dans les milieux d'accueil "
                               "demande une observation attentive et bienveillante, numéro " +
                               std::to_string(i * 7) + ".";
      blocks.push_back(paragraph_block("body", std::vector<InlineRun>{text_run(text, i + 2)}));
    }
    Block end = paragraph_block("heading", std::vector<InlineRun>{text_run("La fin", 200)});
    end.anchor = "fin";
    blocks.push_back(std::move(end));
    return blocks;
  }

  struct Laid {
    DocumentBox document;
    FlowReport report;
    base::Diagnostics diagnostics;
  };

  // With `shared`, the paragraphs are prepared in (or taken from) that
  // cache, as the documents of a run share theirs.
  static Laid lay_out(std::optional<std::size_t> cache_budget, bool keep_pages,
                      ParagraphCache* shared = nullptr) {
    Laid laid;
    const testing::BundledText& text = testing::bundled_text();
    TextContext context{&text.fonts, text.patterns(), "test.xml", nullptr};
    context.cache = shared;
    Flow flow(*tmpl_, cache_budget ? text_setter(context, *cache_budget) : text_setter(context),
              laid.diagnostics, "page");
    if (keep_pages) flow.keep_pages();
    flow.add(long_document());
    laid.document = flow.finish();
    laid.report = flow.report();
    EXPECT_EQ(flow.pages().empty(), !keep_pages);
    return laid;
  }

  const testing::BundledText& text_ = testing::bundled_text();
  static inline Template* tmpl_ = nullptr;
};

TEST_F(BoundedLayout, ReferenceToTheLastPageResolvesAfterTheFirstPassIsFreed) {
  const Laid laid = lay_out(std::nullopt, false);
  ASSERT_TRUE(laid.diagnostics.empty());
  const std::size_t pages = laid.document.pages.size();
  ASSERT_GE(pages, 10u);
  EXPECT_GE(laid.report.passes, 2);
  EXPECT_TRUE(laid.report.stable);
  // The first line's runs, spaces left out (runs may split at words).
  const std::vector<GlyphRun>& glyphs = laid.document.pages[0].glyphs;
  ASSERT_FALSE(glyphs.empty());
  std::string first_line;
  for (const GlyphRun& run : glyphs) {
    if (std::abs(run.origin.y - glyphs.front().origin.y) > 0.5) continue;
    for (char c : run.text) {
      if (c != ' ') first_line += c;
    }
  }
  EXPECT_EQ(first_line, "Voirlafin,page" + std::to_string(pages) + ".");
  bool anchor_on_last = false;
  for (const AnchorBox& anchor : laid.document.pages.back().anchors) {
    anchor_on_last = anchor_on_last || anchor.name == "fin";
  }
  EXPECT_TRUE(anchor_on_last);
}

TEST_F(BoundedLayout, SameBoxesWhateverTheCacheKeepsAndWhetherPagesAreKept) {
  const std::string whole = dump_document(lay_out(std::nullopt, true).document);
  EXPECT_EQ(dump_document(lay_out(std::nullopt, false).document), whole);
  EXPECT_EQ(dump_document(lay_out(0, false).document), whole);          // nothing kept
  EXPECT_EQ(dump_document(lay_out(16 * 1024, false).document), whole);  // the first ones
}

// The run's documents share one cache, on several threads: the second
// document prepares nothing, and neither thread's boxes change.
TEST_F(BoundedLayout, DocumentsSharingTheRunsCacheOnTwoThreadsLayTheSameBoxes) {
  const std::string alone = dump_document(lay_out(0, false).document);  // nothing kept
  ParagraphCache shared;
  EXPECT_EQ(dump_document(lay_out(std::nullopt, false, &shared).document), alone);
  const std::size_t prepared = shared.size();
  EXPECT_GT(prepared, 100u);
  const int hits = shared.hits();
  EXPECT_EQ(dump_document(lay_out(std::nullopt, false, &shared).document), alone);
  EXPECT_EQ(shared.size(), prepared) << "a second document prepares nothing again";
  EXPECT_GE(shared.hits() - hits, 121);  // every paragraph of its first pass

  ParagraphCache fresh;  // two documents racing to prepare the same paragraphs
  std::string first;
  std::string second;
  std::thread one([&] { first = dump_document(lay_out(std::nullopt, false, &fresh).document); });
  std::thread two([&] { second = dump_document(lay_out(std::nullopt, false, &fresh).document); });
  one.join();
  two.join();
  EXPECT_EQ(first, alone);
  EXPECT_EQ(second, alone);
  EXPECT_EQ(fresh.size(), prepared);
}

ParagraphStyle livret_style() {
  ParagraphStyle style;
  style.family = "Livret Sans";
  return style;
}

PreparedText eight_glyphs() {
  PreparedText prepared;
  prepared.glyphs.resize(8);
  return prepared;
}

TEST(ParagraphCache, KeepsTheFirstCopyOfAParagraphAndTellsFilesApart) {
  ParagraphCache cache;
  const ParagraphStyle style = livret_style();
  const std::vector<InlineRun> runs{text_run("Un texte", 3)};
  PreparedText first = eight_glyphs();
  const PreparedText* kept = cache.add(runs, style, first, "xml/2026-2027.xml");
  ASSERT_NE(kept, nullptr);
  // Another thread prepared it too, meanwhile: the first copy stays, since
  // whoever found it may be reading it.
  PreparedText again = eight_glyphs();
  EXPECT_EQ(cache.add(runs, style, again, "xml/2026-2027.xml"), kept);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find(runs, style, "xml/2026-2027.xml"), kept);
  // The same text typed in another file reports its problems there.
  EXPECT_EQ(cache.find(runs, style, "xml/2027-2028.xml"), nullptr);
}

TEST(ParagraphCache, StopsKeepingAtItsBudgetAndLeavesTheTextToTheCaller) {
  ParagraphCache cache(4 * 1024);
  const ParagraphStyle style = livret_style();
  int kept = 0;
  for (int i = 0; i < 100; ++i) {
    const std::vector<InlineRun> runs{text_run("texte " + std::to_string(i), i + 1)};
    PreparedText prepared;
    prepared.glyphs.resize(40);
    prepared.words.resize(8);
    const PreparedText* stored = cache.add(runs, style, prepared);
    if (stored != nullptr) {
      ++kept;
      EXPECT_EQ(stored->glyphs.size(), 40u);
      EXPECT_EQ(cache.find(runs, style), stored);
    } else {
      EXPECT_EQ(prepared.glyphs.size(), 40u);  // still the caller's to use
      EXPECT_EQ(cache.find(runs, style), nullptr);
    }
  }
  EXPECT_GT(kept, 0);
  EXPECT_LT(kept, 100);
  EXPECT_EQ(cache.size(), static_cast<std::size_t>(kept));
  EXPECT_LE(cache.bytes(), 4u * 1024);
}

// Once a run has no layout left, the cache lets its paragraphs go and keeps
// no new ones: a stray later layout prepares its text itself.
TEST(ParagraphCache, ReleasedItKeepsNothingMore) {
  ParagraphCache cache;
  const ParagraphStyle style = livret_style();
  const std::vector<InlineRun> runs{text_run("Un texte", 3)};
  PreparedText first = eight_glyphs();
  ASSERT_NE(cache.add(runs, style, first), nullptr);
  cache.release();
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
  EXPECT_EQ(cache.find(runs, style), nullptr);
  PreparedText again = eight_glyphs();
  EXPECT_EQ(cache.add(runs, style, again), nullptr);
  EXPECT_EQ(again.glyphs.size(), 8u);  // still the caller's to use
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
}  // namespace typeset
