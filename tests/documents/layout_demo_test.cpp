// The layout demo (tests/fixtures/demo.xml with templates/demo.xml) read and
// laid out by documents::build_layout_demo with the real fonts, hyphenation
// and line breaker. On the laid-out boxes: no text outside the page margins
// or its cell, no overfull line, no line starting with : ; ! ? », no hyphen
// added inside a URL. Written by pdf::write_pdf and read back with poppler:
// fonts embedded as subsets, every word given back in order, the split row
// continued under the repeated header, and the cross-references showing the
// right pages.
// DEMO_PDF=/some/file.pdf keeps a copy of the PDF for looking at it.
#include "documents/layout_demo.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <sstream>

#include "documents_test_support.hpp"
#include "typeset/table.hpp"

namespace {

using documents_test::all_diagnostics;
using documents_test::run_command;
using documents_test::shell_quoted;

const std::string kDemo = documents_test::kSourceDir + "/tests/fixtures/demo.xml";
// The long URL of the demo: it must break across lines, never with a hyphen.
const std::string kUrl =
    "https://www.legrain.be/formations/accueil-du-stagiaire/"
    "dossier-pedagogique-tutorat-2026-2027.pdf";

// Everything the tests look at, made once: the demo, its layout, its PDF and
// what poppler reads back.
struct Rendered {
  std::optional<documents::LayoutDemo> demo;
  std::optional<documents::Resources> resources;
  std::optional<documents::DemoLayout> layout;
  base::Diagnostics diagnostics;
  documents_test::ScratchDirectory scratch;
  std::string path;
  std::string text;      // pdftotext, UTF-8, reading order
  std::string page_two;  // the same, second page only
  std::string fonts;     // pdffonts
};

void render(Rendered* r) {
  r->demo = documents::read_layout_demo(kDemo, r->diagnostics);
  if (r->demo) r->resources = documents::load_demo_resources(*r->demo, r->diagnostics);
  if (r->resources) {
    r->layout = documents::build_layout_demo(*r->demo, *r->resources, r->diagnostics);
  }
  if (!r->layout) return;
  r->path = r->scratch.file("demo.pdf");
  pdf::WriteOptions options;
  options.date = 0;
  const pdf::WriteResult written =
      pdf::write_pdf(r->layout->document, r->resources->fonts(), r->path, options);
  for (const base::Diagnostic& item : written.diagnostics.items()) r->diagnostics.add(item);
  if (const char* keep = std::getenv("DEMO_PDF")) {
    std::ofstream(keep, std::ios::binary) << documents_test::read_file(r->path);
  }
  const std::string pdf = shell_quoted(r->path);
  r->text = run_command("pdftotext -enc UTF-8 " + pdf + " -").output;
  r->page_two = run_command("pdftotext -enc UTF-8 -f 2 -l 2 " + pdf + " -").output;
  r->fonts = run_command("pdffonts " + pdf).output;
}

// Made once per test program; the scratch directory goes at exit.
const Rendered& rendered() {
  static Rendered result;
  static const bool done = (render(&result), true);
  static_cast<void>(done);
  return result;
}

// Fails the calling test unless the demo was laid out and written.
#define ASSERT_RENDERED(r)                                     \
  ASSERT_TRUE((r).layout) << all_diagnostics((r).diagnostics); \
  ASSERT_FALSE((r).text.empty())

// Words of `text` without punctuation, and without the {page-of:…} fields.
std::vector<std::string> words_of(std::string text) {
  for (std::size_t field; (field = text.find("{page-of:")) != std::string::npos;) {
    text.erase(field, text.find('}', field) - field + 1);
  }
  std::vector<std::string> words;
  std::istringstream stream(text);
  std::string word;
  while (stream >> word) {
    std::string letters;
    for (char c : word) {
      if (std::string_view(".,;:!?()«»\"").find(c) == std::string_view::npos) letters += c;
    }
    if (letters.size() > 1 && letters.find('\xE2') == std::string::npos) words.push_back(letters);
  }
  return words;
}

// Text with every white space, hyphen and punctuation removed: words cut at
// a line end ("accompa-\ngnement") join again.
std::string squeezed(const std::string& text) {
  std::string result;
  for (char c : text) {
    if (std::string_view(" \n\f\t-.,;:!?()\"/").find(c) == std::string_view::npos) result += c;
  }
  return result;
}

// The page (1-based) holding the anchor `name`; 0 when there is none.
int page_of_anchor(const typeset::DocumentBox& document, const std::string& name) {
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    for (const typeset::AnchorBox& anchor : document.pages[p].anchors) {
      if (anchor.name == name) return static_cast<int>(p) + 1;
    }
  }
  return 0;
}

TEST(LayoutDemo, IsLaidOutWithoutAnyDiagnosticAndEveryLinePlaced) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  // No diagnostic at all: an overfull line, a missing character, an unknown
  // anchor would each have been reported.
  EXPECT_TRUE(r.diagnostics.empty()) << all_diagnostics(r.diagnostics);
  EXPECT_TRUE(r.layout->report.stable);
  EXPECT_EQ(r.layout->report.lines_placed, r.layout->report.lines_set);
  EXPECT_EQ(r.layout->document.pages.size(), 2u);
}

TEST(LayoutDemo, NoWordLeavesThePageMarginsOrItsFurnitureBand) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  const typeset::Template& tmpl = *r.resources->find_template(r.demo->template_path);
  const typeset::PageMaster& master = *tmpl.page_master(r.demo->master);
  const typeset::Rect frame = master.frame();
  const auto within = [](double low, double high, double from, double to) {
    return low >= from - 1e-6 && high <= to + 1e-6;
  };
  int runs = 0;
  for (std::size_t p = 0; p < r.layout->document.pages.size(); ++p) {
    for (const typeset::GlyphRun& run : r.layout->document.pages[p].glyphs) {
      ++runs;
      // The run's line: its baseline, less the ascent, plus the descent of its size.
      const double top = run.origin.y - run.size * 0.8;
      const double bottom = run.origin.y + run.size * 0.2;
      const bool in_frame = within(top, bottom, frame.y, frame.bottom());
      bool in_zone = false;  // the running head or the footer
      for (const typeset::PageZone& zone : master.zones) {
        in_zone = in_zone || within(top, bottom, zone.top, zone.top + zone.height);
      }
      EXPECT_TRUE(within(run.origin.x, run.origin.x + run.width, frame.x, frame.right()) &&
                  (in_frame || in_zone))
          << "page " << p + 1 << ": « " << run.text << " » at " << run.origin.x << ","
          << run.origin.y;
    }
  }
  EXPECT_GT(runs, 150);  // the two pages
}

TEST(LayoutDemo, NoTextLeavesItsTableCell) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  int cells = 0;
  for (const typeset::PageLayout& page : r.layout->pages) {
    for (const typeset::PlacedStrip& placed : page.strips) {
      if (!placed.strip.row) continue;
      const typeset::RowLayout& row = *placed.strip.row;
      const typeset::Insets& padding = row.style->padding;
      for (const typeset::CellLayout& cell : row.cells) {
        ++cells;
        const double content_width = cell.width - padding.left - padding.right;
        for (const typeset::Strip& strip : cell.strips) {
          for (const typeset::GlyphRun& glyph : strip.boxes.glyphs) {
            EXPECT_TRUE(glyph.origin.x >= -1e-6 &&
                        glyph.origin.x + glyph.width <= content_width + 1e-6)
                << "« " << glyph.text << " » from " << glyph.origin.x << " to "
                << glyph.origin.x + glyph.width << " in a cell " << content_width << " wide";
          }
        }
      }
    }
  }
  EXPECT_GE(cells, 16);  // 8 rows of 2 cells, and more for the split and repeated ones
}

// The text of each laid-out line, in order: the lines of the flow and those
// of table cells (its glyph runs left to right).
std::vector<std::string> laid_out_lines(const documents::DemoLayout& layout) {
  std::vector<std::string> lines;
  const auto add = [&](const typeset::Strip& strip) {
    std::vector<typeset::GlyphRun> runs = strip.boxes.glyphs;
    if (runs.empty()) return;
    std::stable_sort(runs.begin(), runs.end(),
                     [](const auto& a, const auto& b) { return a.origin.x < b.origin.x; });
    std::string text;
    for (const typeset::GlyphRun& run : runs) text += run.text;
    lines.push_back(std::move(text));
  };
  for (const typeset::PageLayout& page : layout.pages) {
    for (const typeset::PlacedStrip& placed : page.strips) {
      add(placed.strip);
      if (!placed.strip.row) continue;
      for (const typeset::CellLayout& cell : placed.strip.row->cells) {
        for (const typeset::Strip& line : cell.strips) add(line);
      }
    }
  }
  return lines;
}

TEST(LayoutDemo, NoLineStartsWithHighPunctuation) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  const std::vector<std::string> lines = laid_out_lines(*r.layout);
  ASSERT_GT(lines.size(), 50u);
  for (const std::string& line : lines) {
    for (std::string_view mark : {":", ";", "!", "?", "»"}) {
      EXPECT_FALSE(line.starts_with(mark)) << "line starts with " << mark << ": " << line;
    }
  }
}

TEST(LayoutDemo, TheLongUrlBreaksWithoutAnAddedHyphen) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  ASSERT_NE(r.demo->plain_text.find(kUrl), std::string::npos) << "the demo lost its long URL";
  // The URL is on no single line, so it broke; and the lines joined with
  // nothing between them give it back exactly, so no hyphen was added.
  std::string joined;
  for (const std::string& line : laid_out_lines(*r.layout)) {
    EXPECT_EQ(line.find(kUrl), std::string::npos) << "the URL fits on one line: make it longer";
    joined += line;
  }
  EXPECT_NE(joined.find(kUrl), std::string::npos) << joined;
}

TEST(LayoutDemo, FontsAreEmbeddedSubsets) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  std::istringstream lines(r.fonts);
  std::string line;
  std::getline(lines, line);  // name type encoding emb sub uni object ID
  std::getline(lines, line);  // ------
  int fonts = 0;
  const std::regex row(R"(^([A-Z]{6})\+\S+\s.*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
  while (std::getline(lines, line)) {
    std::smatch match;
    ASSERT_TRUE(std::regex_match(line, match, row)) << "not an embedded subset: " << line;
    EXPECT_EQ(match[2], "yes") << line;  // emb
    EXPECT_EQ(match[3], "yes") << line;  // sub
    EXPECT_EQ(match[4], "yes") << line;  // uni: text can be copied
    ++fonts;
  }
  EXPECT_GE(fonts, 3);  // regular, bold, italic at least
}

TEST(LayoutDemo, EveryWordComesBackInOrder) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  const std::string printed = squeezed(r.text);
  // Each paragraph, item or cell is one line of plain_text: its words come
  // back in order (pdftotext may read a table's columns one after the other).
  std::istringstream texts(r.demo->plain_text);
  int words = 0;
  for (std::string text; std::getline(texts, text);) {
    std::size_t at = 0;
    for (const std::string& word : words_of(text)) {
      const std::size_t found = printed.find(squeezed(word), at);
      EXPECT_NE(found, std::string::npos)
          << "missing or out of order: " << word << "\nin: " << text;
      if (found != std::string::npos) at = found + squeezed(word).size();
      ++words;
    }
  }
  EXPECT_GT(words, 400);
}

TEST(LayoutDemo, TheLongRowGoesOnUnderTheRepeatedHeaderWithSuite) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  ASSERT_FALSE(r.page_two.empty());
  EXPECT_NE(r.page_two.find("Rubrique"), std::string::npos) << r.page_two;
  EXPECT_NE(r.page_two.find("(suite)"), std::string::npos) << r.page_two;
  EXPECT_NE(r.page_two.find("Objectifs spécifiques"), std::string::npos) << r.page_two;
  std::size_t headers = 0;
  for (std::size_t at = 0; (at = r.text.find("Rubrique", at)) != std::string::npos; ++at) {
    ++headers;
  }
  EXPECT_EQ(headers, 2u);  // the header row, repeated over the split row
}

TEST(LayoutDemo, CrossReferencesShowThePagesTheirAnchorsLandedOn) {
  const Rendered& r = rendered();
  ASSERT_RENDERED(r);
  const int sheet = page_of_anchor(r.layout->document, "fiche-T2605");
  const int end = page_of_anchor(r.layout->document, "fin-fiche");
  const int start = page_of_anchor(r.layout->document, "debut");
  ASSERT_EQ(start, 1);
  ASSERT_GT(end, sheet);  // the sheet's table runs over a page end
  const std::string printed = squeezed(r.text);
  EXPECT_NE(printed.find(fmt::format("commenceàlapage{}", sheet)), std::string::npos) << r.text;
  EXPECT_NE(printed.find(fmt::format("termineàlapage{}", end)), std::string::npos) << r.text;
  EXPECT_NE(printed.find(fmt::format("page{}", start)), std::string::npos) << r.text;
}

}  // namespace
