// Page flow of blocks: keep-with-next, widows and orphans, space at the top
// of a page, forced page breaks, marks in headers, outlines, page labels.
#include <gtest/gtest.h>

#include "layout_fixtures.hpp"

namespace typeset {
namespace {

using testing::lines_block;
using testing::run_flow;

int page_of(const DocumentBox& document, const std::string& text) {
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    for (const GlyphRun& glyph : document.pages[p].glyphs) {
      if (glyph.text == text) return static_cast<int>(p);
    }
  }
  return -1;
}

double baseline_of(const DocumentBox& document, const std::string& text) {
  for (const PageBox& page : document.pages) {
    for (const GlyphRun& glyph : page.glyphs) {
      if (glyph.text == text) return glyph.origin.y;
    }
  }
  return -1;
}

TEST(KeepWithNext, HeadingNeverEndsAPageAlone) {
  // 8 lines (96 pt) + heading (6 + 12) fit; the next paragraph's first line does not.
  auto run = run_flow(
      {lines_block("", "p", 8), paragraph_block("heading", "Titre"), lines_block("", "q", 3)});
  EXPECT_EQ(page_of(run.document, "Titre"), 1);
  EXPECT_EQ(page_of(run.document, "q1"), 1);
  // At the top of the page the heading's space before is dropped.
  EXPECT_DOUBLE_EQ(baseline_of(run.document, "Titre"), 50 + 1 + 8);
}

TEST(KeepWithNext, LeadInStaysWithItsList) {
  ListBlock list;
  list.style = "items";
  list.items.push_back(ListItem{{paragraph_block("", "atelier")}});
  list.items.push_back(ListItem{{paragraph_block("", "pause")}});
  auto run = run_flow(
      {lines_block("", "p", 8), paragraph_block("heading", "Matin :"), Block{std::move(list)}});
  EXPECT_EQ(page_of(run.document, "Matin :"), 1);
  EXPECT_EQ(page_of(run.document, "atelier"), 1);
}

TEST(KeepWithNext, AParagraphIntroducingAListStaysWithIt) {
  // A plain paragraph (no keep-with-next in its style) that a list follows.
  ListBlock list;
  list.style = "items";
  list.items.push_back(ListItem{{paragraph_block("", "premier")}});
  list.items.push_back(ListItem{{paragraph_block("", "second")}});
  auto run = run_flow(
      {lines_block("", "p", 9), paragraph_block("", "par groupe :"), Block{std::move(list)}});
  EXPECT_EQ(page_of(run.document, "par groupe :"), 1);
  EXPECT_EQ(page_of(run.document, "premier"), 1);
}

TEST(KeepWithNext, AnItemsTextStaysWithItsNestedList) {
  ListBlock inner;
  inner.style = "items";
  inner.items.push_back(ListItem{{paragraph_block("", "sous-point")}});
  inner.items.push_back(ListItem{{paragraph_block("", "autre")}});
  ListBlock outer;
  outer.style = "items";
  outer.items.push_back(ListItem{{paragraph_block("", "point :"), Block{std::move(inner)}}});
  auto run = run_flow({lines_block("", "p", 9), Block{std::move(outer)}});
  EXPECT_EQ(page_of(run.document, "point :"), 1);
  EXPECT_EQ(page_of(run.document, "sous-point"), 1);
}

TEST(WidowsOrphans, ParagraphSplitsWithTwoLinesEachSide) {
  auto run = run_flow({lines_block("", "p", 8), lines_block("", "q", 5)});
  EXPECT_EQ(page_of(run.document, "q2"), 0);
  EXPECT_EQ(page_of(run.document, "q3"), 1);
}

TEST(WidowsOrphans, NoSingleLineAtAPageFootOrHead) {
  // One line of room: an orphan; the paragraph moves whole.
  auto orphan = run_flow({lines_block("", "p", 9), lines_block("", "q", 5)});
  EXPECT_EQ(page_of(orphan.document, "q1"), 1);
  // Two lines of room, three lines: the last would be a widow; the
  // paragraph cannot split 2/1 nor 1/2, so it moves whole.
  auto widow = run_flow({lines_block("", "p", 8), lines_block("", "q", 3)});
  EXPECT_EQ(page_of(widow.document, "q1"), 1);
  EXPECT_EQ(page_of(widow.document, "q3"), 1);
  // Four lines: 2/2 is fine.
  auto even = run_flow({lines_block("", "p", 8), lines_block("", "q", 4)});
  EXPECT_EQ(page_of(even.document, "q2"), 0);
  EXPECT_EQ(page_of(even.document, "q3"), 1);
}

TEST(PageBreaks, ForcedBreakStartsANewPageButNeverAnEmptyOne) {
  auto run = run_flow({page_break_block(), paragraph_block("", "a"), page_break_block(),
                       page_break_block(), paragraph_block("", "b")});
  ASSERT_EQ(run.document.pages.size(), 2u);
  EXPECT_EQ(page_of(run.document, "a"), 0);
  EXPECT_EQ(page_of(run.document, "b"), 1);
}

TEST(PageBreaks, ConditionalBreakIsTakenOnlyWhenTooLittleRoomIsLeft) {
  // Frame 120 pt: after 4 lines (48 pt) 72 pt are left, 60 % of the frame.
  auto stays =
      run_flow({lines_block("", "p", 4), page_break_block({}, 0.5), lines_block("", "q", 2)});
  ASSERT_EQ(stays.document.pages.size(), 1u);
  EXPECT_EQ(page_of(stays.document, "q1"), 0);
  auto breaks =
      run_flow({lines_block("", "p", 4), page_break_block({}, 0.7), lines_block("", "q", 2)});
  ASSERT_EQ(breaks.document.pages.size(), 2u);
  EXPECT_EQ(page_of(breaks.document, "q1"), 1);
  // Naming the master the page already has changes nothing: what is placed stays.
  auto named =
      run_flow({lines_block("", "p", 4), page_break_block("page", 0.5), lines_block("", "q", 2)});
  ASSERT_EQ(named.document.pages.size(), 1u);
  EXPECT_EQ(page_of(named.document, "p1"), 0);
  EXPECT_EQ(page_of(named.document, "q1"), 0);
  EXPECT_EQ(named.report.lines_set, named.report.lines_placed);
  // With a minimum last page: 8 lines after 4 would leave 2 alone on the next
  // page (17 %); on a new page all 8 fit.
  auto tail =
      run_flow({lines_block("", "p", 4), page_break_block({}, 0.5, 0.4), lines_block("", "q", 8)});
  EXPECT_EQ(page_of(tail.document, "q1"), 1);
  EXPECT_EQ(page_of(tail.document, "q8"), 1);
  // 5 lines fit under the 4: they stay.
  auto fits =
      run_flow({lines_block("", "p", 4), page_break_block({}, 0.5, 0.4), lines_block("", "q", 5)});
  EXPECT_EQ(page_of(fits.document, "q5"), 0);
}

TEST(Furniture, FooterShowsPageOfPages) {
  auto run = run_flow({lines_block("", "p", 25)});
  ASSERT_EQ(run.document.pages.size(), 3u);
  EXPECT_EQ(page_of(run.document, "page 1 / 3"), 0);
  EXPECT_EQ(page_of(run.document, "page 3 / 3"), 2);
  // Centered in the 200 pt measure: "page 1 / 3" is 10 characters of 5 pt.
  EXPECT_DOUBLE_EQ(run.document.pages[0].glyphs.back().origin.x, 50 + (200 - 50) / 2.0);
}

TEST(Outline, EntriesPointAtAnchorsWhereTheBlocksLanded) {
  Block first = paragraph_block("heading", "Ateliers");
  first.outline = OutlineMark{"Ateliers", 0};
  Block second = paragraph_block("heading", "Intervisions");
  second.anchor = "intervisions";
  second.outline = OutlineMark{"Intervisions", 1};
  auto run = run_flow(
      {std::move(first), lines_block("", "p", 12), std::move(second), lines_block("", "q", 2)});
  ASSERT_EQ(run.document.outline.size(), 2u);
  EXPECT_EQ(run.document.outline[0].title, "Ateliers");
  EXPECT_EQ(run.document.outline[1].destination, "intervisions");
  EXPECT_EQ(run.document.outline[1].level, 1);
  bool anchored = false;
  for (const AnchorBox& anchor : run.document.pages[1].anchors) {
    anchored = anchored || anchor.name == "intervisions";
  }
  EXPECT_TRUE(anchored);
  ASSERT_FALSE(run.document.pages[0].anchors.empty());
  EXPECT_EQ(run.document.pages[0].anchors[0].name, run.document.outline[0].destination);
}

TEST(UnknownStyles, AreReportedNotFatal) {
  auto run = run_flow({paragraph_block("nope", "texte")});
  ASSERT_EQ(run.diagnostics.items().size(), 1u);
  EXPECT_EQ(run.diagnostics.items()[0].message, "style de paragraphe inconnu « nope »");
  EXPECT_EQ(page_of(run.document, "texte"), 0);
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST(Furniture, HeaderShowsTheRunningMark) {
  Template tmpl = testing::test_template(120);
  PageZone header;
  header.top = 20;
  header.height = 12;
  header.style = "footer";
  header.left = {{"[{mark}]", {}, {}}};
  tmpl.page_masters["page"].zones.push_back(header);
  base::Diagnostics diagnostics;
  Flow flow(tmpl, testing::fake_set_paragraph, diagnostics, "page");
  Block first = paragraph_block("heading", "Fiche A");
  first.mark = "A";
  flow.add(std::move(first));
  flow.add(testing::lines_block("", "a", 14));  // runs on to page 2, where B starts
  Block second = paragraph_block("heading", "Fiche B");
  second.mark = "B";
  flow.add(std::move(second));
  flow.add(testing::lines_block("", "c", 2));
  DocumentBox document = flow.finish();
  ASSERT_EQ(document.pages.size(), 2u);
  auto header_text = [&](std::size_t page) {
    for (const GlyphRun& glyph : document.pages[page].glyphs) {
      if (glyph.origin.y < 50) return glyph.text;
    }
    return std::string("(none)");
  };
  EXPECT_EQ(header_text(0), "[A]");
  // The page holds the end of A and the start of B: its running head names both.
  EXPECT_EQ(header_text(1), "[A · B]");
  EXPECT_TRUE(diagnostics.empty());
}

TEST(Furniture, MarkRunsOnToPagesThatSetNone) {
  Template tmpl = testing::test_template(120);
  PageZone header;
  header.top = 20;
  header.height = 12;
  header.style = "footer";
  header.left = {{"[{mark}]", {}, {}}};
  tmpl.page_masters["page"].zones.push_back(header);
  base::Diagnostics diagnostics;
  Flow flow(tmpl, testing::fake_set_paragraph, diagnostics, "page");
  Block first = paragraph_block("heading", "Fiche A");
  first.mark = "A";
  flow.add(std::move(first));
  flow.add(testing::lines_block("", "a", 25));
  DocumentBox document = flow.finish();
  ASSERT_EQ(document.pages.size(), 3u);
  for (const PageBox& page : document.pages) {
    bool found = false;
    for (const GlyphRun& glyph : page.glyphs) found = found || glyph.text == "[A]";
    EXPECT_TRUE(found);
  }
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

// A master's image slot shows the document's image scaled to fit, keeping its
// proportions, aligned in the slot; a slot the document fills not stays empty.
TEST(Furniture, ImageSlotsShowTheDocumentsImagesScaledToFit) {
  Template tmpl = testing::test_template(120);
  tmpl.page_masters["page"].images.push_back({"logo", {10, 5, 100, 20}, Alignment::right});
  tmpl.page_masters["page"].images.push_back({"other", {10, 30, 100, 20}, Alignment::left});
  base::Diagnostics diagnostics;
  Flow flow(tmpl, testing::fake_set_paragraph, diagnostics, "page");
  flow.set_furniture({.fields = {}, .images = {{"logo", {"logo.png", 120, 60}}}});
  flow.add(testing::lines_block("", "a", 14));  // two pages
  const DocumentBox document = flow.finish();
  ASSERT_EQ(document.pages.size(), 2u);
  for (const PageBox& page : document.pages) {
    ASSERT_EQ(page.images.size(), 1u);
    const ImageBox& image = page.images[0];
    EXPECT_EQ(image.path, "logo.png");
    EXPECT_DOUBLE_EQ(image.rect.height, 20);  // the height limits: 120 × 60 → 40 × 20
    EXPECT_DOUBLE_EQ(image.rect.width, 40);
    EXPECT_DOUBLE_EQ(image.rect.x, 70);  // right-aligned in 10..110
    EXPECT_DOUBLE_EQ(image.rect.y, 5);
  }
}

// Bands run to the page edges they name and stop at the frame elsewhere; they
// are painted before the content, zones after it.
TEST(Furniture, BandsRunToTheEdgesTheyNameUnderTheContent) {
  Template tmpl = testing::test_template(120);
  PageMaster& master = tmpl.page_masters["page"];
  master.bands.push_back({0, 15, Color{0, 0, 1}, {.top = true, .left = true}});
  master.bands.push_back({100, 5, Color{1, 0, 0}, {}});
  base::Diagnostics diagnostics;
  Flow flow(tmpl, testing::fake_set_paragraph, diagnostics, "page");
  flow.add(paragraph_block("", "texte"));
  const DocumentBox document = flow.finish();
  ASSERT_EQ(document.pages.size(), 1u);
  const PageBox& page = document.pages[0];
  ASSERT_GE(page.fills.size(), 2u);
  const Rect frame = master.frame();
  EXPECT_DOUBLE_EQ(page.fills[0].rect.x, 0);  // to the left edge
  EXPECT_DOUBLE_EQ(page.fills[0].rect.y, 0);
  EXPECT_DOUBLE_EQ(page.fills[0].rect.right(), frame.right());  // the frame on the right
  EXPECT_DOUBLE_EQ(page.fills[0].rect.height, 15);
  EXPECT_DOUBLE_EQ(page.fills[1].rect.x, frame.x);
  EXPECT_DOUBLE_EQ(page.fills[1].rect.y, 100);
  EXPECT_DOUBLE_EQ(page.fills[1].rect.width, frame.width);
}

// A master's `next` gives the following pages; its zones fill fields from the
// document and from the page, and a field with a link is linked.
TEST(Furniture, NextMasterAndFieldsWithLinks) {
  Template tmpl = testing::test_template(120);
  PageMaster first = tmpl.page_masters["page"];
  first.next = "rest";
  PageZone head;
  head.top = 2;
  head.height = 12;
  head.style = "footer";
  head.left = {{"{code} {page}/{pages}", {}, {}}};
  head.right = {{"{website}", {}, {}}};
  first.zones.push_back(head);
  PageMaster rest = tmpl.page_masters["page"];
  head.left = {{"{code} (suite)", {}, {}}};
  head.right.clear();
  rest.zones.push_back(head);
  tmpl.page_masters["first"] = first;
  tmpl.page_masters["rest"] = rest;
  base::Diagnostics diagnostics;
  Flow flow(tmpl, testing::fake_set_paragraph, diagnostics, "first");
  base::Fields fields{{"code", "T2605"}};
  fields.set("website", "tutorats.org", "https://www.tutorats.org");
  flow.set_furniture({.fields = fields, .images = {}});
  flow.add(testing::lines_block("", "a", 25));
  const DocumentBox document = flow.finish();
  ASSERT_EQ(document.pages.size(), 3u);
  const auto head_text = [&](std::size_t page) {
    std::string text;
    for (const GlyphRun& run : document.pages[page].glyphs) {
      if (run.origin.y < 14) text += run.text + "|";
    }
    return text;
  };
  EXPECT_EQ(head_text(0), "T2605 1/3|tutorats.org|");
  EXPECT_EQ(head_text(1), "T2605 (suite)|");
  EXPECT_EQ(head_text(2), "T2605 (suite)|");
  ASSERT_EQ(document.pages[0].links.size(), 1u);
  EXPECT_EQ(document.pages[0].links[0].uri, "https://www.tutorats.org");
  EXPECT_TRUE(document.pages[1].links.empty());
}

}  // namespace
}  // namespace typeset
