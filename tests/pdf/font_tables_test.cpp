// The tables libharu builds for each embedded font (widths, CID to glyph map)
// cover the characters the document shows, not every character of the face:
// smaller files, and no time spent on 65 536 lookups per font and per PDF.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "base/utf8.hpp"
#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

std::string uncompressed_sample() {
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  pdf::WriteOptions plain;
  plain.compress = false;
  const pdf::RenderResult rendered =
      pdf::render_pdf(pdf_test::sample_document(fonts), fonts, plain);
  EXPECT_TRUE(rendered.ok());
  return rendered.bytes;
}

std::set<char32_t> characters_shown() {
  std::set<char32_t> shown;
  const typeset::DocumentBox document = pdf_test::sample_document(pdf_test::carlito_library());
  for (const typeset::PageBox& page : document.pages) {
    for (const typeset::GlyphRun& run : page.glyphs) {
      for (char32_t code_point : base::utf8::decode_all(run.text)) shown.insert(code_point);
    }
  }
  return shown;
}

// The numbers of the inner arrays of each "/W [c [w w …] c [w …]]": one a width.
std::vector<std::size_t> width_counts(const std::string& pdf) {
  std::vector<std::size_t> counts;
  const std::regex widths_key(R"(/W\s*\[)");
  for (auto match = std::sregex_iterator(pdf.begin(), pdf.end(), widths_key);
       match != std::sregex_iterator(); ++match) {
    std::size_t widths = 0;
    int depth = 0;
    bool in_number = false;
    for (auto i = static_cast<std::size_t>(match->position() + match->length() - 1); i < pdf.size();
         ++i) {
      const char c = pdf[i];
      const bool digit = (c >= '0' && c <= '9') || c == '-';
      if (digit && !in_number && depth == 2) ++widths;
      in_number = digit;
      if (c == '[') ++depth;
      if (c == ']' && --depth == 0) break;
    }
    counts.push_back(widths);
  }
  return counts;
}

TEST(FontTables, WidthsListOnlyTheCharactersShown) {
  const std::string pdf = uncompressed_sample();
  const std::vector<std::size_t> counts = width_counts(pdf);
  ASSERT_EQ(counts.size(), 4u);  // the four Carlito faces of the sample
  const std::size_t shown = characters_shown().size();
  for (const std::size_t count : counts) {
    EXPECT_GT(count, 0u);
    EXPECT_LE(count, shown);  // a whole face would list hundreds
  }
}

TEST(FontTables, CidToGlyphMapsStopAfterTheHighestCharacterShown) {
  const std::string pdf = uncompressed_sample();
  const char32_t highest = *characters_shown().rbegin();
  const std::regex map_reference("/CIDToGIDMap (\\d+) 0 R");
  int maps = 0;
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), map_reference);
       it != std::sregex_iterator(); ++it) {
    ++maps;
    const std::size_t object = pdf.find("\n" + (*it)[1].str() + " 0 obj");
    ASSERT_NE(object, std::string::npos);
    std::smatch length;
    const std::string header = pdf.substr(object, 200);
    ASSERT_TRUE(std::regex_search(header, length, std::regex("/Length (\\d+)( 0 R)?"))) << header;
    std::size_t bytes = std::stoul(length[1].str());
    if (length[2].matched) {  // an indirect length: the object holds the number
      const std::size_t value = pdf.find("\n" + length[1].str() + " 0 obj");
      ASSERT_NE(value, std::string::npos);
      std::smatch number;
      const std::string text = pdf.substr(value, 40);
      ASSERT_TRUE(std::regex_search(text, number, std::regex("obj\\s+(\\d+)"))) << text;
      bytes = std::stoul(number[1].str());
    }
    // Two bytes a code, up to the highest character shown (a whole face: 131 070).
    EXPECT_LE(bytes, 2u * (highest + 1)) << header;
    EXPECT_GT(bytes, 0u) << header;
  }
  EXPECT_EQ(maps, 4);
}

TEST(FontTables, TextStillComesBackFromEachFace) {
  const pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("tables.pdf");
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  ASSERT_TRUE(pdf::write_pdf(pdf_test::sample_document(fonts), fonts, path, {}).ok());
  const std::string text =
      pdf_test::run_command("pdftotext " + pdf_test::shell_quoted(path) + " -").output;
  EXPECT_NE(text.find("Élève œuvre — 9h30"), std::string::npos) << text;
  EXPECT_NE(text.find("« Programme »"), std::string::npos) << text;
  EXPECT_NE(text.find("Deuxième séance : « Communiquer »"), std::string::npos) << text;
}

}  // namespace
