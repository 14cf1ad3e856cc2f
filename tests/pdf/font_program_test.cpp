// Fonts embedded as subsets cut by src/pdf/font_program.cpp: libharu only
// describes each font; the finishing pass attaches the program, its
// CIDToGIDMap and CIDSet. Carlito (Debian's, hinted, with composite glyphs)
// checks what the bundled reduced faces would not.
#include "pdf/font_program.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <set>
#include <string>

#include "../support/corpus.hpp"
#include "../support/process.hpp"
#include "base/utf8.hpp"
#include "embedded_font_checks.hpp"
#include "pdf/finishing.hpp"
#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"
#include "typeset/truetype.hpp"

namespace {

std::string rendered_sample(bool compress, const std::string& first_text = "Élève œuvre — 9h30") {
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  typeset::DocumentBox document = pdf_test::sample_document(fonts);
  document.pages[0].glyphs[0].text = first_text;
  pdf::WriteOptions options;
  options.compress = compress;
  const pdf::RenderResult rendered = pdf::render_pdf(document, fonts, options);
  EXPECT_TRUE(rendered.ok());
  return rendered.bytes;
}

std::string regular_path() {
  return std::string(pdf_test::carlito_directory) + "Carlito-Regular.ttf";
}

TEST(FontProgram, EveryFontOfTheSampleIsAWellFormedSubset) {
  for (const bool compress : {true, false}) {
    const std::vector<font_checks::EmbeddedFont> fonts =
        font_checks::embedded_fonts(rendered_sample(compress));
    ASSERT_EQ(fonts.size(), 4u);  // the four Carlito faces
    for (const font_checks::EmbeddedFont& font : fonts) {
      font_checks::expect_well_embedded(font, compress ? "compressé" : "non compressé");
      EXPECT_FALSE(font.shown.empty());
      // The glyphs shown, .notdef and their components: not the face's 2 000.
      EXPECT_LE(font_checks::glyph_structure(font.program).first, 2 * font.shown.size() + 1);
    }
  }
}

TEST(FontProgram, SameDocumentSameBytesAndTheSubsetNameFollowsTheGlyphs) {
  const std::string once = rendered_sample(true);
  EXPECT_EQ(once, rendered_sample(true));
  const auto names = [](const std::string& pdf) {
    std::set<std::string> found;
    for (const font_checks::EmbeddedFont& font : font_checks::embedded_fonts(pdf))
      found.insert(font.name);
    return found;
  };
  const std::set<std::string> first = names(once);
  const std::set<std::string> other = names(rendered_sample(true, "Zèbre"));
  // Only the regular face shows other characters: only its tag changes.
  std::vector<std::string> changed;
  std::set_difference(first.begin(), first.end(), other.begin(), other.end(),
                      std::back_inserter(changed));
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].substr(6), "+Carlito") << changed[0];  // its PostScript name
}

TEST(FontProgram, SubsetKeepsWidthsAndDrawsExactlyTheCodesAsked) {
  std::string error;
  const auto program = pdf::FontProgram::load(regular_path(), error);
  ASSERT_NE(program, nullptr) << error;
  const std::unique_ptr<typeset::FontFace> original =
      typeset::FontFace::load(regular_path(), error);
  ASSERT_NE(original, nullptr) << error;

  const std::set<char32_t> asked = {U'A', U'é', U'œ', U'«', U'—', U'\U0001F600'};
  const pdf::FontSubset subset = program->subset(asked, "Carlito-Regular");
  EXPECT_EQ(subset.base_font, "Carlito-Regular");
  EXPECT_EQ(subset.subset_name.substr(6), "+Carlito-Regular");
  EXPECT_EQ(subset.cap_height, std::llround(original->metrics().cap_height * 1000));

  typeset::FontFace face;
  ASSERT_TRUE(typeset::TrueTypeParser::parse(font_checks::as_bytes(subset.program), face, error))
      << error;
  for (const char32_t code_point : asked) {
    if (code_point > 0xFFFF) {  // beyond what libharu 2.3 shows: left out
      EXPECT_FALSE(face.covers(code_point));
      continue;
    }
    EXPECT_TRUE(face.covers(code_point)) << static_cast<unsigned>(code_point);
    EXPECT_DOUBLE_EQ(face.advance(code_point), original->advance(code_point));
    EXPECT_NE(font_checks::glyph_of(subset.cid_to_gid_map, code_point), 0u);
  }
  EXPECT_FALSE(face.covers(U'B'));
  EXPECT_EQ(font_checks::cids_in_set(subset.cid_set),
            (std::set<unsigned>{0, U'A', U'é', U'œ', U'«', U'—'}));
  EXPECT_EQ(subset.cid_to_gid_map.size(), 2u * (U'—' + 1));
  EXPECT_TRUE(font_checks::glyph_structure(subset.program).second);

  // Nothing asked: .notdef alone, still a valid program.
  const pdf::FontSubset empty = program->subset({}, "Carlito-Regular");
  EXPECT_EQ(font_checks::glyph_structure(empty.program).first, 1u);
  EXPECT_TRUE(typeset::TrueTypeParser::parse(font_checks::as_bytes(empty.program), face, error))
      << error;
}

TEST(FontProgram, TheCacheReadsAFileOnceAndReportsOneItCannotRead) {
  pdf::FontProgramCache cache;
  std::string error;
  const auto first = cache.get(regular_path(), error);
  ASSERT_NE(first, nullptr) << error;
  EXPECT_EQ(cache.get(regular_path(), error), first);
  EXPECT_EQ(cache.get("/nonexistent/font.ttf", error), nullptr);
  EXPECT_NE(error.find("/nonexistent/font.ttf"), std::string::npos) << error;
}

// A font file is read with offsets that may lie: damaged copies of a face
// are refused with a reason or give a subset the layout's parser reads
// (the sanitizer run checks that nothing is read outside the bytes).
TEST(FontProgram, DamagedFilesAreRefusedOrGiveReadableSubsets) {
  const std::string original = pdf_test::read_file(regular_path());
  ASSERT_GT(original.size(), 1000u);
  std::vector<std::string> damaged;
  for (std::size_t size = 0; size < original.size(); size += original.size() / 37 + 1)
    damaged.push_back(original.substr(0, size));          // cut short
  for (std::size_t at = 0; at < 12 + 16 * 24; at += 3) {  // the table directory
    std::string copy = original;
    copy[at] = static_cast<char>(copy[at] ^ 0xA5);
    damaged.push_back(std::move(copy));
  }
  for (std::size_t at = original.size() / 3; at < original.size(); at += original.size() / 29) {
    std::string copy = original;  // inside the tables: loca, glyf, hmtx…
    for (std::size_t k = 0; k < 8 && at + k < copy.size(); ++k) copy[at + k] = '\xFF';
    damaged.push_back(std::move(copy));
  }
  const std::set<char32_t> asked = {U'A', U'é', U'œ', U'«', U'—', U'\uFB01'};
  int refused = 0;
  for (const std::string& bytes : damaged) {
    std::string error;
    const auto program = pdf::FontProgram::parse(bytes, "abîmée.ttf", error);
    if (program == nullptr) {
      EXPECT_NE(error.find("abîmée.ttf"), std::string::npos) << error;
      ++refused;
      continue;
    }
    const pdf::FontSubset subset = program->subset(asked, "Abimee");
    typeset::FontFace face;
    EXPECT_TRUE(typeset::TrueTypeParser::parse(font_checks::as_bytes(subset.program), face, error))
        << error;
    EXPECT_TRUE(font_checks::glyph_structure(subset.program).second);
  }
  EXPECT_GT(refused, 30);  // every cut file at least
}

TEST(Deflated, RoundTripsAtEverySize) {
  for (const std::size_t size : {0u, 1u, 100u, 700u, 5000u, 40000u, 300000u}) {
    std::string data(size, '\0');
    for (std::size_t i = 0; i < size; ++i) data[i] = static_cast<char>((i * 7 + i / 13) % 251);
    const std::string packed = pdf::deflated(data);
    std::string back(size + 1, '\0');
    uLongf back_size = back.size();
    ASSERT_EQ(uncompress(reinterpret_cast<Bytef*>(back.data()), &back_size,
                         reinterpret_cast<const Bytef*>(packed.data()), packed.size()),
              Z_OK)
        << size;
    back.resize(back_size);
    EXPECT_EQ(back, data) << size;
  }
}

// The inputs that once broke the font_program or truetype fuzz target: read
// or refused with a reason, and a subset of what is read is read again.
TEST(FontProgramFuzzRegressions, DamagedFilesAreRefusedWithAReasonOrCutIntoReadableSubsets) {
  for (const char* folder : {"fuzz/regressions/font_program", "fuzz/regressions/truetype"}) {
    for (const auto& file : test_support::corpus_files(folder)) {
      SCOPED_TRACE(file.string());
      std::string error;
      const auto program =
          pdf::FontProgram::parse(test_support::read_file(file.string()), "f.ttf", error);
      if (program == nullptr) {
        EXPECT_FALSE(error.empty());
        continue;
      }
      const pdf::FontSubset subset = program->subset({U' ', U'A', U'é', 0xFFFF}, "F");
      std::string again;
      EXPECT_NE(pdf::FontProgram::parse(subset.program, "s.ttf", again), nullptr) << again;
    }
  }
}

}  // namespace
