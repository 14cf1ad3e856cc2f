// The flyers of the 2026-2027 edition, each laid out and written as the
// program does: each names its session, says every word of its sheet in
// order, fits one page at the template's house size with a registration box
// near its key facts, and is a clean, small PDF with its metadata. The fit
// search, a safety net, is tested on content that needs it: a roomier
// template, and a synthetic sheet too long for one page.
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

// The flyer's first master, whose band and footer frame the content.
const typeset::PageMaster& first_master() {
  return *flyer_template().page_master("flyer");
}

double band_bottom() {
  const typeset::PageBand& band = first_master().bands.front();
  return band.top + band.height;
}

double footer_top() {
  return first_master().zones.back().top;
}

double house_size() {
  return flyer_template().paragraph_style("body")->size;
}

struct BuiltFlyer {
  typeset::DocumentBox document;
  documents::FlyerFit fit;
  base::Diagnostics diagnostics;
};

BuiltFlyer build(const catalogue::SessionRef& session,
                 const typeset::Template& tmpl = flyer_template(),
                 const catalogue::Catalogue& catalogue = edition_catalogue()) {
  BuiltFlyer built;
  built.document = documents::build_flyer(catalogue, session, tmpl, flyer_resources(),
                                          built.diagnostics, &built.fit);
  return built;
}

const catalogue::SessionRef& long_session() {
  static const std::vector<catalogue::SessionRef> all =
      catalogue::sessions_by_date(long_sheet_catalogue());
  return all.front();
}

// How much of a page's frame the content fills, from its top to the lowest
// box below it (furniture — the band, the running head, the footer — aside).
double fill(const typeset::DocumentBox& document, std::size_t page) {
  const typeset::PageMaster& master =
      *flyer_template().page_master(page == 0 ? "flyer" : first_master().next);
  const typeset::Rect frame = master.frame();
  const auto in_frame = [&](double y) { return y > frame.y && y < frame.bottom() + 1; };
  double bottom = frame.y;
  const typeset::PageBox& box = document.pages.at(page);
  for (const typeset::GlyphRun& run : box.glyphs) {
    if (in_frame(run.origin.y)) bottom = std::max(bottom, run.origin.y + run.size * 0.25);
  }
  for (const typeset::RuleBox& rule : box.rules) {
    if (in_frame(rule.from.y)) bottom = std::max({bottom, rule.from.y, rule.to.y});
  }
  for (const typeset::FillBox& fill : box.fills) {
    if (in_frame(fill.rect.y)) bottom = std::max(bottom, fill.rect.bottom());
  }
  return (bottom - frame.y) / frame.height;
}

// Text compared without spaces and hyphens: line ends, hyphenation, French
// no-break spaces and justified gaps no longer matter, the letters do (quotes
// as typed: ’ reads ', « » read ").
std::string squeezed(std::string_view text) {
  std::string result;
  const std::string printed = documents_test::printed_ordinals(text);
  for (char32_t c : base::utf8::decode_all(documents_test::plain_quotes(printed))) {
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

// The text in the order it is painted: the columns one after the other.
std::string pdf_text(const std::string& path) {
  return run_command("pdftotext -raw -enc UTF-8 " + shell_quoted(path) + " - 2>/dev/null").output;
}

bool is_raised(const typeset::GlyphRun& run, const typeset::PageBox& page) {
  return std::any_of(page.glyphs.begin(), page.glyphs.end(), [&](const typeset::GlyphRun& other) {
    return other.size > run.size && other.origin.y > run.origin.y + 0.5 &&
           other.origin.y < run.origin.y + other.size;
  });
}

TEST(Flyer, EachNamesItsSessionAndSaysEveryWordOfItsSheetInOrder) {
  ScratchDirectory scratch;
  ASSERT_EQ(edition_sessions().size(), 16u);
  for (const catalogue::SessionRef& ref : edition_sessions()) {
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
          squeezed(row.label) != squeezed(flyer_settings().facts.public_row_label)) {
        EXPECT_NE(text.find(squeezed(row.label)), std::string::npos) << row.label;
      }
    }
  }
}

// Every flyer of the edition on one page at the template's house size: the
// fit chose it without shrinking, and the laid-out text says so — the body
// of each sheet is set at that size, nothing in the content is smaller.
TEST(Flyer, EveryFlyerOfTheEditionOnOnePageAtTheHouseSize) {
  ASSERT_GE(house_size(), 8.5);
  ASSERT_GE(house_size(), flyer_settings().min_body_size);
  for (const catalogue::SessionRef& ref : edition_sessions()) {
    SCOPED_TRACE(ref.session->code);
    const BuiltFlyer flyer = build(ref);
    ASSERT_FALSE(flyer.diagnostics.has_errors()) << all_diagnostics(flyer.diagnostics);
    ASSERT_EQ(flyer.document.pages.size(), 1u);
    EXPECT_EQ(flyer.fit.pages, 1);
    EXPECT_DOUBLE_EQ(flyer.fit.body_size, house_size());
    std::map<double, std::size_t> characters_by_size;
    const typeset::PageBox& page = flyer.document.pages[0];
    for (const typeset::GlyphRun& run : page.glyphs) {
      const bool in_content = run.origin.y > band_bottom() && run.origin.y < footer_top();
      if (!in_content || is_raised(run, page)) continue;
      EXPECT_GE(run.size, house_size() - 1e-9) << "« " << run.text << " »";
      characters_by_size[run.size] += run.text.size();
    }
    if (!ref.course->sheet) continue;
    const auto most =
        std::max_element(characters_by_size.begin(), characters_by_size.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    EXPECT_DOUBLE_EQ(most->first, house_size());
  }
}

// The three sessions without a sheet: larger boxes, a page filled by half or
// more rather than a third.
TEST(Flyer, FlyersWithoutASheetFillTheirPageSensibly) {
  for (const char* code : {"T2609", "T2611", "T2705"}) {
    const BuiltFlyer flyer = build(edition_session(code));
    ASSERT_EQ(flyer.document.pages.size(), 1u) << code;
    EXPECT_GE(fill(flyer.document, 0), 0.42) << code;
    EXPECT_LE(fill(flyer.document, 0), 1.0) << code;
  }
}

// "Inscription | tutorats.org — mentionnez le code T2605", linked, right
// under the key facts: above every label of the sheet.
TEST(Flyer, EachHasARegistrationBoxUnderTheKeyFactsWithAWorkingLink) {
  for (const catalogue::SessionRef& ref : edition_sessions()) {
    const std::string& code = ref.session->code;
    SCOPED_TRACE(code);
    const BuiltFlyer flyer = build(ref);
    const typeset::PageBox& page = flyer.document.pages.at(0);
    const typeset::GlyphRun* label = nullptr;
    const typeset::GlyphRun* website = nullptr;
    for (const typeset::GlyphRun& run : page.glyphs) {
      if (run.text == "Inscription" && label == nullptr) label = &run;
      if (run.text.find("tutorats.org") != std::string::npos && run.origin.y < footer_top() &&
          label != nullptr && website == nullptr && run.origin.y <= label->origin.y + 0.1) {
        website = &run;
      }
    }
    ASSERT_NE(label, nullptr);
    ASSERT_NE(website, nullptr);
    EXPECT_NE(squeezed(page_text(page)).find(squeezed("mentionnez le code " + code)),
              std::string::npos);
    const bool linked = std::any_of(page.links.begin(), page.links.end(), [&](const auto& link) {
      return link.uri == "https://www.tutorats.org" && link.rect.y <= website->origin.y &&
             link.rect.bottom() >= website->origin.y;
    });
    EXPECT_TRUE(linked);
    // Near the key facts: in the upper part of the page, above the sheet.
    EXPECT_LT(label->origin.y, footer_top() * 0.5);
    for (const typeset::GlyphRun& run : page.glyphs) {
      if (ref.course->sheet && run.text == "Objectif général") {
        EXPECT_GT(run.origin.y, label->origin.y);
      }
    }
  }
}

// A session's own block adds its e-mail, phone, deadline and price, each
// linked where it can be, under the edition's website.
TEST(Flyer, ASessionsOwnRegistrationIsPrintedWithItsLinks) {
  std::string xml = read_file(kCataloguePath);
  const std::string place =
      "<place city=\"Bruxelles\">Le Grain : Rue du Marteau 19 – 1000 Bruxelles</place>";
  const std::size_t at = xml.find(place);
  ASSERT_NE(at, std::string::npos);
  xml.insert(at + place.size(),
             "\n        <registration email=\"le-grain@example.be\" phone=\"+32 2 123 45 67\" "
             "deadline=\"2026-09-10\" price=\"Gratuit\"/>");
  const catalogue::LoadResult loaded = catalogue::load_catalogue_from_string(xml, "c.xml");
  ASSERT_TRUE(loaded.value) << all_diagnostics(loaded.diagnostics);
  const std::vector<catalogue::SessionRef> refs = catalogue::sessions_by_date(*loaded.value);
  const BuiltFlyer flyer =
      build(*catalogue::find_session(refs, "T2605"), flyer_template(), *loaded.value);
  ASSERT_EQ(flyer.document.pages.size(), 1u);
  const typeset::PageBox& page = flyer.document.pages[0];
  const std::string text = squeezed(page_text(page));
  for (const char* line :
       {"tutorats.org — mentionnez le code T2605", "Par e-mail : le-grain@example.be",
        "Par téléphone : +32 2 123 45 67", "Avant le jeudi 10 septembre 2026", "Prix : Gratuit"}) {
    EXPECT_NE(text.find(squeezed(line)), std::string::npos) << line;
  }
  const auto has_link = [&](std::string_view uri) {
    return std::any_of(page.links.begin(), page.links.end(),
                       [&](const auto& link) { return link.uri == uri; });
  };
  EXPECT_TRUE(has_link("mailto:le-grain@example.be"));
  EXPECT_TRUE(has_link("tel:+3221234567"));
}

// The fit is a safety net: with a template whose house size is larger, a
// flyer that would not fit shrinks to the largest size that fits, and only
// that one; a short flyer keeps the house size.
TEST(Flyer, TheFitShrinksOnlyAFlyerThatWouldNotFitOtherwise) {
  const double larger_house = 10;
  typeset::Template roomy = typeset::scaled_template(flyer_template(), "body", larger_house);
  roomy.lengths["max-body-size"] = larger_house;
  const BuiltFlyer dense = build(edition_session("T2604"), roomy);
  ASSERT_EQ(dense.document.pages.size(), 1u);
  EXPECT_LT(dense.fit.body_size, larger_house);
  EXPECT_GE(dense.fit.body_size, flyer_settings().min_body_size - 1e-9);
  // One step larger needs a second page, else it would have been chosen.
  const double larger = dense.fit.body_size + flyer_settings().shrink_step;
  typeset::Template fixed = typeset::scaled_template(flyer_template(), "body", larger);
  fixed.lengths["min-body-size"] = larger;
  fixed.lengths["max-body-size"] = larger;
  EXPECT_EQ(build(edition_session("T2604"), fixed).document.pages.size(), 2u) << "at " << larger;

  const BuiltFlyer short_one = build(edition_session("T2607"), roomy);
  EXPECT_EQ(short_one.document.pages.size(), 1u);
  EXPECT_DOUBLE_EQ(short_one.fit.body_size, larger_house);
}

// Too long for one page even at the smallest size: a second page that starts
// with a compact running head (code, title, "suite"), not the band, and that
// is at least half full (the text grows back up to max-body-size to fill it).
TEST(Flyer, TooLongForOnePageGetsASecondPageWithACompactRunningHead) {
  const BuiltFlyer flyer = build(long_session(), flyer_template(), long_sheet_catalogue());
  ASSERT_FALSE(flyer.diagnostics.has_errors()) << all_diagnostics(flyer.diagnostics);
  ASSERT_EQ(flyer.document.pages.size(), 2u);
  EXPECT_GE(flyer.fit.body_size, house_size());
  EXPECT_LE(flyer.fit.body_size, flyer_settings().max_body_size);
  EXPECT_GE(fill(flyer.document, 1), 0.5);

  const typeset::PageMaster& next = *flyer_template().page_master(first_master().next);
  const typeset::PageBox& second = flyer.document.pages[1];
  ASSERT_FALSE(second.fills.empty());
  EXPECT_LT(second.fills.front().rect.height, band_bottom() / 2);  // no full band
  const std::string head = squeezed(page_text(second));
  EXPECT_NE(head.find(squeezed("T9901 – Un atelier au programme très long")), std::string::npos);
  EXPECT_NE(head.find("suite"), std::string::npos);
  EXPECT_NE(head.find(squeezed("page 2 / 2")), std::string::npos);
  // The running head sits above the frame, where the band would be.
  for (const typeset::GlyphRun& run : second.glyphs) {
    if (run.text.starts_with("T9901")) {
      EXPECT_LT(run.origin.y, next.frame().y);
    }
  }
  // Every word of the sheet, in order, across the two pages.
  ScratchDirectory scratch;
  const std::string text = squeezed(pdf_text(written(flyer, scratch, "T9901")));
  for (const catalogue::SheetRow& row : long_session().course->sheet->rows) {
    EXPECT_EQ(first_missing_in_order(words_of(catalogue::plain_text(row.content)), text), "")
        << row.label;
  }
}

TEST(Flyer, SessionWithoutSheetSaysTheSheetWillFollowWithALink) {
  const catalogue::SessionRef& ref = edition_session("T2609");
  ASSERT_FALSE(ref.course->sheet.has_value());
  const BuiltFlyer flyer = build(ref);
  ASSERT_EQ(flyer.document.pages.size(), 1u);
  EXPECT_NE(
      squeezed(page_text(flyer.document.pages[0])).find(squeezed("sera publiée prochainement")),
      std::string::npos);
  const auto& links = flyer.document.pages[0].links;
  // The notice's two links, the registration box's and the footer's.
  EXPECT_GE(std::count_if(links.begin(), links.end(),
                          [](const typeset::LinkBox& link) {
                            return link.uri == "https://www.tutorats.org";
                          }),
            4);
}

TEST(Flyer, EveryPageHasItsFurnitureAndAFooterWithPageXOfY) {
  const BuiltFlyer one = build(edition_session("T2605"));
  const BuiltFlyer two = build(long_session(), flyer_template(), long_sheet_catalogue());
  for (const BuiltFlyer* flyer : {&one, &two}) {
    const int pages = static_cast<int>(flyer->document.pages.size());
    for (int index = 0; index < pages; ++index) {
      const typeset::PageBox& page = flyer->document.pages[static_cast<std::size_t>(index)];
      ASSERT_FALSE(page.fills.empty());
      EXPECT_EQ(page.fills.front().color, *flyer_template().color("accent"));
      EXPECT_DOUBLE_EQ(page.fills.front().rect.width, page.width);
      if (index == 0) {
        EXPECT_DOUBLE_EQ(page.fills.front().rect.height, band_bottom());
      }
      const std::string number =
          "page " + std::to_string(index + 1) + " / " + std::to_string(pages);
      EXPECT_NE(squeezed(page_text(page)).find(squeezed(number)), std::string::npos) << number;
      const bool footer_link =
          std::any_of(page.links.begin(), page.links.end(), [&](const typeset::LinkBox& link) {
            return link.uri == "https://www.tutorats.org" && link.rect.y > footer_top();
          });
      EXPECT_TRUE(footer_link) << "page " << index + 1;
    }
  }
  EXPECT_NE(page_text(one.document.pages[0]).find("Atelier"), std::string::npos);
}

TEST(Flyer, MetadataNamesTheSessionAndTheFund) {
  const BuiltFlyer flyer = build(edition_session("T2605"));
  EXPECT_EQ(flyer.document.metadata.title,
            "T2605 – Anticiper la venue d'un stagiaire au sein de l'équipe du milieu d'accueil");
  EXPECT_EQ(flyer.document.metadata.author, "Fonds social des Milieux d'Accueil d'Enfants");
  EXPECT_EQ(flyer.document.metadata.language, "fr-BE");

  ScratchDirectory scratch;
  const std::string info =
      run_command("pdfinfo " + shell_quoted(written(flyer, scratch, "T2605"))).output;
  EXPECT_NE(squeezed(info).find("Title:T2605–Anticiper"), std::string::npos) << info;
  EXPECT_NE(squeezed(info).find("Author:Fondssocial"), std::string::npos) << info;
}

TEST(Flyer, CleanSmallPdfsWithSubsetFonts) {
  ScratchDirectory scratch;
  for (const catalogue::SessionRef& ref : edition_sessions()) {
    const std::string& code = ref.session->code;
    SCOPED_TRACE(code);
    const std::string path = written(build(ref), scratch, code);
    const CommandResult check = run_command("qpdf --check " + shell_quoted(path) + " 2>&1");
    EXPECT_EQ(check.exit_code, 0) << check.output;
    EXPECT_NE(check.output.find("No syntax or stream encoding errors"), std::string::npos);
    // Tagged for screen readers, the densest flyer (T2612, its lists in three
    // columns) takes 60 KB, 28 of them its structure tree.
    EXPECT_LT(std::filesystem::file_size(path), 70u * 1024);
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

TEST(Flyer, ATemplateFieldThatDoesNotExistIsReportedAtItsPlace) {
  std::string xml = read_file(kFlyerTemplate);
  const std::string text = "<text name=\"registration-website-and-code\">";
  const std::size_t at = xml.find(text);
  ASSERT_NE(at, std::string::npos);
  const std::size_t field = xml.find("{code}", at);
  xml.replace(field, 6, "{cod}");
  const typeset::TemplateResult tmpl = typeset::parse_template(xml, "templates/flyer.xml");
  ASSERT_TRUE(tmpl.value) << all_diagnostics(tmpl.diagnostics);
  base::Diagnostics diagnostics;
  EXPECT_FALSE(documents::read_flyer_settings(*tmpl.value, diagnostics));
  const int line =
      static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<long>(at), '\n')) + 1;
  EXPECT_EQ(all_diagnostics(diagnostics),
            "templates/flyer.xml:" + std::to_string(line) +
                ":3: error: le texte « registration-website-and-code » utilise le champ {cod}, que "
                "le flyer ne connaît pas (champs possibles : {website}, {email}, {phone}, "
                "{deadline}, {price}, {title}, {edition}, {publisher}, {website}, {kind}, {code}, "
                "{course-title})\n");
}

TEST(Flyer, TemplateLackingANameLaysOutNothingAndSaysWhich) {
  typeset::Template broken = flyer_template();
  broken.texts.erase("document-title");
  broken.lengths.erase("after-title");
  broken.table_styles.erase("registration-large");
  base::Diagnostics diagnostics;
  const typeset::DocumentBox document = documents::build_flyer(
      edition_catalogue(), edition_session("T2605"), broken, flyer_resources(), diagnostics);
  EXPECT_TRUE(document.pages.empty());
  const std::string messages = all_diagnostics(diagnostics);
  EXPECT_NE(messages.find("le texte « document-title » manque"), std::string::npos) << messages;
  EXPECT_NE(messages.find("la longueur « after-title » manque"), std::string::npos) << messages;
  EXPECT_NE(messages.find("le style de tableau « registration-large » manque"), std::string::npos)
      << messages;
}

}  // namespace
