// The brochure laid out from the 2026-2027 catalogue: the boxes (links, anchors,
// outline, furniture, margins) checked on the DocumentBox.
#include "documents/brochure.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "catalogue/reader.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents_test_support.hpp"

namespace {

using documents_test::page_text;

using documents_test::brochure_resources;
using documents_test::brochure_template;
using documents_test::edition_catalogue;

const documents::BrochureLayout& laid_out() {
  static const documents::BrochureLayout layout = [] {
    base::Diagnostics diagnostics;
    documents::BrochureLayout result = documents::lay_out_brochure(
        edition_catalogue(), brochure_template(), brochure_resources(), diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << documents_test::all_diagnostics(diagnostics);
    EXPECT_EQ(diagnostics.warning_count(), 0) << documents_test::all_diagnostics(diagnostics);
    return result;
  }();
  return layout;
}

const typeset::DocumentBox& brochure() {
  return laid_out().document;
}

// anchor name → 0-based page index.
std::map<std::string, std::size_t> anchor_pages(const typeset::DocumentBox& document) {
  std::map<std::string, std::size_t> pages;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    for (const typeset::AnchorBox& anchor : document.pages[p].anchors) {
      EXPECT_TRUE(pages.emplace(anchor.name, p).second) << "anchor twice: " << anchor.name;
    }
  }
  return pages;
}

// Whether `text` is set on the page as one run or as runs that touch.
bool page_has_run(const typeset::PageBox& page, const std::string& text) {
  return page_text(page).find(text) != std::string::npos;
}

bool overlaps(const typeset::Rect& rect, const typeset::GlyphRun& run) {
  const double mid_x = run.origin.x + run.width / 2;
  const double y = run.origin.y - run.size * 0.3;
  return mid_x >= rect.x && mid_x <= rect.right() && y >= rect.y && y <= rect.bottom();
}

const typeset::PageMaster& master(const char* name) {
  return *brochure_template().page_master(name);
}

TEST(Brochure, LaysOutInOnePassOrTwoAndPlacesEveryLine) {
  EXPECT_TRUE(laid_out().report.stable);
  EXPECT_EQ(laid_out().report.lines_set, laid_out().report.lines_placed);
  // Cover, overview, 12 sheets of at least one page each.
  EXPECT_GE(brochure().pages.size(), 14u);
}

TEST(Brochure, CoverHasTitlePeriodWebsiteAndRegistrationButNoHeaderOrFooter) {
  const typeset::PageBox& cover = brochure().pages.at(0);
  const std::string text = page_text(cover);
  EXPECT_NE(text.find("Septembre 2026 – Juin 2027"), std::string::npos) << text;
  EXPECT_NE(text.find("Tutorat"), std::string::npos) << text;
  EXPECT_NE(text.find("Fonds social"), std::string::npos) << text;
  // The edition's registration block, once, in its box: no session's code.
  EXPECT_NE(text.find("Inscription"), std::string::npos) << text;
  EXPECT_NE(text.find("mentionnez le code de la session"), std::string::npos) << text;
  // The website under the title and in the registration box, both linked.
  ASSERT_EQ(cover.links.size(), 2u);
  for (const typeset::LinkBox& link : cover.links) {
    EXPECT_EQ(link.uri, "https://www.tutorats.org");
  }

  const typeset::PageMaster& page = master("page");
  const double header_bottom = page.zones.front().top + page.zones.front().height;
  for (const typeset::GlyphRun& run : cover.glyphs) {
    EXPECT_GT(run.origin.y, header_bottom + 20) << "in the header band: " << run.text;
    EXPECT_LT(run.origin.y, page.zones.back().top) << "in the footer band: " << run.text;
  }
  // The only rules are the registration box's border.
  EXPECT_EQ(cover.rules.size(), 4u);
  // Every other page has both.
  for (std::size_t p = 1; p < brochure().pages.size(); ++p) {
    const typeset::PageBox& inner = brochure().pages[p];
    EXPECT_TRUE(page_has_run(inner, fmt::format("page {} / {}", p + 1, brochure().pages.size())))
        << "page " << p + 1;
  }
}

TEST(Brochure, CoverIsLabelledAndTheOtherPagesKeepTheirPrintedNumbers) {
  const auto& labels = brochure().page_labels;
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0].start_page, 0);
  EXPECT_FALSE(labels[0].numbered);
  EXPECT_EQ(labels[0].prefix, "Couverture");
  EXPECT_EQ(labels[1].start_page, 1);
  EXPECT_TRUE(labels[1].numbered);
  EXPECT_EQ(labels[1].first_number, 2);  // the footer of the second page says "page 2"
}

TEST(Brochure, EveryOverviewCodeLinksToThePageWhereItsSheetStartsAndPrintsIt) {
  const auto anchors = anchor_pages(brochure());
  int linked_sessions = 0;
  for (const catalogue::SessionRef& ref : catalogue::sessions_by_date(edition_catalogue())) {
    const std::string anchor = documents::session_anchor(ref.session->code);
    if (!ref.course->sheet) {
      EXPECT_EQ(anchors.count(anchor), 0u) << anchor;
      continue;
    }
    ASSERT_EQ(anchors.count(anchor), 1u) << anchor;
    const std::size_t sheet_page = anchors.at(anchor);
    // The sheet starts there: its title is on that page, not on the one before.
    const typeset::PageBox& page = brochure().pages[sheet_page];
    EXPECT_NE(documents_test::plain_quotes(page_text(page))
                  .find(documents_test::plain_quotes(ref.course->title.substr(0, 20))),
              std::string::npos)
        << anchor << " on page " << sheet_page + 1;
    // The overview (page 2 on) links the code and the page number there.
    bool code_linked = false;
    bool number_printed = false;
    for (std::size_t p = 1; p < sheet_page; ++p) {
      for (const typeset::LinkBox& link : brochure().pages[p].links) {
        if (link.destination != anchor) continue;
        for (const typeset::GlyphRun& run : brochure().pages[p].glyphs) {
          if (!overlaps(link.rect, run)) continue;
          code_linked = code_linked || run.text == ref.session->code;
          number_printed = number_printed || run.text == std::to_string(sheet_page + 1);
        }
      }
    }
    EXPECT_TRUE(code_linked) << anchor;
    EXPECT_TRUE(number_printed) << anchor << " should show page " << sheet_page + 1;
    ++linked_sessions;
  }
  EXPECT_EQ(linked_sessions, 13);  // 16 sessions, 3 without a sheet
}

TEST(Brochure, SessionsWithoutASheetSaySoInTheirRow) {
  const typeset::PageBox& overview = brochure().pages.at(1);
  int without = 0;
  for (const typeset::GlyphRun& run : overview.glyphs) {
    if (run.text != "T2609" && run.text != "T2611" && run.text != "T2705") continue;
    ++without;
    // The mark sits just under the code, in the same cell.
    bool marked = false;
    for (const typeset::GlyphRun& other : overview.glyphs) {
      marked = marked ||
               (other.text.starts_with("sans") && std::abs(other.origin.x - run.origin.x) < 1 &&
                other.origin.y > run.origin.y && other.origin.y < run.origin.y + 14);
    }
    EXPECT_TRUE(marked) << run.text;
  }
  EXPECT_EQ(without, 3);
  // The note under the table says where to look, and the address is a link.
  EXPECT_NE(page_text(overview).find("« sans fiche »"), std::string::npos);
  EXPECT_TRUE(std::any_of(overview.links.begin(), overview.links.end(),
                          [](const auto& link) { return link.uri == "https://www.tutorats.org"; }));
}

TEST(Brochure, SharedSheetListsBothSessionsAndHoldsBothAnchors) {
  const auto anchors = anchor_pages(brochure());
  ASSERT_EQ(anchors.count("session-T2610"), 1u);
  ASSERT_EQ(anchors.count("session-T2703"), 1u);
  EXPECT_EQ(anchors.at("session-T2610"), anchors.at("session-T2703"));
  std::string sheet;
  for (std::size_t p = anchors.at("session-T2610"); p < brochure().pages.size(); ++p) {
    sheet += page_text(brochure().pages[p]);
    if (sheet.find("Date et lieu 2") != std::string::npos) break;
  }
  EXPECT_NE(sheet.find("T2610 · T2703"), std::string::npos);
  EXPECT_NE(sheet.find("Lundi 16 novembre 2026"), std::string::npos);
  EXPECT_NE(sheet.find("Jeudi 18 mars 2027"), std::string::npos);
}

// The outline is the flow's, as laid out: each section's overview, then a
// bookmark over each section's sheets holding one per course, each pointing
// at the page where its heading landed.
TEST(Brochure, OutlineFollowsTheHeadingsAsLaidOut) {
  const auto anchors = anchor_pages(brochure());
  const auto& outline = brochure().outline;
  ASSERT_EQ(outline.size(), 2u + 2u + 12u);  // two overviews, two groups, twelve sheets
  EXPECT_EQ(outline[0].title, "Ateliers");
  EXPECT_EQ(outline[1].title, "Intervisions");
  EXPECT_EQ(outline[2].title, "Fiches des ateliers");
  EXPECT_EQ(outline[3].title,
            "T2605 · Le Grain — Anticiper la venue d'un stagiaire au sein de l'équipe du milieu "
            "d'accueil");
  for (std::size_t i : {0u, 1u, 2u}) EXPECT_EQ(outline[i].level, 0);
  std::size_t previous_page = 0;
  for (const typeset::OutlineEntry& entry : outline) {
    ASSERT_EQ(anchors.count(entry.destination), 1u) << entry.title;
    const std::size_t page = anchors.at(entry.destination);
    if (entry.level == 0 && entry.title.starts_with("Fiches")) {
      EXPECT_GT(page, previous_page) << entry.title;
    } else if (entry.level == 0) {
      EXPECT_TRUE(page_has_run(brochure().pages[page], entry.title)) << entry.title;
    } else {
      // A sheet's first page names it in the running header ("T2610 · T2703 · CERSO").
      const std::string mark = entry.title.substr(0, entry.title.find(" — "));
      EXPECT_TRUE(page_has_run(brochure().pages[page], mark)) << entry.title;
      EXPECT_GT(page, previous_page) << "sheets in outline order: " << entry.title;
      previous_page = page;
    }
  }
  const auto intervisions = std::find_if(outline.begin(), outline.end(), [](const auto& entry) {
    return entry.title == "Fiches des intervisions";
  });
  ASSERT_NE(intervisions, outline.end());
  EXPECT_EQ(intervisions->level, 0);
  EXPECT_EQ(anchors.at(intervisions->destination), anchors.at((intervisions + 1)->destination))
      << "the group opens on its first sheet";
  EXPECT_EQ(std::count_if(intervisions, outline.end(), [](const auto& e) { return e.level == 1; }),
            3);
}

TEST(Brochure, RunningHeaderNamesTheSheetOnEachOfItsPages) {
  const auto anchors = anchor_pages(brochure());
  const std::size_t first = anchors.at("session-T2612");
  const std::size_t next = anchors.at("session-T2701");
  ASSERT_GT(next, first + 1) << "T2612's sheet is longer than a page";
  for (std::size_t p = first; p < next; ++p) {
    EXPECT_TRUE(page_has_run(brochure().pages[p], "T2612 · Emancipe")) << "page " << p + 1;
  }
}

TEST(Brochure, SplitRowsRepeatTheirLabelWithSuite) {
  int continued = 0;
  for (std::size_t p = 2; p < brochure().pages.size(); ++p) {
    for (const typeset::GlyphRun& run : brochure().pages[p].glyphs) {
      continued += run.text == "(suite)";
    }
  }
  EXPECT_GT(continued, 0);
}

TEST(Brochure, NoTextOutsideTheFrameOrTheHeaderAndFooterBands) {
  const typeset::PageMaster& page = master("page");
  const typeset::Rect frame = page.frame();
  for (std::size_t p = 1; p < brochure().pages.size(); ++p) {
    for (const typeset::GlyphRun& run : brochure().pages[p].glyphs) {
      EXPECT_GE(run.origin.x, frame.x - 0.01) << run.text << " page " << p + 1;
      EXPECT_LE(run.origin.x + run.width, frame.right() + 0.01) << run.text << " page " << p + 1;
      const bool in_header = run.origin.y <= page.zones.front().top + page.zones.front().height;
      const bool in_footer = run.origin.y >= page.zones.back().top;
      const bool in_frame =
          run.origin.y - run.size * 0.8 >= frame.y - 0.01 && run.origin.y <= frame.bottom() + 0.01;
      EXPECT_TRUE(in_header || in_footer || in_frame) << run.text << " page " << p + 1;
    }
  }
}

TEST(Brochure, MetadataNamesTheFundAndTheEdition) {
  const typeset::DocumentMetadata& metadata = brochure().metadata;
  EXPECT_EQ(metadata.title, "Ateliers & Intervisions Tutorat 2026-2027");
  EXPECT_EQ(metadata.author, "Fonds social des Milieux d'Accueil d'Enfants");
  EXPECT_NE(metadata.subject.find("Septembre 2026 – Juin 2027"), std::string::npos);
  EXPECT_NE(metadata.keywords.find("2026-2027"), std::string::npos);
  EXPECT_EQ(metadata.language, "fr");
}

TEST(Brochure, TemplateLackingATextIsReportedNotPrintedEmpty) {
  typeset::Template broken = brochure_template();
  broken.texts.erase("sheet-page");
  base::Diagnostics diagnostics;
  documents::lay_out_brochure(edition_catalogue(), broken, brochure_resources(), diagnostics);
  ASSERT_TRUE(diagnostics.has_errors());
  EXPECT_NE(documents_test::all_diagnostics(diagnostics).find("« sheet-page »"), std::string::npos);
}

}  // namespace
