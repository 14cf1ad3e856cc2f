// What write_pdf promises beyond painting: the same bytes for the same input,
// dates only on request, and failures that leave the disk as it was.
#include <cstdlib>
#include <limits>
#include <regex>

#include "../support/environment.hpp"
#include "pdf/haru_document.hpp"
#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

using pdf_test::run_command;
using pdf_test::shell_quoted;

bool mentions(const base::Diagnostics& diagnostics, const std::string& text) {
  for (const base::Diagnostic& item : diagnostics.items())
    if (item.severity == base::Severity::error && item.message.find(text) != std::string::npos)
      return true;
  return false;
}

std::string all_messages(const base::Diagnostics& diagnostics) {
  std::string all;
  for (const base::Diagnostic& item : diagnostics.items())
    all += base::format_diagnostic(item) + "\n";
  return all;
}

std::size_t entries_in(const std::filesystem::path& directory) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(directory),
                                                std::filesystem::directory_iterator()));
}

using test_support::EnvironmentVariable;

class WriteOutcomes : public ::testing::Test {
 protected:
  const typeset::FontLibrary& fonts_ = pdf_test::carlito_library();
  typeset::DocumentBox document_ = pdf_test::sample_document(fonts_);
  pdf_test::ScratchDirectory scratch_;
};

TEST_F(WriteOutcomes, SameDocumentGivesTheSameBytes) {
  const std::string first = scratch_.file("first.pdf");
  const std::string second = scratch_.file("second.pdf");
  ASSERT_TRUE(pdf::write_pdf(document_, fonts_, first, {}).ok());
  ASSERT_TRUE(pdf::write_pdf(document_, fonts_, second, {}).ok());
  const std::string bytes = pdf_test::read_file(first);
  EXPECT_GT(bytes.size(), 1000u);
  EXPECT_TRUE(bytes == pdf_test::read_file(second));
  EXPECT_EQ(bytes.find("/CreationDate"), std::string::npos);
  EXPECT_EQ(bytes.find("/ModDate"), std::string::npos);
}

TEST_F(WriteOutcomes, SourceDateEpochSetsBothDates) {
  const EnvironmentVariable epoch("SOURCE_DATE_EPOCH", "1700000000");  // 2023-11-14 22:13:20 UTC
  base::Diagnostics diagnostics;
  const pdf::WriteOptions options = pdf::WriteOptions::from_environment(diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(options.date, std::optional<std::int64_t>(1700000000));

  const pdf::RenderResult first = pdf::render_pdf(document_, fonts_, options);
  const pdf::RenderResult again = pdf::render_pdf(document_, fonts_, options);
  ASSERT_TRUE(first.ok()) << all_messages(first.diagnostics);
  EXPECT_TRUE(first.bytes == again.bytes);
  // UTC written as +00'00', the form PDF/A validators read like every viewer.
  EXPECT_TRUE(
      std::regex_search(first.bytes, std::regex(R"(/CreationDate ?\(D:20231114221320\+00'00'\))")));
  EXPECT_TRUE(
      std::regex_search(first.bytes, std::regex(R"(/ModDate ?\(D:20231114221320\+00'00'\))")));

  const std::string path = scratch_.file("dated.pdf");
  ASSERT_TRUE(pdf::write_pdf(document_, fonts_, path, options).ok());
  const std::string info = run_command("TZ=UTC pdfinfo -isodates " + shell_quoted(path)).output;
  EXPECT_NE(info.find("CreationDate:    2023-11-14T22:13:20Z"), std::string::npos) << info;
  EXPECT_NE(info.find("ModDate:         2023-11-14T22:13:20Z"), std::string::npos) << info;
}

TEST_F(WriteOutcomes, UnsetSourceDateEpochWritesNoDate) {
  const EnvironmentVariable epoch("SOURCE_DATE_EPOCH", nullptr);
  base::Diagnostics diagnostics;
  EXPECT_FALSE(pdf::WriteOptions::from_environment(diagnostics).date.has_value());
  EXPECT_TRUE(diagnostics.empty());
}

TEST_F(WriteOutcomes, InvalidSourceDateEpochIsReportedInFrench) {
  const EnvironmentVariable epoch("SOURCE_DATE_EPOCH", "hier");
  base::Diagnostics diagnostics;
  EXPECT_FALSE(pdf::WriteOptions::from_environment(diagnostics).date.has_value());
  EXPECT_TRUE(mentions(diagnostics, "SOURCE_DATE_EPOCH doit être un nombre entier"))
      << all_messages(diagnostics);
}

TEST_F(WriteOutcomes, MissingDirectoryFailsInFrenchAndCreatesNothing) {
  const std::string path = scratch_.file("absent/catalogue.pdf");
  const pdf::WriteResult result = pdf::write_pdf(document_, fonts_, path, {});
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.size, 0u);
  EXPECT_TRUE(mentions(result.diagnostics, "n'existe pas")) << all_messages(result.diagnostics);
  EXPECT_EQ(result.diagnostics.items().front().file, path);
  EXPECT_EQ(entries_in(scratch_.path()), 0u);
}

TEST_F(WriteOutcomes, LayoutErrorLeavesThePreviousFileIntact) {
  const std::string path = scratch_.file("catalogue.pdf");
  ASSERT_TRUE(pdf::write_pdf(document_, fonts_, path, {}).ok());
  const std::string previous = pdf_test::read_file(path);

  document_.pages[0].links.push_back({{10, 10, 10, 10}, "", "ancre-disparue"});
  const pdf::WriteResult result = pdf::write_pdf(document_, fonts_, path, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(mentions(result.diagnostics, "page 1 : le lien vers « ancre-disparue » ne mène"))
      << all_messages(result.diagnostics);
  EXPECT_TRUE(pdf_test::read_file(path) == previous);
  EXPECT_EQ(entries_in(scratch_.path()), 1u);  // no temporary left behind
}

TEST_F(WriteOutcomes, UnreadableFontFileIsReportedAndNothingIsReplaced) {
  // A library loaded from a copy of the font that then disappears.
  const std::string font_copy = scratch_.file("Disparue.ttf");
  std::filesystem::copy_file(std::string(pdf_test::carlito_directory) + "Carlito-Regular.ttf",
                             font_copy);
  typeset::FontLibrary fonts;
  std::string error;
  ASSERT_TRUE(fonts.add_family("Carlito", font_copy, font_copy, font_copy, font_copy, error))
      << error;
  std::filesystem::remove(font_copy);

  const std::string path = scratch_.file("catalogue.pdf");
  pdf_test::write_text_file(path, "ancienne version");
  const pdf::WriteResult result = pdf::write_pdf(pdf_test::sample_document(fonts), fonts, path, {});
  EXPECT_FALSE(result.ok());
  // Read once per run for the subsets the PDFs embed, before libharu opens it.
  EXPECT_TRUE(mentions(result.diagnostics, "impossible d'incorporer la police « " + font_copy +
                                               " » : fichier ou dossier introuvable"))
      << all_messages(result.diagnostics);
  EXPECT_EQ(pdf_test::read_file(path), "ancienne version");
  EXPECT_EQ(entries_in(scratch_.path()), 1u);
}

TEST_F(WriteOutcomes, FontWhoseLicenceForbidsEmbeddingIsRefused) {
  // Carlito with OS/2 fsType set to "restricted licence embedding".
  std::string bytes =
      pdf_test::read_file(std::string(pdf_test::carlito_directory) + "Carlito-Regular.ttf");
  const auto u16 = [&](std::size_t at) {
    return static_cast<unsigned char>(bytes[at]) << 8 | static_cast<unsigned char>(bytes[at + 1]);
  };
  const auto u32 = [&](std::size_t at) {
    return static_cast<std::size_t>(u16(at)) << 16 | static_cast<std::size_t>(u16(at + 2));
  };
  std::size_t os2 = 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(u16(4)); ++i)
    if (bytes.compare(12 + 16 * i, 4, "OS/2") == 0) os2 = u32(12 + 16 * i + 8);
  ASSERT_NE(os2, 0u);
  bytes[os2 + 8] = 0;
  bytes[os2 + 9] = 2;
  const std::string font_copy = scratch_.file("Restreinte.ttf");
  pdf_test::write_text_file(font_copy, bytes);
  typeset::FontLibrary fonts;
  std::string error;
  ASSERT_TRUE(fonts.add_family("Carlito", font_copy, font_copy, font_copy, font_copy, error))
      << error;

  const std::string path = scratch_.file("catalogue.pdf");
  const pdf::WriteResult result = pdf::write_pdf(pdf_test::sample_document(fonts), fonts, path, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(mentions(result.diagnostics, "impossible d'incorporer la police « " + font_copy +
                                               " » : la licence de la police interdit de "
                                               "l'incorporer au PDF"))
      << all_messages(result.diagnostics);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(WriteOutcomes, TwoFontFilesOfTheSameNameAreRefused) {
  // Regular and a copy of it as bold: two files, one PostScript name.
  const std::string regular = std::string(pdf_test::carlito_directory) + "Carlito-Regular.ttf";
  const std::string copy = scratch_.file("Copie.ttf");
  std::filesystem::copy_file(regular, copy);
  typeset::FontLibrary fonts;
  std::string error;
  ASSERT_TRUE(fonts.add_family("Carlito", regular, regular, copy, copy, error)) << error;
  const std::string path = scratch_.file("catalogue.pdf");
  const pdf::WriteResult result = pdf::write_pdf(pdf_test::sample_document(fonts), fonts, path, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(mentions(result.diagnostics, "portent le même nom (« Carlito »)"))
      << all_messages(result.diagnostics);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(HaruErrors, AreDescribedInFrenchWithTheirCode) {
  EXPECT_EQ(pdf::describe_haru_error(HPDF_FILE_OPEN_ERROR, 2),
            "impossible d'ouvrir un fichier (police introuvable ?) (erreur libharu 0x1017, "
            "détail 2)");
  EXPECT_EQ(pdf::describe_haru_error(HPDF_TTF_CANNOT_EMBEDDING_FONT, 0),
            "la licence de la police interdit de l'incorporer au PDF (erreur libharu 0x105d, "
            "détail 0)");
}

TEST_F(WriteOutcomes, CharacterMissingFromTheFaceIsALayoutError) {
  const std::string path = scratch_.file("catalogue.pdf");
  document_.pages[1].glyphs.push_back(
      pdf_test::run_at(fonts_, typeset::FontStyle::regular, 72, 300, 10, "Bonhomme ☃"));
  const pdf::WriteResult result = pdf::write_pdf(document_, fonts_, path, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(mentions(result.diagnostics,
                       "page 2, texte « Bonhomme ☃ » : le caractère « ☃ » (U+2603) manque à la "
                       "police Carlito (Carlito-Regular.ttf)"))
      << all_messages(result.diagnostics);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(WriteOutcomes, NotANumberIsRefusedBeforeItReachesThePage) {
  document_.pages[0].rules[0].to.x = std::numeric_limits<double>::quiet_NaN();
  const pdf::RenderResult result = pdf::render_pdf(document_, fonts_, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(result.bytes.empty());
  EXPECT_TRUE(mentions(result.diagnostics, "page 1 : filet mal placé"))
      << all_messages(result.diagnostics);
}

TEST_F(WriteOutcomes, DocumentWithoutPagesIsRefused) {
  const pdf::RenderResult result = pdf::render_pdf(typeset::DocumentBox{}, fonts_, {}, "vide.pdf");
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(result.bytes.empty());
  EXPECT_TRUE(mentions(result.diagnostics, "aucune page"));
}

TEST_F(WriteOutcomes, OutlineEntryToAnUnknownAnchorIsReported) {
  document_.outline.push_back({"Annexes", "annexes", 0});
  const pdf::RenderResult result = pdf::render_pdf(document_, fonts_, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(mentions(result.diagnostics, "le signet « Annexes » pointe vers l'ancre inconnue"))
      << all_messages(result.diagnostics);
}

TEST_F(WriteOutcomes, DuplicateAnchorIsReported) {
  document_.pages[1].anchors.push_back({"chapitre-1", {0, 0}});
  const pdf::RenderResult result = pdf::render_pdf(document_, fonts_, {});
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(mentions(result.diagnostics, "page 2 : l'ancre « chapitre-1 » existe déjà"))
      << all_messages(result.diagnostics);
}

TEST_F(WriteOutcomes, OnlyTheFacesInUseAreEmbedded) {
  typeset::DocumentBox document;
  document.pages.emplace_back();
  document.pages[0].glyphs.push_back(
      pdf_test::run_at(fonts_, typeset::FontStyle::regular, 72, 72, 10, "Seul le romain"));
  document.pages[0].glyphs.push_back(
      pdf_test::run_at(fonts_, typeset::FontStyle::bold, 72, 90, 10, ""));  // nothing to show
  const std::string path = scratch_.file("romain.pdf");
  ASSERT_TRUE(pdf::write_pdf(document, fonts_, path, {}).ok());
  const std::string fonts = run_command("pdffonts " + shell_quoted(path)).output;
  EXPECT_NE(fonts.find("+Carlito "), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("Carlito-"), std::string::npos) << fonts;  // no Bold, Italic…
}

}  // namespace
