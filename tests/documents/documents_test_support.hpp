// Helpers shared by the documents tests: the 2026-2027 catalogue and the
// resources (both templates, fonts, French patterns) loaded once per test
// program, a scratch directory, and the poppler / qpdf tools.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cwctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "../support/process.hpp"
#include "base/utf8.hpp"
#include "catalogue/reader.hpp"
#include "documents/resources.hpp"
#include "typeset/boxes.hpp"

namespace documents_test {

// The page's text in painting order; runs that touch (a kerned pair splits a
// word into two runs) are joined without a space.
inline std::string page_text(const typeset::PageBox& page) {
  std::string text;
  const typeset::GlyphRun* previous = nullptr;
  for (const typeset::GlyphRun& run : page.glyphs) {
    const bool touches = previous != nullptr && previous->origin.y == run.origin.y &&
                         run.origin.x - (previous->origin.x + previous->width) < 0.05 * run.size;
    if (previous != nullptr && !touches) text += " ";
    text += run.text;
    previous = &run;
  }
  return text + " ";
}

inline const std::string kSourceDir = BROCHURE_SOURCE_DIR;
inline const std::string kCataloguePath = kSourceDir + "/xml/2026-2027.xml";
inline const std::string kBrochureTemplate = kSourceDir + "/templates/brochure.xml";
inline const std::string kFlyerTemplate = kSourceDir + "/templates/flyer.xml";

inline std::string all_diagnostics(const base::Diagnostics& diagnostics) {
  std::string text;
  for (const base::Diagnostic& item : diagnostics.items()) {
    text += base::format_diagnostic(item) + "\n";
  }
  return text;
}

// The edition's catalogue, read once; a test fails if it does not load.
inline const catalogue::Catalogue& edition_catalogue() {
  static const catalogue::LoadResult loaded = catalogue::load_catalogue(kCataloguePath);
  if (!loaded.value) {
    ADD_FAILURE() << all_diagnostics(loaded.diagnostics);
    std::abort();
  }
  return *loaded.value;
}

// The edition's sessions by date, and one of them by its code (the test
// program stops when there is none).
inline const std::vector<catalogue::SessionRef>& edition_sessions() {
  static const std::vector<catalogue::SessionRef> all =
      catalogue::sessions_by_date(edition_catalogue());
  return all;
}

inline const catalogue::SessionRef& edition_session(std::string_view code) {
  const catalogue::SessionRef* found = catalogue::find_session(edition_sessions(), code);
  if (found == nullptr) std::abort();
  return *found;
}

// A catalogue of one session, T9901, whose sheet is too long for one flyer
// page even at the smallest size: ten groups of seven list items of test text
// (not data) and a paragraph. For the second page and its running head.
inline const catalogue::Catalogue& long_sheet_catalogue() {
  static const catalogue::LoadResult loaded = [] {
    std::string rows;
    for (int group = 1; group <= 10; ++group) {
      rows += "<row label=\"Journée " + std::to_string(group) + "\"><p>Objectif de la journée " +
              std::to_string(group) +
              " : comprendre, essayer et partager des pratiques de tutorat entre pairs.</p><ul>";
      for (int item = 1; item <= 7; ++item) {
        rows += "<li>Activité " + std::to_string(group) + "." + std::to_string(item) +
                " : un exercice en petits groupes suivi d'un échange sur ce que chacun en "
                "retient pour son équipe.</li>";
      }
      rows += "</ul></row>\n";
    }
    const std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers &amp; Intervisions Tutorat</title>
  <publisher website="https://www.tutorats.org">Fonds social des Milieux d'Accueil d'Enfants</publisher>
  <registration website="https://www.tutorats.org" mention-code="true"/>
  <operators><operator id="essai">Organisme d'essai</operator></operators>
  <section kind="atelier" title="Ateliers">
    <course operator="essai">
      <title>Un atelier au programme très long, pour tester la page suivante</title>
      <session code="T9901" start="09:30" end="16:30">
        <day date="2026-10-06"/>
        <day date="2026-10-13"/>
        <place city="Bruxelles">Rue d'essai 1 – 1000 Bruxelles</place>
      </session>
      <sheet>
        <row label="Public-cible">Personnes tutrices de terrain</row>
        )" + rows + R"(
        <row label="Horaire" generate="hours"/>
        <row label="Dates et lieu" generate="dates-and-place"/>
      </sheet>
    </course>
  </section>
</catalogue>
)";
    return catalogue::load_catalogue_from_string(xml, "long-sheet.xml");
  }();
  if (!loaded.value) {
    ADD_FAILURE() << all_diagnostics(loaded.diagnostics);
    std::abort();
  }
  return *loaded.value;
}

// The resources of `templates` (fonts, French patterns), as the program loads
// them; aborts the test program when they do not load.
inline documents::Resources load_test_resources(std::vector<std::string> templates) {
  base::Diagnostics diagnostics;
  auto loaded = documents::load_resources(
      {.template_paths = std::move(templates), .data_dir = kSourceDir}, diagnostics);
  if (!loaded) {
    ADD_FAILURE() << all_diagnostics(diagnostics);
    std::abort();
  }
  return std::move(*loaded);
}

// The brochure template's resources, loaded once (as the program does).
inline const documents::Resources& brochure_resources() {
  static const documents::Resources resources = load_test_resources({kBrochureTemplate});
  return resources;
}

inline const typeset::Template& brochure_template() {
  return *brochure_resources().find_template(kBrochureTemplate);
}

// The quotes as the catalogue types them: the layout prints ’ for ' and « »
// for paired " or '; texts compared with the data go through this on both
// sides, where every kind of quote and apostrophe reads ".
inline std::string plain_quotes(std::string_view text) {
  std::u32string result;
  for (char32_t c : base::utf8::decode_all(text)) {
    if (c == U'\u2019' || c == U'\'' || c == U'«' || c == U'»') c = U'"';
    result.push_back(c);
  }
  return base::utf8::encode(result);
}

// Ordinals as the catalogue types them and as the layout prints them (a
// superscript of the short form): 2eme, 9ème → 2e, 9e; 1ère → 1re.
inline std::string printed_ordinals(std::string_view text) {
  std::u32string result = base::utf8::decode_all(text);
  for (const auto& [typed, printed] : {std::pair<std::u32string, std::u32string>{U"ième", U"e"},
                                       {U"ème", U"e"},
                                       {U"eme", U"e"},
                                       {U"ère", U"re"}}) {
    for (std::size_t at = result.find(typed); at != std::u32string::npos;
         at = result.find(typed, at + 1)) {
      const bool after_number = at > 0 && result[at - 1] >= U'0' && result[at - 1] <= U'9';
      const std::size_t end = at + typed.size();
      const bool word_ends =
          end == result.size() || !std::iswalnum(static_cast<wint_t>(result[end]));
      if (after_number && word_ends) result.replace(at, typed.size(), printed);
    }
  }
  return base::utf8::encode(result);
}

// A fresh directory under the system's temporary directory, removed at the end.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "brochure-doc-XXXXXX");
    if (::mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    path_ = pattern;
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

using test_support::CommandResult;
using test_support::read_file;
using test_support::run_command;
using test_support::shell_quoted;

}  // namespace documents_test
