// Golden box dumps of real documents of the 2026-2027 edition, one per kind of
// page the documents make: the brochure's cover, an overview page, a sheet
// whose row splits across pages, flyers in two and in three columns, a flyer
// on two pages (a synthetic sheet) and a flyer for a session without a sheet. They pin the layout
// down while its code moves: a change shows as a diff of positioned boxes.
//
// Each dump lists the page's fills in painting order (they overlap), then its
// rules, glyph runs, links and anchors sorted by position (their painting
// order changes nothing on paper). UPDATE_GOLDEN=1 rewrites the files under
// tests/fixtures/golden/documents/; render and look at the pages before
// committing a new version.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "documents/brochure.hpp"
#include "documents/flyer.hpp"
#include "documents_test_support.hpp"
#include "typeset/box_dump.hpp"

namespace {

using namespace documents_test;

const documents::Resources& all_resources() {
  static const documents::Resources resources =
      load_test_resources({kBrochureTemplate, kFlyerTemplate});
  return resources;
}

// The page in a canonical order: only the fills' order shows on paper.
typeset::PageBox canonical(typeset::PageBox page) {
  const auto by_position = [](const auto& key) {
    return [key](const auto& a, const auto& b) { return key(a) < key(b); };
  };
  std::stable_sort(page.rules.begin(), page.rules.end(), by_position([](const auto& r) {
                     return std::tuple(r.from.y, r.from.x, r.to.y, r.to.x);
                   }));
  std::stable_sort(page.glyphs.begin(), page.glyphs.end(), by_position([](const auto& g) {
                     return std::tuple(g.origin.y, g.origin.x, g.text);
                   }));
  std::stable_sort(page.links.begin(), page.links.end(), by_position([](const auto& l) {
                     return std::tuple(l.rect.y, l.rect.x, l.uri, l.destination);
                   }));
  std::stable_sort(page.anchors.begin(), page.anchors.end(),
                   by_position([](const auto& a) { return std::tuple(a.at.y, a.at.x, a.name); }));
  return page;
}

// Pages [first, last] (1-based) of `document`, with its outline and labels
// when `navigation` is set.
std::string dump_pages(const typeset::DocumentBox& document, std::size_t first, std::size_t last,
                       bool navigation) {
  typeset::DocumentBox part;
  for (std::size_t p = first; p <= last && p <= document.pages.size(); ++p) {
    part.pages.push_back(canonical(document.pages[p - 1]));
  }
  if (navigation) {
    part.outline = document.outline;
    part.page_labels = document.page_labels;
  }
  std::string dump = typeset::dump_document(part);
  if (first > 1) dump = "first page " + std::to_string(first) + "\n" + dump;
  return dump;
}

void expect_golden(const std::string& name, const std::string& actual) {
  const std::string path = kSourceDir + "/tests/fixtures/golden/documents/" + name + ".txt";
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path))
      << "missing " << path << " (run with UPDATE_GOLDEN=1, then review it)";
  EXPECT_EQ(actual, read_file(path)) << "the layout of " << name << " changed; compare with "
                                     << path << " (UPDATE_GOLDEN=1 rewrites it)";
}

const typeset::DocumentBox& brochure() {
  static const typeset::DocumentBox document = [] {
    base::Diagnostics diagnostics;
    const typeset::Template& tmpl = *all_resources().find_template(kBrochureTemplate);
    typeset::DocumentBox laid_out =
        documents::build_brochure(edition_catalogue(), tmpl, all_resources(), diagnostics);
    EXPECT_FALSE(diagnostics.has_errors()) << all_diagnostics(diagnostics);
    return laid_out;
  }();
  return document;
}

// The 1-based page holding the anchor `name`; 0 when there is none.
std::size_t page_of(const typeset::DocumentBox& document, std::string_view name) {
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    for (const typeset::AnchorBox& anchor : document.pages[p].anchors) {
      if (anchor.name == name) return p + 1;
    }
  }
  return 0;
}

struct Flyer {
  typeset::DocumentBox document;
  documents::FlyerFit fit;
};

Flyer flyer(std::string_view code, const catalogue::Catalogue& catalogue = edition_catalogue()) {
  const std::vector<catalogue::SessionRef> sessions = catalogue::sessions_by_date(catalogue);
  const catalogue::SessionRef* session = catalogue::find_session(sessions, code);
  if (session == nullptr) std::abort();
  Flyer result;
  base::Diagnostics diagnostics;
  const typeset::Template& tmpl = *all_resources().find_template(kFlyerTemplate);
  result.document =
      documents::build_flyer(catalogue, *session, tmpl, all_resources(), diagnostics, &result.fit);
  EXPECT_FALSE(diagnostics.has_errors()) << all_diagnostics(diagnostics);
  return result;
}

TEST(DocumentGolden, BrochureCover) {
  expect_golden("brochure-cover", dump_pages(brochure(), 1, 1, true));
}

TEST(DocumentGolden, BrochureOverviewPage) {
  expect_golden("brochure-overview", dump_pages(brochure(), 2, 2, false));
}

TEST(DocumentGolden, BrochureCalendar) {
  const std::size_t page = page_of(brochure(), "calendar");
  ASSERT_GT(page, 0u);
  expect_golden("brochure-calendar", dump_pages(brochure(), page, page, false));
}

TEST(DocumentGolden, BrochureSheetWithARowSplitAcrossPages) {
  // T2612's sheet runs onto a second page, its last row cut between them.
  const std::size_t first = page_of(brochure(), "session-T2612");
  ASSERT_GT(first, 0u);
  ASSERT_LT(first, brochure().pages.size());
  expect_golden("brochure-sheet-split", dump_pages(brochure(), first, first + 1, false));
}

TEST(DocumentGolden, FlyerInTwoColumns) {
  const Flyer two_columns = flyer("T2605");
  ASSERT_EQ(two_columns.document.pages.size(), 1u);
  expect_golden("flyer-two-columns", dump_pages(two_columns.document, 1, 1, true));
}

TEST(DocumentGolden, FlyerDenseInThreeColumns) {
  // T2612's sheet, the edition's longest, fills its page in three columns.
  const Flyer dense = flyer("T2612");
  ASSERT_EQ(dense.document.pages.size(), 1u);
  expect_golden("flyer-dense", dump_pages(dense.document, 1, 1, true));
}

TEST(DocumentGolden, FlyerOnTwoPages) {
  // A synthetic sheet too long for one page: the second page's running head.
  const Flyer two_pages = flyer("T9901", long_sheet_catalogue());
  ASSERT_EQ(two_pages.document.pages.size(), 2u);
  expect_golden("flyer-two-pages", dump_pages(two_pages.document, 1, 2, true));
}

TEST(DocumentGolden, FlyerWithoutSheet) {
  const Flyer no_sheet = flyer("T2609");
  ASSERT_EQ(no_sheet.document.pages.size(), 1u);
  expect_golden("flyer-no-sheet", dump_pages(no_sheet.document, 1, 1, true));
}

}  // namespace
