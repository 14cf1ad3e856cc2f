// The flyers of the 2026-2027 edition, each laid out and written as the
// program does: each names its session, says every word of its sheet in
// order, stays on one page when it can at a readable size, and is a clean,
// small PDF with its metadata.
#include "documents/flyer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "base/utf8.hpp"
#include "catalogue/french_dates.hpp"
#include "documents_test_support.hpp"
#include "pdf/writer.hpp"

namespace {

using namespace documents_test;

const documents::Resources& flyer_resources() {
  static const documents::Resources resources = load_test_resources({kFlyerTemplate});
  return resources;
}

const typeset::Template& flyer_template() {
  return *flyer_resources().find_template(kFlyerTemplate);
}

const documents::FlyerSettings& flyer_settings() {
  static const documents::FlyerSettings settings = [] {
    base::Diagnostics diagnostics;
    auto read = documents::read_flyer_settings(flyer_template(), diagnostics);
    if (!read) ADD_FAILURE() << all_diagnostics(diagnostics);
    return read.value_or(documents::FlyerSettings{});
  }();
  return settings;
}

// The flyer master's band (its first) and footer (its last zone).
double band_bottom() {
  const typeset::PageBand& band = flyer_template().page_master("flyer")->bands.front();
  return band.top + band.height;
}

double footer_top() {
  return flyer_template().page_master("flyer")->zones.back().top;
}

struct BuiltFlyer {
  typeset::DocumentBox document;
  documents::FlyerFit fit;
  base::Diagnostics diagnostics;
};

BuiltFlyer build(const catalogue::SessionRef& session,
                 const typeset::Template& tmpl = flyer_template()) {
  BuiltFlyer built;
  built.document = documents::build_flyer(edition_catalogue(), session, tmpl, flyer_resources(),
                                          built.diagnostics, &built.fit);
  return built;
}

const std::vector<catalogue::SessionRef>& sessions() {
  static const std::vector<catalogue::SessionRef> all =
      catalogue::sessions_by_date(edition_catalogue());
  return all;
}

const catalogue::SessionRef& session(std::string_view code) {
  const catalogue::SessionRef* found = catalogue::find_session(sessions(), code);
  if (found == nullptr) std::abort();
  return *found;
}

// Text compared without spaces and hyphens: line ends, hyphenation, French
// no-break spaces and justified gaps no longer matter, the letters do (quotes
// as typed: ’ reads ', « » read ").
std::string squeezed(std::string_view text) {
  std::string result;
  for (char32_t c : base::utf8::decode_all(documents_test::plain_quotes(text))) {
    if (c == U' ' || c == U'\n' || c == U'\t' || c == U'\f' || c == U'-' || c == U'\u00A0' ||
        c == U'\u202F' || c == U'\u2009' || c == U'\u2010' || c == U'\u00AD') {
      continue;
    }
    base::utf8::append(result, c);
  }
  return result;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '-') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// The first word of `words` not found in `haystack` after the previous one
// (empty when all are there in order).
std::string first_missing_in_order(const std::vector<std::string>& words,
                                   const std::string& haystack) {
  std::size_t from = 0;
  for (const std::string& word : words) {
    const std::string needle = squeezed(word);
    if (needle.empty()) continue;
    const std::size_t at = haystack.find(needle, from);
    if (at == std::string::npos) return word;
    from = at + needle.size();
  }
  return {};
}

// Writes the flyer as the program does; returns the path.
std::string written(const BuiltFlyer& flyer, const ScratchDirectory& scratch,
                    const std::string& name) {
  const std::string path = scratch.file(name + ".pdf");
  const pdf::WriteResult result =
      pdf::write_pdf(flyer.document, flyer_resources().fonts(), path, pdf::WriteOptions{});
  EXPECT_TRUE(result.ok()) << all_diagnostics(result.diagnostics);
  return path;
}

std::string pdf_text(const std::string& path) {
  return run_command("pdftotext -enc UTF-8 " + shell_quoted(path) + " - 2>/dev/null").output;
}

bool is_raised(const typeset::GlyphRun& run, const typeset::PageBox& page) {
  return std::any_of(page.glyphs.begin(), page.glyphs.end(), [&](const typeset::GlyphRun& other) {
    return other.size > run.size && other.origin.y > run.origin.y + 0.5 &&
           other.origin.y < run.origin.y + other.size;
  });
}

TEST(Flyer, EachNamesItsSessionAndSaysEveryWordOfItsSheetInOrder) {
  ScratchDirectory scratch;
  ASSERT_EQ(sessions().size(), 16u);
  for (const catalogue::SessionRef& ref : sessions()) {
    const std::string& code = ref.session->code;
    SCOPED_TRACE(code);
    const BuiltFlyer flyer = build(ref);
    ASSERT_FALSE(flyer.diagnostics.has_errors()) << all_diagnostics(flyer.diagnostics);
    const std::string text = squeezed(pdf_text(written(flyer, scratch, code)));
    EXPECT_NE(text.find(squeezed(code)), std::string::npos);
    EXPECT_NE(text.find(squeezed(ref.course->title)), std::string::npos);
    EXPECT_NE(text.find(squeezed(catalogue::session_dates(*ref.session))), std::string::npos);
    EXPECT_NE(text.find(squeezed(catalogue::session_hours(*ref.session))), std::string::npos);
    EXPECT_NE(text.find(squeezed(catalogue::plain_text(ref.session->place.address))),
              std::string::npos);
    if (!ref.course->sheet) continue;
    for (const catalogue::SheetRow& row : ref.course->sheet->rows) {
      EXPECT_EQ(first_missing_in_order(words_of(catalogue::plain_text(row.content)), text), "")
          << "row « " << row.label << " »";
      // Every label is printed, but the public row's, which becomes the key fact "Public".
      if (row.generated == catalogue::SheetRow::Generated::none &&
          squeezed(row.label) != squeezed(flyer_settings().public_row_label)) {
        EXPECT_NE(text.find(squeezed(row.label)), std::string::npos) << row.label;
      }
    }
  }
}

TEST(Flyer, BodyNeverUnderTheMinimumAndShortFlyersKeepTheTemplateSize) {
  const double base = flyer_template().paragraph_style("body")->size;
  const documents::FlyerSettings& settings = flyer_settings();
  ASSERT_GE(settings.min_body_size, 8.5);
  for (const catalogue::SessionRef& ref : sessions()) {
    SCOPED_TRACE(ref.session->code);
    const BuiltFlyer flyer = build(ref);
    EXPECT_GE(flyer.fit.body_size, settings.min_body_size - 1e-9);
    EXPECT_LE(flyer.fit.body_size, base);
    EXPECT_EQ(flyer.fit.pages, static_cast<int>(flyer.document.pages.size()));
    for (const typeset::PageBox& page : flyer.document.pages) {
      for (const typeset::GlyphRun& run : page.glyphs) {
        const bool in_content = run.origin.y > band_bottom() && run.origin.y < footer_top();
        if (!in_content || is_raised(run, page) || run.text == flyer_template().text("suite")) {
          continue;
        }
        EXPECT_GE(run.size, settings.min_body_size - 1e-9) << "« " << run.text << " »";
      }
    }
  }
  for (const char* code : {"T2609", "T2611", "T2705"}) {  // no sheet: room to spare
    const BuiltFlyer flyer = build(session(code));
    EXPECT_EQ(flyer.fit.pages, 1) << code;
    EXPECT_DOUBLE_EQ(flyer.fit.body_size, base) << code;
  }
}

// One page whenever some allowed size gives one; otherwise the fewest pages
// the smallest size gives, at the largest size that needs no more.
TEST(Flyer, OnePageWheneverItFitsAtAReadableSize) {
  const documents::FlyerSettings& settings = flyer_settings();
  const typeset::Template at_minimum =
      typeset::scaled_template(flyer_template(), "body", settings.min_body_size);
  int shrunk = 0;
  int several_pages = 0;
  for (const catalogue::SessionRef& ref : sessions()) {
    SCOPED_TRACE(ref.session->code);
    const BuiltFlyer flyer = build(ref);
    const BuiltFlyer smallest = build(ref, at_minimum);
    EXPECT_EQ(flyer.fit.pages, smallest.fit.pages);
    if (flyer.fit.pages == 1 && flyer.fit.body_size < 10) ++shrunk;
    if (flyer.fit.pages > 1) ++several_pages;
    // One step larger needs more pages (else that size would have been chosen).
    const double larger = flyer.fit.body_size + settings.shrink_step;
    if (larger <= flyer_template().paragraph_style("body")->size + 1e-9) {
      const typeset::Template scaled = typeset::scaled_template(flyer_template(), "body", larger);
      base::Diagnostics ignored;
      typeset::Template fixed = scaled;
      fixed.lengths["min-body-size"] = larger;  // no shrinking below `larger`
      const BuiltFlyer bigger = build(ref, fixed);
      EXPECT_GT(bigger.fit.pages, flyer.fit.pages) << "at " << larger << " pt";
    }
  }
  // The edition has both cases; if it stops having them, this test checks less.
  EXPECT_GT(shrunk + several_pages, 0);
}

TEST(Flyer, SessionWithoutSheetSaysTheSheetWillFollowWithALink) {
  const catalogue::SessionRef& ref = session("T2609");
  ASSERT_FALSE(ref.course->sheet.has_value());
  const BuiltFlyer flyer = build(ref);
  ASSERT_EQ(flyer.document.pages.size(), 1u);
  std::string text;
  for (const typeset::GlyphRun& run : flyer.document.pages[0].glyphs) text += run.text + " ";
  EXPECT_NE(squeezed(text).find(squeezed("sera publiée prochainement")), std::string::npos);
  const auto& links = flyer.document.pages[0].links;
  // The notice's two links and the footer's.
  EXPECT_GE(std::count_if(links.begin(), links.end(),
                          [](const typeset::LinkBox& link) {
                            return link.uri == "https://www.tutorats.org";
                          }),
            3);
}

TEST(Flyer, EveryPageHasTheBandAndTheFooterWithPageXOfY) {
  for (const char* code : {"T2605", "T2612"}) {
    const BuiltFlyer flyer = build(session(code));
    const int pages = static_cast<int>(flyer.document.pages.size());
    for (int index = 0; index < pages; ++index) {
      const typeset::PageBox& page = flyer.document.pages[static_cast<std::size_t>(index)];
      ASSERT_FALSE(page.fills.empty());
      EXPECT_EQ(page.fills.front().color, *flyer_template().color("accent"));
      EXPECT_DOUBLE_EQ(page.fills.front().rect.height, band_bottom());
      EXPECT_DOUBLE_EQ(page.fills.front().rect.width, page.width);
      std::string text;
      for (const typeset::GlyphRun& run : page.glyphs) text += run.text + " ";
      const std::string number =
          "page " + std::to_string(index + 1) + " / " + std::to_string(pages);
      EXPECT_NE(squeezed(text).find(squeezed(number)), std::string::npos) << code << " " << number;
      EXPECT_NE(text.find("Atelier"), std::string::npos) << code;  // T2612's title says so too
      const bool footer_link =
          std::any_of(page.links.begin(), page.links.end(), [&](const typeset::LinkBox& link) {
            return link.uri == "https://www.tutorats.org" && link.rect.y > footer_top();
          });
      EXPECT_TRUE(footer_link) << code << " page " << index + 1;
    }
  }
}

TEST(Flyer, MetadataNamesTheSessionAndTheFund) {
  const BuiltFlyer flyer = build(session("T2605"));
  EXPECT_EQ(flyer.document.metadata.title,
            "T2605 – Anticiper la venue d'un stagiaire au sein de l'équipe du milieu d'accueil");
  EXPECT_EQ(flyer.document.metadata.author, "Fonds social des Milieux d'Accueil d'Enfants");
  EXPECT_EQ(flyer.document.metadata.language, "fr");

  ScratchDirectory scratch;
  const std::string info =
      run_command("pdfinfo " + shell_quoted(written(flyer, scratch, "T2605"))).output;
  EXPECT_NE(squeezed(info).find("Title:T2605–Anticiper"), std::string::npos) << info;
  EXPECT_NE(squeezed(info).find("Author:Fondssocial"), std::string::npos) << info;
}

TEST(Flyer, CleanSmallPdfsWithSubsetFonts) {
  ScratchDirectory scratch;
  for (const catalogue::SessionRef& ref : sessions()) {
    const std::string& code = ref.session->code;
    SCOPED_TRACE(code);
    const std::string path = written(build(ref), scratch, code);
    const CommandResult check = run_command("qpdf --check " + shell_quoted(path) + " 2>&1");
    EXPECT_EQ(check.exit_code, 0) << check.output;
    EXPECT_NE(check.output.find("No syntax or stream encoding errors"), std::string::npos);
    EXPECT_LT(std::filesystem::file_size(path), 60u * 1024);
    const std::string fonts = run_command("pdffonts " + shell_quoted(path)).output;
    // Every font line: embedded ("yes") and subset ("yes"), named with a subset tag.
    std::istringstream lines(fonts);
    int font_lines = 0;
    for (std::string line; std::getline(lines, line);) {
      if (line.find("TrueType") == std::string::npos && line.find("CID") == std::string::npos) {
        continue;
      }
      ++font_lines;
      EXPECT_EQ(line.find(" no "), std::string::npos) << line;
      EXPECT_EQ(line[6], '+') << line;  // ABCDEF+LivretSans-Regular
    }
    EXPECT_GE(font_lines, 2) << fonts;
  }
}

TEST(Flyer, TemplateLackingANameLaysOutNothingAndSaysWhich) {
  typeset::Template broken = flyer_template();
  broken.texts.erase("document-title");
  broken.lengths.erase("after-title");
  base::Diagnostics diagnostics;
  const typeset::DocumentBox document = documents::build_flyer(
      edition_catalogue(), session("T2605"), broken, flyer_resources(), diagnostics);
  EXPECT_TRUE(document.pages.empty());
  const std::string messages = all_diagnostics(diagnostics);
  EXPECT_NE(messages.find("le texte « document-title » manque"), std::string::npos) << messages;
  EXPECT_NE(messages.find("la longueur « after-title » manque"), std::string::npos) << messages;
}

}  // namespace
