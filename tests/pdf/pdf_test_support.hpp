// Helpers shared by the pdf tests: a scratch directory, running the poppler
// and qpdf tools, the Carlito fonts, and a small hand-built document.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <qpdf/QPDF.hh>
#include <sstream>
#include <string>
#include <utility>

#include "../support/process.hpp"
#include "typeset/boxes.hpp"
#include "typeset/fonts.hpp"

namespace pdf_test {

// How many images (image XObjects) `pdf` holds, read by qpdf: whatever the
// spacing the writer chose.
inline std::size_t images_in(const std::string& pdf) {
  QPDF document;
  document.processMemoryFile("PDF", pdf.data(), pdf.size());
  std::size_t images = 0;
  for (QPDFObjectHandle& object : document.getAllObjects()) {
    if (object.isStream() && object.getDict().getKey("/Subtype").isNameAndEquals("/Image"))
      ++images;
  }
  return images;
}

// A PDF opened with libqpdf from bytes in memory. qpdf reads the bytes where
// they lie for as long as the QPDF object lives: they are kept beside it.
struct OpenedPdf {
  std::string bytes;
  QPDF pdf;
  explicit OpenedPdf(std::string source) : bytes(std::move(source)) {
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size());
    pdf.getAllObjects();
  }
};

// A fresh directory under the system's temporary directory, removed at the end.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "brochure-pdf-XXXXXX");
    if (::mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    path_ = pattern;
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

using test_support::CommandResult;
using test_support::read_file;
using test_support::shell_quoted;
using test_support::write_text_file;

// Standard output and standard error together.
inline CommandResult run_command(const std::string& command) {
  return test_support::run_command(command, test_support::Stderr::merged);
}

constexpr const char* carlito_directory = "/usr/share/fonts/truetype/crosextra/";

// Carlito's four faces as the family "Carlito": face ids 0 to 3 in FontStyle
// order. Parsed once for the whole test program (read-only afterwards).
inline const typeset::FontLibrary& carlito_library() {
  static const typeset::FontLibrary library = [] {
    typeset::FontLibrary loaded;
    const std::string dir = carlito_directory;
    std::string error;
    const bool ok =
        loaded.add_family("Carlito", dir + "Carlito-Regular.ttf", dir + "Carlito-Italic.ttf",
                          dir + "Carlito-Bold.ttf", dir + "Carlito-BoldItalic.ttf", error);
    EXPECT_TRUE(ok) << error;
    return loaded;
  }();
  return library;
}

inline typeset::GlyphRun run_at(const typeset::FontLibrary& fonts, typeset::FontStyle style,
                                double x, double y, double size, std::string text) {
  typeset::GlyphRun run;
  run.origin = {x, y};
  run.face = fonts.face_of("Carlito", style);
  run.size = size;
  run.text = std::move(text);
  return run;
}

// Two A4 pages exercising everything the painter does.
inline typeset::DocumentBox sample_document(const typeset::FontLibrary& fonts) {
  using typeset::FontStyle;
  typeset::DocumentBox document;

  typeset::PageBox first;
  first.fills.push_back({{50, 50, 200, 30}, {0.85, 0.9, 1.0}});
  first.rules.push_back({{72, 140}, {300, 140}, 0.75, {0.1, 0.3, 0.6}});
  first.glyphs.push_back(run_at(fonts, FontStyle::regular, 72, 100, 12, "Élève œuvre — 9h30"));
  first.glyphs.push_back(run_at(fonts, FontStyle::bold, 72, 130, 14, "« Programme »"));
  typeset::GlyphRun link_text = run_at(fonts, FontStyle::regular, 72, 170, 10, "Inscription");
  link_text.color = {0.1, 0.3, 0.6};
  first.glyphs.push_back(link_text);
  first.links.push_back({{72, 160, 60, 14}, "https://www.example.be/inscription?nom=Élève", ""});
  first.glyphs.push_back(run_at(fonts, FontStyle::italic, 72, 190, 10, "Voir la séance 2"));
  first.links.push_back({{72, 180, 80, 14}, "", "seance-2"});
  first.anchors.push_back({"chapitre-1", {72, 90}});
  document.pages.push_back(first);

  typeset::PageBox second;
  second.anchors.push_back({"seance-2", {72, 200}});
  second.glyphs.push_back(
      run_at(fonts, FontStyle::bold_italic, 72, 220, 12, "Deuxième séance : « Communiquer »"));
  document.pages.push_back(second);

  document.outline.push_back({"Chapitre « Un »", "chapitre-1", 0});
  document.outline.push_back({"Séance n° 2 — été", "seance-2", 1});
  document.page_labels.push_back({0, "p. ", true, 1});
  document.metadata.title = "Catalogue des formations 2026–2027";
  document.metadata.author = "Fonds social";
  document.metadata.subject = "Formations pour le secteur";
  document.metadata.keywords = "formation, catalogue";
  document.metadata.language = "fr-BE";
  return document;
}

}  // namespace pdf_test
