// The brochure laid out from the 2026-2027 catalogue: the boxes (links, anchors,
// outline, furniture, margins) checked on the DocumentBox.
#include "documents/brochure.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
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
  // Cover, overview, calendar, 12 sheets, registration.
  EXPECT_GE(brochure().pages.size(), 12u);
}

TEST(Brochure, CoverHasTitlePeriodWebsiteContentsAndImprintButNoPageNumber) {
  const typeset::PageBox& cover = brochure().pages.at(0);
  const std::string text = page_text(cover);
  EXPECT_NE(text.find("Septembre 2026 – Juin 2027"), std::string::npos) << text;
  EXPECT_NE(text.find("Tutorat"), std::string::npos) << text;
  EXPECT_NE(text.find("Fonds social"), std::string::npos) << text;
  EXPECT_NE(text.find("Sommaire"), std::string::npos) << text;
  // The publisher's line at the foot: the fund and its website; no
  // « éditeur responsable » since the 2026-2027 catalogue names none.
  EXPECT_TRUE(page_has_run(cover, "Fonds social des Milieux d’Accueil d’Enfants · tutorats.org"))
      << text;
  EXPECT_EQ(text.find("responsable"), std::string::npos) << text;
  // No page number on the cover.
  EXPECT_EQ(text.find("page 1"), std::string::npos) << text;
  // Every other page has one.
  for (std::size_t p = 1; p < brochure().pages.size(); ++p) {
    const typeset::PageBox& inner = brochure().pages[p];
    EXPECT_TRUE(page_has_run(inner, fmt::format("page {} / {}", p + 1, brochure().pages.size())))
        << "page " << p + 1;
  }
}

// When the catalogue names an éditeur responsable, the cover's foot says so.
TEST(Brochure, CoverFootNamesTheResponsibleEditorWhenTheCatalogueGivesOne) {
  catalogue::Catalogue with_editor = edition_catalogue();
  with_editor.publisher.responsible_editor = "Marie Dupont, Rue Haute 1, 1000 Bruxelles";
  base::Diagnostics diagnostics;
  const documents::BrochureLayout layout = documents::lay_out_brochure(
      with_editor, brochure_template(), brochure_resources(), diagnostics);
  ASSERT_FALSE(diagnostics.has_errors()) << documents_test::all_diagnostics(diagnostics);
  const std::string cover = page_text(layout.document.pages.at(0));
  EXPECT_NE(cover.find("Éditeur responsable : Marie Dupont, Rue Haute 1, 1000 Bruxelles"),
            std::string::npos)
      << cover;
}

// The contents on the cover: each part, linked to where it starts, with the
// page number printed there.
TEST(Brochure, ContentsLinkEachPartAndPrintItsPage) {
  const auto anchors = anchor_pages(brochure());
  const typeset::PageBox& cover = brochure().pages.at(0);
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"section-1", "Ateliers"},
      {"section-2", "Intervisions"},
      {"calendar", "Calendrier des sessions"},
      {"sheets-1", "Fiches des ateliers"},
      {"sheets-2", "Fiches des intervisions"},
      {"registration", "Inscription"}};
  for (const auto& [anchor, title] : parts) {
    ASSERT_EQ(anchors.count(anchor), 1u) << anchor;
    const auto links =
        std::count_if(cover.links.begin(), cover.links.end(),
                      [&anchor = anchor](const auto& link) { return link.destination == anchor; });
    EXPECT_EQ(links, 2) << anchor << ": the title and the page number";
    EXPECT_TRUE(page_has_run(cover, title)) << title;
    EXPECT_TRUE(page_has_run(cover, std::to_string(anchors.at(anchor) + 1))) << anchor;
  }
  // In the brochure's order.
  for (std::size_t i = 1; i < parts.size(); ++i) {
    EXPECT_LE(anchors.at(parts[i - 1].first), anchors.at(parts[i].first)) << parts[i].first;
  }
}

// The measure of a page: from the top of its first line to the bottom
// of its last (rules and fills included), running head and footer aside, over
// the height of the text area.
double page_fill(std::size_t p) {
  const typeset::PageBox& box = brochure().pages.at(p);
  const typeset::Rect frame = master(p == 0 ? "cover" : "page").frame();
  const auto in_frame = [&](double y) { return y > frame.y - 1 && y < frame.bottom() + 1; };
  double top = frame.bottom();
  double bottom = frame.y;
  const auto extend = [&](double upper, double lower) {
    top = std::min(top, upper);
    bottom = std::max(bottom, lower);
  };
  for (const typeset::GlyphRun& run : box.glyphs) {
    if (in_frame(run.origin.y))
      extend(run.origin.y - run.size * 0.75, run.origin.y + run.size * 0.25);
  }
  for (const typeset::RuleBox& rule : box.rules) {
    if (in_frame(rule.from.y) && in_frame(rule.to.y)) {
      extend(std::min(rule.from.y, rule.to.y), std::max(rule.from.y, rule.to.y));
    }
  }
  for (const typeset::FillBox& fill : box.fills) {
    if (in_frame(fill.rect.y) && in_frame(fill.rect.bottom()))
      extend(fill.rect.y, fill.rect.bottom());
  }
  return bottom > top ? (bottom - top) / frame.height : 0;
}

TEST(Brochure, NoPageButTheLastIsLessThanFortyPercentFull) {
  const std::size_t pages = brochure().pages.size();
  std::string fills;
  for (std::size_t p = 0; p < pages; ++p) {
    fills += fmt::format(" p{}={:.0f}%", p + 1, page_fill(p) * 100);
    if (p + 1 < pages) {
      EXPECT_GE(page_fill(p), 0.40) << "page " << p + 1;
    }
  }
  std::cout << "page fills:" << fills << "\n";
}

// Each sheet opens with its key facts, above the sheet's own rows; a shared
// sheet has a row per session with its dates and place.
TEST(Brochure, EverySheetOpensWithItsKeyFacts) {
  const auto anchors = anchor_pages(brochure());
  for (const catalogue::Section& section : edition_catalogue().sections) {
    for (const catalogue::Course& course : section.courses) {
      if (!course.sheet) continue;
      const std::string code = course.sessions.front().code;
      const typeset::PageBox& page = brochure().pages.at(anchors.at("session-" + code));
      double anchor_y = 0;
      for (const auto& anchor : page.anchors) {
        if (anchor.name == "session-" + code) anchor_y = anchor.at.y;
      }
      // The first labels under the title: the key facts', in their order.
      std::vector<std::string> labels;
      for (const typeset::GlyphRun& run : page.glyphs) {
        if (run.origin.y < anchor_y || run.origin.x > master("page").frame().x + 20) continue;
        labels.push_back(run.text);
      }
      const bool shared = course.sessions.size() > 1;
      const std::string first_label = shared ? "Codes" : "Code";
      const auto at = std::find(labels.begin(), labels.end(), first_label);
      ASSERT_NE(at, labels.end()) << code;
      if (shared) {
        for (std::size_t i = 0; i < course.sessions.size(); ++i) {
          ASSERT_LT(std::size_t(at - labels.begin()) + 1 + i, labels.size()) << code;
          EXPECT_EQ(*(at + 1 + static_cast<std::ptrdiff_t>(i)), course.sessions[i].code);
        }
      } else {
        ASSERT_LT(std::size_t(at - labels.begin()) + 3, labels.size()) << code;
        EXPECT_TRUE(*(at + 1) == "Date" || *(at + 1) == "Dates") << code << " " << *(at + 1);
        EXPECT_EQ(*(at + 2), "Horaire") << code;
        EXPECT_EQ(*(at + 3), "Lieu") << code;
      }
      EXPECT_NE(std::find(at, labels.end(), "Opérateur"), labels.end()) << code;
    }
  }
}

// The calendar: every day of every session, once, by date; the codes of
// sessions with a sheet link to it.
TEST(Brochure, CalendarListsEverySessionDayAndLinksTheCodes) {
  const auto anchors = anchor_pages(brochure());
  const std::size_t first = anchors.at("calendar");
  const std::size_t last = anchors.at("sheets-1");
  std::map<std::string, int> days;
  int links = 0;
  for (std::size_t p = first; p <= last && p < first + 2; ++p) {
    const typeset::PageBox& page = brochure().pages[p];
    for (const typeset::GlyphRun& run : page.glyphs) {
      if (run.text.size() == 5 && run.text[0] == 'T' && run.size < 9) ++days[run.text];
    }
    for (const typeset::LinkBox& link : page.links)
      links += link.destination.starts_with("session-");
  }
  int expected_links = 0;
  for (const catalogue::SessionRef& ref : catalogue::sessions_by_date(edition_catalogue())) {
    EXPECT_EQ(days[ref.session->code], static_cast<int>(ref.session->days.size()))
        << ref.session->code;
    if (ref.course->sheet) expected_links += static_cast<int>(ref.session->days.size());
  }
  EXPECT_EQ(links, expected_links);
  EXPECT_LE(last - first, 1u) << "one page, two at most";
}

// The registration page ends the brochure with the edition's block.
TEST(Brochure, RegistrationPageEndsTheBrochure) {
  const auto anchors = anchor_pages(brochure());
  ASSERT_EQ(anchors.at("registration"), brochure().pages.size() - 1);
  const typeset::PageBox& page = brochure().pages.back();
  EXPECT_NE(page_text(page).find("mentionnez le code de la session"), std::string::npos);
  EXPECT_TRUE(std::any_of(page.links.begin(), page.links.end(),
                          [](const auto& link) { return link.uri == "https://www.tutorats.org"; }));
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
  const std::string sheet = page_text(brochure().pages[anchors.at("session-T2610")]);
  EXPECT_NE(sheet.find("T2610 · T2703"), std::string::npos);
  // Each session's row: its code, then its dates (and hours and place).
  const std::size_t first = sheet.find("T2610 Lundi 16 novembre 2026");
  const std::size_t second = sheet.find("T2703 Jeudi 18 mars 2027");
  EXPECT_NE(first, std::string::npos) << sheet;
  EXPECT_NE(second, std::string::npos) << sheet;
  EXPECT_LT(first, second);
}

// The outline is the flow's, as laid out: each section's overview, then a
// bookmark over each section's sheets holding one per course, each pointing
// at the page where its heading landed.
TEST(Brochure, OutlineFollowsTheHeadingsAsLaidOut) {
  const auto anchors = anchor_pages(brochure());
  const auto& outline = brochure().outline;
  // Two overviews, the calendar, two groups, twelve sheets, the registration page.
  ASSERT_EQ(outline.size(), 2u + 1u + 2u + 12u + 1u);
  EXPECT_EQ(outline[0].title, "Ateliers");
  EXPECT_EQ(outline[1].title, "Intervisions");
  EXPECT_EQ(outline[2].title, "Calendrier des sessions");
  EXPECT_EQ(outline[3].title, "Fiches des ateliers");
  EXPECT_EQ(outline.back().title, "Inscription");
  EXPECT_EQ(outline[4].title,
            "T2605 · Le Grain — Anticiper la venue d'un stagiaire au sein de l'équipe du milieu "
            "d'accueil");
  for (std::size_t i : {0u, 1u, 2u, 3u}) EXPECT_EQ(outline[i].level, 0);
  std::size_t previous_page = 0;
  for (const typeset::OutlineEntry& entry : outline) {
    ASSERT_EQ(anchors.count(entry.destination), 1u) << entry.title;
    const std::size_t page = anchors.at(entry.destination);
    if (entry.level == 0 && entry.title.starts_with("Fiches")) {
      EXPECT_GT(page, previous_page) << entry.title;
    } else if (entry.level == 0) {
      EXPECT_TRUE(page_has_run(brochure().pages[page], entry.title)) << entry.title;
    } else {
      // A sheet's first page names it in the running header ("T2610 · T2703 · CERSO"),
      // unless another sheet starts higher on that page.
      const std::string mark = entry.title.substr(0, entry.title.find(" — "));
      if (page != previous_page) {
        EXPECT_TRUE(page_has_run(brochure().pages[page], mark)) << entry.title;
      }
      EXPECT_GE(page, previous_page) << "sheets in outline order: " << entry.title;
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
  EXPECT_EQ(metadata.language, "fr-BE");
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
