// The shipped faces as the layout sees them: metrics, coverage, fallback.
#include "typeset/fonts.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "base/utf8.hpp"
#include "typeset/truetype_cmap.hpp"
#include "typeset/truetype_reader.hpp"

namespace typeset {
namespace {

const std::string source_dir = BROCHURE_SOURCE_DIR;
const std::string livret_regular = source_dir + "/fonts/LivretSans-Regular.ttf";
const std::string livret_italic = source_dir + "/fonts/LivretSans-Italic.ttf";
const std::string livret_bold = source_dir + "/fonts/LivretSans-Bold.ttf";
const std::string livret_bold_italic = source_dir + "/fonts/LivretSans-BoldItalic.ttf";
const std::string dejavu_book = source_dir + "/fonts/DejaVuSans.ttf";

std::unique_ptr<FontFace> load_or_fail(const std::string& path) {
  std::string error;
  std::unique_ptr<FontFace> face = FontFace::load(path, error);
  EXPECT_NE(face, nullptr) << error;
  EXPECT_TRUE(face == nullptr || error.empty()) << error;
  return face;
}

FontLibrary bundled_library() {
  FontLibrary library;
  std::string error;
  EXPECT_TRUE(add_bundled_families(library, error)) << error;
  return library;
}

// Values read with `ttx -t hmtx -t head -t OS/2` on Debian's Carlito-Regular.ttf
// (units per em 2048): the reduction must not have moved any of them.
TEST(FontFace, LivretSansRegularHasCarlitoMetrics) {
  auto face = load_or_fail(livret_regular);
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->postscript_name(), "LivretSans-Regular");
  EXPECT_DOUBLE_EQ(face->advance(U'a'), 981.0 / 2048);
  EXPECT_DOUBLE_EQ(face->advance(U'é'), 1019.0 / 2048);
  EXPECT_DOUBLE_EQ(face->advance(U'œ'), 1740.0 / 2048);
  EXPECT_DOUBLE_EQ(face->advance(U'«'), 1049.0 / 2048);
  EXPECT_DOUBLE_EQ(face->advance(U' '), 463.0 / 2048);
  const FaceMetrics& metrics = face->metrics();
  EXPECT_DOUBLE_EQ(metrics.ascender, 1536.0 / 2048);
  EXPECT_DOUBLE_EQ(metrics.descender, -512.0 / 2048);
  EXPECT_DOUBLE_EQ(metrics.line_gap, 452.0 / 2048);
  EXPECT_DOUBLE_EQ(metrics.cap_height, 1314.0 / 2048);  // OS/2 sCapHeight
  EXPECT_DOUBLE_EQ(metrics.x_height, 978.0 / 2048);     // OS/2 sxHeight
}

// The glyphs of the first code points are looked up in a table made from
// the cmap (fonts.hpp): it must say what the cmap says, below and above its
// end, for every face shipped.
// Prepared paragraphs keep each glyph's advance in font units and divide it
// when they are set (prepared_text.hpp): the quotient must be the very double
// advance() gives, or a cached paragraph would be set a hair wider or narrower.
TEST(FontFace, AdvanceIsItsUnitsOverUnitsPerEmExactly) {
  const auto face = load_or_fail(livret_regular);
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->units_per_em(), 2048);
  int covered = 0;
  for (char32_t code = 0x20; code < 0x2200; ++code) {
    const std::uint16_t units = face->advance_units(code);
    EXPECT_EQ(face->advance(code), units / face->units_per_em())
        << "U+" << std::hex << static_cast<unsigned>(code);
    if (face->covers(code)) {
      ++covered;  // some glyphs have no width of their own (U+200B…U+200F)
    } else {
      EXPECT_EQ(units, 0) << "U+" << std::hex << static_cast<unsigned>(code);
    }
  }
  EXPECT_GT(covered, 200);
  EXPECT_EQ(face->advance_units(U'a'), 981);
  EXPECT_EQ(face->advance_units(U'😀'), 0);  // not in the face
}

TEST(FontFace, FindsEveryCharacterItsCmapMapsAndNoOther) {
  for (const std::string& path : {livret_regular, livret_bold_italic, dejavu_book}) {
    std::ifstream file(path, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    TrueTypeReader font(
        std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    CharacterMap cmap;
    std::uint16_t glyphs = 0;
    TrueTypeReader cmap_table;
    for (std::size_t i = 0; i < font.u16(4); ++i) {
      const std::size_t record = 12 + i * 16;
      TrueTypeReader table = font.slice(font.u32(record + 8), font.u32(record + 12));
      if (font.u32(record) == 0x6D617870) glyphs = table.u16(4);  // 'maxp'
      if (font.u32(record) == 0x636D6170) cmap_table = table;     // 'cmap'
    }
    std::string reason;
    ASSERT_TRUE(read_character_map(cmap_table, glyphs, cmap, reason)) << path << reason;
    auto face = load_or_fail(path);
    ASSERT_NE(face, nullptr);
    std::size_t next = 0;
    int covered = 0;
    for (char32_t c = 0; c < 0x2400; ++c) {
      while (next < cmap.size() && cmap[next].first < c) ++next;
      const bool mapped = next < cmap.size() && cmap[next].first == c;
      EXPECT_EQ(face->covers(c), mapped)
          << path << " U+" << std::hex << static_cast<std::uint32_t>(c);
      covered += mapped ? 1 : 0;
    }
    EXPECT_GT(covered, 200) << path;
  }
}

TEST(FontFace, BoldIsWiderThanRegular) {
  auto regular = load_or_fail(livret_regular);
  auto bold = load_or_fail(livret_bold);
  ASSERT_TRUE(regular && bold);
  EXPECT_EQ(bold->postscript_name(), "LivretSans-Bold");
  EXPECT_DOUBLE_EQ(bold->advance(U'a'), 1011.0 / 2048);
  EXPECT_GT(bold->advance(U'a'), regular->advance(U'a'));
}

// DejaVu's OS/2 table (version 1) has no cap or x height: they come from the
// tops of the glyphs H and x.
TEST(FontFace, CapAndXHeightFromGlyphOutlinesWhenOs2IsOld) {
  auto face = load_or_fail(dejavu_book);
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->postscript_name(), "DejaVuSans");
  EXPECT_DOUBLE_EQ(face->metrics().cap_height, 1493.0 / 2048);
  EXPECT_DOUBLE_EQ(face->metrics().x_height, 1120.0 / 2048);
  EXPECT_DOUBLE_EQ(face->metrics().ascender, 1901.0 / 2048);  // hhea: no USE_TYPO_METRICS
  EXPECT_DOUBLE_EQ(face->metrics().descender, -483.0 / 2048);
  EXPECT_DOUBLE_EQ(face->advance(U'✓'), 1716.0 / 2048);
}

TEST(FontFace, CoverageOfFrenchText) {
  auto face = load_or_fail(livret_regular);
  ASSERT_NE(face, nullptr);
  for (char32_t covered : {U'a', U'Z', U'é', U'É', U'œ', U'Œ', U'«', U'»', U'’', U'…', U'–', U'—',
                           U'•', U'○', U'▪', U'→', U'€', U'\u202F', U'\u2009'}) {
    EXPECT_TRUE(face->covers(covered)) << "U+" << std::hex << static_cast<unsigned>(covered);
    EXPECT_GT(face->advance(covered), 0) << "U+" << std::hex << static_cast<unsigned>(covered);
  }
  for (char32_t missing : {U'\u00A0', U'\u2713', U'\u25A0', U'中', U'\U0001F600', U'\0'}) {
    EXPECT_FALSE(face->covers(missing)) << "U+" << std::hex << static_cast<unsigned>(missing);
    EXPECT_EQ(face->advance(missing), 0) << "U+" << std::hex << static_cast<unsigned>(missing);
  }
}

TEST(FontLibrary, ResolvesEachCharacterToTheFaceThatDrawsIt) {
  const FontLibrary library = bundled_library();
  ASSERT_TRUE(library.has_family(bundled_main_family));
  ASSERT_TRUE(library.has_family(bundled_fallback_family));
  for (FontStyle style :
       {FontStyle::regular, FontStyle::italic, FontStyle::bold, FontStyle::bold_italic}) {
    const FaceId main = library.face_of(bundled_main_family, style);
    const FaceId fallback = library.face_of(bundled_fallback_family, style);
    ASSERT_GE(main, 0);
    ASSERT_GE(fallback, 0);
    ASSERT_NE(main, fallback);
    EXPECT_EQ(library.face_for(bundled_main_family, style, U'é'), main);
    EXPECT_EQ(library.face_for(bundled_main_family, style, U'œ'), main);
    // Livret Sans has no check mark nor no-break space: DejaVu of the same style.
    EXPECT_EQ(library.face_for(bundled_main_family, style, U'✓'), fallback);
    EXPECT_EQ(library.face_for(bundled_main_family, style, U'\u00A0'), fallback);
    // Nobody draws these: the caller reports them.
    EXPECT_EQ(library.face_for(bundled_main_family, style, U'中'), std::nullopt);
    EXPECT_EQ(library.face_for(bundled_main_family, style, U'\U0001F600'), std::nullopt);
    // The fallback draws Greek and the common symbols in every style…
    for (char32_t c : {U'α', U'β', U'Ω', U'ș', U'⅓', U'≈', U'∞', U'☎', U'★', U'✉', U'①', U'₣'}) {
      EXPECT_EQ(library.face_for(bundled_main_family, style, c), fallback)
          << "U+" << std::hex << static_cast<unsigned>(c);
    }
    // …but not the modifier letters of "9ᵉ", written 9<sup>e</sup>.
    for (char32_t c : {U'ᵉ', U'ʳ', U'ᵈ'}) {
      EXPECT_EQ(library.face_for(bundled_main_family, style, c), std::nullopt);
    }
  }
  EXPECT_EQ(
      library.face(library.face_of(bundled_main_family, FontStyle::bold_italic)).postscript_name(),
      "LivretSans-BoldItalic");
  EXPECT_EQ(
      library.face(library.face_of(bundled_fallback_family, FontStyle::italic)).postscript_name(),
      "DejaVuSans-Oblique");
}

TEST(FontLibrary, UnknownFamilyFallsBackOrReportsNothing) {
  const FontLibrary library = bundled_library();
  EXPECT_FALSE(library.has_family("Calibri"));
  EXPECT_EQ(library.face_of("Calibri", FontStyle::regular), -1);
  EXPECT_EQ(library.face_for("Calibri", FontStyle::bold, U'a'),
            library.face_of(bundled_fallback_family, FontStyle::bold));

  FontLibrary without_fallback;
  std::string error;
  ASSERT_TRUE(without_fallback.add_family("Livret", livret_regular, livret_italic, livret_bold,
                                          livret_bold_italic, error))
      << error;
  EXPECT_EQ(without_fallback.face_for("Livret", FontStyle::regular, U'✓'), std::nullopt);
  EXPECT_EQ(without_fallback.face_for("Calibri", FontStyle::regular, U'a'), std::nullopt);
}

TEST(FontLibrary, LoadsEachFileOnce) {
  FontLibrary library;
  std::string error;
  ASSERT_TRUE(library.add_family("Une seule", livret_regular, livret_regular, livret_regular,
                                 livret_regular, error))
      << error;
  EXPECT_EQ(library.face_count(), 1u);
  const FaceId regular = library.face_of("Une seule", FontStyle::regular);
  EXPECT_EQ(library.face_of("Une seule", FontStyle::bold_italic), regular);

  // Another spelling of the same file, and another family sharing it.
  const std::string other_spelling = source_dir + "/fonts/../fonts/./LivretSans-Regular.ttf";
  ASSERT_TRUE(library.add_family("Livret", other_spelling, livret_italic, livret_bold,
                                 livret_bold_italic, error))
      << error;
  EXPECT_EQ(library.face_count(), 4u);
  EXPECT_EQ(library.face_of("Livret", FontStyle::regular), regular);
  EXPECT_EQ(library.face(regular).path(), livret_regular);
}

TEST(FontLibrary, FailedFamilyIsNotAdded) {
  FontLibrary library;
  std::string error;
  const std::string missing = source_dir + "/fonts/Absente-Bold.ttf";
  EXPECT_FALSE(
      library.add_family("Bancale", livret_regular, livret_italic, missing, livret_regular, error));
  EXPECT_NE(error.find(missing), std::string::npos) << error;
  EXPECT_NE(error.find("introuvable"), std::string::npos) << error;
  EXPECT_FALSE(library.has_family("Bancale"));
  EXPECT_EQ(library.face_of("Bancale", FontStyle::regular), -1);
}

TEST(FontLibrary, RedefinedFamilyTakesItsNewFaces) {
  FontLibrary library;
  std::string error;
  ASSERT_TRUE(library.add_family("Texte", livret_regular, livret_italic, livret_bold,
                                 livret_bold_italic, error));
  ASSERT_TRUE(
      library.add_family("Texte", dejavu_book, dejavu_book, dejavu_book, dejavu_book, error));
  EXPECT_EQ(library.face(library.face_of("Texte", FontStyle::bold)).postscript_name(),
            "DejaVuSans");
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string hex(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

// The reduction kept what the catalogues print: every character of the
// original brochure's text is in Livret Sans itself, in every style, and every
// character of the shipped catalogues is drawn by one of the two families.
TEST(ReducedFonts, CoverTheCataloguesText) {
  const FontLibrary library = bundled_library();
  const std::string seed = read_text(source_dir + "/tests/data/seed-2026-2027.txt");
  ASSERT_GT(seed.size(), 1000u);
  std::string catalogues;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir + "/xml")) {
    if (entry.path().extension() == ".xml") catalogues += read_text(entry.path());
  }
  ASSERT_FALSE(catalogues.empty());
  for (FontStyle style :
       {FontStyle::regular, FontStyle::italic, FontStyle::bold, FontStyle::bold_italic}) {
    const FaceId main = library.face_of(bundled_main_family, style);
    for (char32_t code : base::utf8::decode_all(seed)) {
      if (code <= U' ') continue;  // line ends and spaces are gaps, not glyphs
      EXPECT_EQ(library.face_for(bundled_main_family, style, code), main) << hex(code);
    }
    for (char32_t code : base::utf8::decode_all(catalogues)) {
      if (code <= U' ') continue;
      EXPECT_TRUE(library.face_for(bundled_main_family, style, code).has_value()) << hex(code);
    }
  }
}

const std::string carlito_dir = "/usr/share/fonts/truetype/crosextra/";
const std::string dejavu_dir = "/usr/share/fonts/truetype/dejavu/";

// Debian's original of each shipped face.
const std::pair<std::string, std::string> originals[] = {
    {carlito_dir + "Carlito-Regular.ttf", "LivretSans-Regular.ttf"},
    {carlito_dir + "Carlito-Italic.ttf", "LivretSans-Italic.ttf"},
    {carlito_dir + "Carlito-Bold.ttf", "LivretSans-Bold.ttf"},
    {carlito_dir + "Carlito-BoldItalic.ttf", "LivretSans-BoldItalic.ttf"},
    {dejavu_dir + "DejaVuSans.ttf", "DejaVuSans.ttf"},
    {dejavu_dir + "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique.ttf"},
    {dejavu_dir + "DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf"},
    {dejavu_dir + "DejaVuSans-BoldOblique.ttf", "DejaVuSans-BoldOblique.ttf"},
};

// The reduction kept every advance: compare with Debian's originals when present.
TEST(ReducedFonts, AdvancesEqualTheOriginals) {
  for (const auto& [original_path, shipped_name] : originals) {
    if (!std::filesystem::exists(original_path)) GTEST_SKIP() << original_path << " absent";
    const std::string reduced_path = source_dir + "/fonts/" + shipped_name;
    auto original = load_or_fail(original_path);
    auto reduced = load_or_fail(reduced_path);
    ASSERT_TRUE(original && reduced);
    int compared = 0;
    for (char32_t code = 0x20; code < 0x2800; ++code) {
      if (!reduced->covers(code)) continue;
      ASSERT_TRUE(original->covers(code)) << std::hex << static_cast<unsigned>(code);
      EXPECT_DOUBLE_EQ(reduced->advance(code), original->advance(code))
          << reduced_path << " U+" << std::hex << static_cast<unsigned>(code);
      ++compared;
    }
    EXPECT_GT(compared, 380) << reduced_path;  // ASCII + Latin-1 + Latin Extended-A at least
    EXPECT_DOUBLE_EQ(reduced->metrics().ascender, original->metrics().ascender);
    EXPECT_DOUBLE_EQ(reduced->metrics().descender, original->metrics().descender);
    EXPECT_DOUBLE_EQ(reduced->metrics().line_gap, original->metrics().line_gap);
    EXPECT_DOUBLE_EQ(reduced->metrics().cap_height, original->metrics().cap_height);
    EXPECT_DOUBLE_EQ(reduced->metrics().x_height, original->metrics().x_height);
  }
}

// The reduced faces keep Carlito's pair kerning (GPOS, kern feature): values
// read with fontTools from fonts/LivretSans-Regular.ttf, in 1/2048 em.
TEST(FontFace, PairKerningFromGpos) {
  auto face = load_or_fail(livret_regular);
  ASSERT_TRUE(face);
  EXPECT_DOUBLE_EQ(face->kerning(U'T', U'o'), -182.0 / 2048);  // class pairs (format 2)
  EXPECT_DOUBLE_EQ(face->kerning(U'A', U'V'), -89.0 / 2048);
  EXPECT_DOUBLE_EQ(face->kerning(U'r', U'.'), -206.0 / 2048);
  EXPECT_DOUBLE_EQ(face->kerning(U'P', U'.'), -261.0 / 2048);
  EXPECT_DOUBLE_EQ(face->kerning(U'o', U'o'), 0);
  EXPECT_DOUBLE_EQ(face->kerning(U'T', U'\u4E00'), 0);  // a character the face lacks
}

TEST(ReducedFonts, KeepThePairKerningOfTheOriginals) {
  const std::u32string letters = U"AFLPTVWYacdeforvwy.,«»’-éà";
  for (const auto& [original_path, shipped_name] : originals) {
    if (!std::filesystem::exists(original_path)) GTEST_SKIP() << original_path << " absent";
    auto original = load_or_fail(original_path);
    auto reduced = load_or_fail(source_dir + "/fonts/" + shipped_name);
    ASSERT_TRUE(original && reduced);
    int kerned = 0;
    for (char32_t left : letters) {
      for (char32_t right : letters) {
        EXPECT_DOUBLE_EQ(reduced->kerning(left, right), original->kerning(left, right))
            << shipped_name << " " << static_cast<unsigned>(left) << ","
            << static_cast<unsigned>(right);
        if (reduced->kerning(left, right) != 0) ++kerned;
      }
    }
    EXPECT_GT(kerned, 50) << shipped_name;
  }
}

// fonts/ is what tools/reduce-fonts.py makes: nobody edited a font by hand or
// changed the script without rerunning it.
TEST(ReducedFonts, ScriptReproducesTheShippedFiles) {
  for (const auto& [original_path, shipped_name] : originals) {
    if (!std::filesystem::exists(original_path)) GTEST_SKIP() << original_path << " absent";
  }
  if (std::system("/usr/bin/python3 -c 'import fontTools' 2>/dev/null") != 0) {
    GTEST_SKIP() << "python3-fonttools absent";
  }
  const std::filesystem::path scratch = std::filesystem::temp_directory_path() /
                                        ("brochure-reduce-fonts-" + std::to_string(::getpid()));
  const std::string command = "/usr/bin/python3 " + source_dir + "/tools/reduce-fonts.py " +
                              scratch.string() + " >/dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  for (const auto& [original_path, shipped_name] : originals) {
    const std::string made = read_text(scratch / shipped_name);
    EXPECT_FALSE(made.empty()) << shipped_name;
    EXPECT_TRUE(made == read_text(source_dir + "/fonts/" + shipped_name))
        << shipped_name << " differs from what tools/reduce-fonts.py makes: rerun it";
  }
  std::filesystem::remove_all(scratch);
}

}  // namespace
}  // namespace typeset
