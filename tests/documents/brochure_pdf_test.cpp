// The brochure written as a PDF and read back with the tools a user's viewer
// relies on: pdftotext (every word of every sheet, in order), qpdf (structure,
// outline destinations), two renders identical. Where the words sit on the
// page is checked on the laid-out boxes (brochure_test.cpp).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "catalogue/french_dates.hpp"
#include "documents/brochure.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents_test_support.hpp"

namespace {

using documents_test::brochure_resources;
using documents_test::brochure_template;
using documents_test::edition_catalogue;
using documents_test::run_command;
using documents_test::shell_quoted;

// One PDF for the whole suite: writing it is the slow part.
class BrochurePdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new documents_test::ScratchDirectory();
    path_ = scratch_->file("brochure.pdf");
    const pdf::WriteResult written = documents::write_brochure(
        edition_catalogue(), brochure_template(), brochure_resources(), path_, {});
    ASSERT_TRUE(written.ok()) << documents_test::all_diagnostics(written.diagnostics);
    base::Diagnostics diagnostics;
    layout_ = new typeset::DocumentBox(documents::build_brochure(
        edition_catalogue(), brochure_template(), brochure_resources(), diagnostics));
  }
  static void TearDownTestSuite() {
    delete layout_;
    delete scratch_;
  }

  static std::string text_of_pages(std::size_t first, std::size_t last) {  // 1-based
    // -raw: in drawing order, so a table row reads cell after cell. A word
    // hyphenated at a line end is joined back.
    std::string text = run_command(fmt::format("pdftotext -raw -enc UTF-8 -f {} -l {} {} -", first,
                                               last, shell_quoted(path_)))
                           .output;
    // List markers are drawn after their item's first line: drop them first.
    text = std::regex_replace(text, std::regex(R"(\n(•|–|◦|\d+\.|[a-z]\))(?=\n))"), "");
    for (std::size_t at = text.find("-\n"); at != std::string::npos; at = text.find("-\n", at)) {
      text.erase(at, 2);
    }
    return text;
  }
  static std::size_t anchor_page(const std::string& name) {  // 1-based
    for (std::size_t p = 0; p < layout_->pages.size(); ++p) {
      for (const typeset::AnchorBox& anchor : layout_->pages[p].anchors) {
        if (anchor.name == name) return p + 1;
      }
    }
    return 0;
  }

  static inline documents_test::ScratchDirectory* scratch_ = nullptr;
  static inline std::string path_;
  static inline typeset::DocumentBox* layout_ = nullptr;
};

// Words as the eye reads them: letters and digits (accented Latin included);
// apostrophes, hyphens, punctuation and spaces separate them.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> found;
  std::string current;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    char32_t code_point = byte;
    if (length == 2 && i + 1 < text.size()) {
      code_point = ((byte & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    }
    const bool letter = (length == 1 && std::isalnum(byte)) ||
                        (length == 2 && code_point >= 0xC0 && code_point <= 0x24F &&
                         code_point != 0xD7 && code_point != 0xF7);
    if (letter) {
      current.append(text, i, length);
    } else if (!current.empty()) {
      found.push_back(std::move(current));
      current.clear();
    }
    i += length;
  }
  if (!current.empty()) found.push_back(current);
  return found;
}

// A word that had its own hyphen at a line end ("brise-" / "glace") comes
// back joined: it then stands for two expected words or more.
std::string first_missing(const std::vector<std::string>& expected,
                          const std::vector<std::string>& actual) {
  std::size_t e = 0;
  std::size_t a = 0;
  while (e < expected.size()) {
    if (a == actual.size()) return expected[e] + " (mot " + std::to_string(e) + ")";
    if (actual[a] == expected[e]) {
      ++e;
      ++a;
      continue;
    }
    std::string joined = expected[e];
    std::size_t k = e + 1;
    while (k < expected.size() && joined.size() < actual[a].size() && k < e + 4) {
      joined += expected[k++];
      if (joined == actual[a]) break;
    }
    if (joined == actual[a]) {
      e = k;
    }
    ++a;
  }
  return {};
}

TEST_F(BrochurePdf, EverySheetShowsEveryWordOfItsCourseInOrder) {
  std::vector<std::pair<const catalogue::Course*, std::size_t>> sheets;
  for (const catalogue::Section& section : edition_catalogue().sections) {
    for (const catalogue::Course* course : documents::courses_with_sheet(section)) {
      sheets.emplace_back(course, anchor_page(documents::session_anchor(course->sessions[0].code)));
    }
  }
  ASSERT_EQ(sheets.size(), 12u);
  for (std::size_t s = 0; s < sheets.size(); ++s) {
    const auto& [course, first_page] = sheets[s];
    const std::size_t last_page =
        s + 1 < sheets.size() ? sheets[s + 1].second : layout_->pages.size();
    ASSERT_GT(first_page, 1u);
    // The key facts first: each session's dates, the notes of the rows
    // generated from them, its place; then the public; then the other rows.
    std::string expected = course->title + "\n";
    const auto is_public = [](const catalogue::SheetRow& row) {
      return row.label == "Public-cible";
    };
    for (const catalogue::Session& session : course->sessions) {
      expected += catalogue::session_dates(session) + "\n";
      for (const catalogue::SheetRow& row : course->sheet->rows) {
        if (row.generated == catalogue::SheetRow::Generated::none) continue;
        if (!row.session_code.empty() && row.session_code != session.code) continue;
        expected += catalogue::plain_text(row.content) + "\n";
      }
      expected +=
          (session.place.address.runs.empty() ? session.place.city
                                              : catalogue::plain_text(session.place.address)) +
          "\n";
    }
    for (const catalogue::SheetRow& row : course->sheet->rows) {
      if (is_public(row)) expected += catalogue::plain_text(row.content) + "\n";
    }
    for (const catalogue::SheetRow& row : course->sheet->rows) {
      if (row.generated != catalogue::SheetRow::Generated::none || is_public(row)) continue;
      expected += row.label + "\n" + catalogue::plain_text(row.content) + "\n";
    }
    const std::string missing = first_missing(words(documents_test::printed_ordinals(expected)),
                                              words(text_of_pages(first_page, last_page)));
    EXPECT_EQ(missing, "") << course->sessions[0].code << ", pages " << first_page << "–"
                           << last_page;
  }
}

TEST_F(BrochurePdf, OverviewShowsEverySessionWithItsOperatorTitleAndPlace) {
  const auto anchor = [](std::size_t section) { return documents::section_anchor(section); };
  const std::string overview = text_of_pages(anchor_page(anchor(1)), anchor_page(anchor(2)));
  const std::vector<std::string> found = words(overview);
  for (const catalogue::SessionRef& ref : catalogue::sessions_by_date(edition_catalogue())) {
    const std::string row = edition_catalogue().find_operator(ref.course->operator_id)->name + " " +
                            ref.course->title + " " + ref.session->code + " " +
                            ref.session->place.city;
    EXPECT_EQ(first_missing(words(row), found), "") << ref.session->code;
  }
}

TEST_F(BrochurePdf, TwoRendersAreByteIdentical) {
  const std::string again = scratch_->file("again.pdf");
  const pdf::WriteResult written = documents::write_brochure(
      edition_catalogue(), brochure_template(), brochure_resources(), again, {});
  ASSERT_TRUE(written.ok());
  const std::string first = documents_test::read_file(path_);
  EXPECT_GT(first.size(), 50'000u);
  EXPECT_TRUE(first == documents_test::read_file(again));
}

// The render that frees each page's boxes once libharu holds the page (the
// one `render` uses) writes what the render of a kept document writes: the
// brochure has links, outline entries and paragraphs tagged across pages.
TEST_F(BrochurePdf, FreeingPagesAsTheyArePaintedChangesNoByte) {
  const pdf::RenderResult kept = pdf::render_pdf(*layout_, brochure_resources().fonts(), {});
  ASSERT_TRUE(kept.ok()) << documents_test::all_diagnostics(kept.diagnostics);
  typeset::DocumentBox given_up = *layout_;
  const pdf::RenderResult freed =
      pdf::render_pdf(std::move(given_up), brochure_resources().fonts(), {});
  ASSERT_TRUE(freed.ok()) << documents_test::all_diagnostics(freed.diagnostics);
  EXPECT_GT(kept.bytes.size(), 50'000u);
  EXPECT_TRUE(kept.bytes == freed.bytes);
  // NOLINTNEXTLINE(bugprone-use-after-move): what render_pdf leaves is part of its contract
  EXPECT_TRUE(given_up.structure.empty());
  ASSERT_FALSE(layout_->structure.empty());
  ASSERT_EQ(given_up.pages.size(), layout_->pages.size());
  for (std::size_t p = 0; p < given_up.pages.size(); ++p) {
    EXPECT_TRUE(given_up.pages[p].glyphs.empty()) << "page " << p + 1;
    EXPECT_EQ(given_up.pages[p].width, layout_->pages[p].width);
  }
}

TEST_F(BrochurePdf, QpdfFindsNoStructuralError) {
  const auto checked = run_command("qpdf --check " + shell_quoted(path_) + " 2>&1");
  EXPECT_EQ(checked.exit_code, 0) << checked.output;
  EXPECT_NE(checked.output.find("No syntax or stream encoding errors"), std::string::npos)
      << checked.output;
}

TEST_F(BrochurePdf, OutlineEntriesOpenTheirSheetsPage) {
  const std::string json =
      run_command("qpdf --json --json-key=outlines " + shell_quoted(path_)).output;
  // Keys come sorted: an entry's "destpageposfrom1" precedes its "kids" and its
  // "title" follows them, so a stack pairs each title with its page.
  const std::regex token(R"re("(destpageposfrom1|title)": (\d+|"[^"]*"))re");
  std::vector<std::pair<std::size_t, std::string>> entries;
  std::vector<std::size_t> open_pages;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), token);
       it != std::sregex_iterator(); ++it) {
    const std::string value = (*it)[2];
    if ((*it)[1] == "destpageposfrom1") {
      open_pages.push_back(std::stoul(value));
    } else {
      ASSERT_FALSE(open_pages.empty());
      entries.emplace_back(open_pages.back(), value.substr(1, value.size() - 2));
      open_pages.pop_back();
    }
  }
  ASSERT_EQ(entries.size(), layout_->outline.size()) << json.substr(0, 2000);
  std::size_t matched = 0;
  for (const typeset::OutlineEntry& expected : layout_->outline) {
    for (const auto& [page, title] : entries) {
      if (title != expected.title) continue;
      EXPECT_EQ(page, anchor_page(expected.destination)) << title;
      ++matched;
    }
  }
  EXPECT_EQ(matched, layout_->outline.size());
}

TEST_F(BrochurePdf, EveryInternalLinkOpensThePageOfItsAnchor) {
  // Page objects → page numbers, from qpdf's list of pages, in page order (a
  // page's own "object" key is indented one level less than its outlines').
  const std::string pages =
      run_command("qpdf --json --json-key=pages " + shell_quoted(path_)).output;
  std::map<std::string, std::size_t> page_numbers;
  const std::regex page_object(R"re(\n      "object": "(\d+) 0 R")re");
  for (auto it = std::sregex_iterator(pages.begin(), pages.end(), page_object);
       it != std::sregex_iterator(); ++it) {
    page_numbers[(*it)[1]] = page_numbers.size() + 1;
  }
  ASSERT_EQ(page_numbers.size(), layout_->pages.size());
  const std::string json = run_command("qpdf --json --json-key=qpdf " + shell_quoted(path_)).output;
  // Link annotations: the page they sit on, their rectangle, the page their
  // destination array (written in the link, as PDF/A wants) opens; tagged,
  // a link also names its place in the structure tree (/StructParent).
  const std::regex link(
      R"re("/Dest": \[\s*"(\d+) 0 R",\s*"/XYZ"[^\]]*\],\s*"/F": 4,\s*"/P": "(\d+) 0 R",\s*"/Rect": \[\s*([\d.]+),\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)\s*\],\s*(?:"/StructParent": \d+,\s*)?"/Subtype": "/Link")re");
  std::size_t checked = 0;
  for (auto it = std::sregex_iterator(json.begin(), json.end(), link); it != std::sregex_iterator();
       ++it) {
    const std::string target_page = (*it)[1];
    ASSERT_EQ(page_numbers.count(target_page), 1u) << "opens no page of the document";
    ASSERT_EQ(page_numbers.count((*it)[2]), 1u) << "link on no page of the document";
    const std::size_t source = page_numbers[(*it)[2]];
    const double x = std::stod((*it)[3]);
    const double top = std::stod((*it)[6]);
    // The same link in the layout: same page, same place (PDF y grows upwards).
    const typeset::PageBox& page = layout_->pages.at(source - 1);
    const auto laid = std::find_if(page.links.begin(), page.links.end(), [&](const auto& box) {
      return !box.destination.empty() && std::abs(box.rect.x - x) < 0.5 &&
             std::abs(page.height - box.rect.y - top) < 0.5;
    });
    ASSERT_NE(laid, page.links.end()) << (*it)[0];
    EXPECT_EQ(page_numbers[target_page], anchor_page(laid->destination)) << laid->destination;
    ++checked;
  }
  std::size_t internal_links = 0;
  for (const typeset::PageBox& page : layout_->pages) {
    for (const typeset::LinkBox& box : page.links) internal_links += !box.destination.empty();
  }
  EXPECT_EQ(checked, internal_links);
  // The overview: 13 sessions with a sheet, the code and its page number; the
  // calendar: each of their days' code; the contents: 6 parts, title and page.
  EXPECT_EQ(checked, 26u + 21u + 12u);
}

}  // namespace
