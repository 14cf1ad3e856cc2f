// The TrueType parser on files made to order: small synthetic fonts for the
// cases the shipped faces do not exercise, and broken files that must give a
// French error naming the file, never a crash.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "typeset/fonts.hpp"

namespace typeset {
namespace {

using Bytes = std::vector<std::uint8_t>;

void put16(Bytes& out, int value) {
  out.push_back(static_cast<std::uint8_t>((value >> 8) & 0xFF));
  out.push_back(static_cast<std::uint8_t>(value & 0xFF));
}

void put32(Bytes& out, std::uint32_t value) {
  put16(out, static_cast<int>(value >> 16));
  put16(out, static_cast<int>(value & 0xFFFF));
}

void put_zeros(Bytes& out, std::size_t count) {
  out.insert(out.end(), count, 0);
}

// The tables of a tiny font: 4 glyphs (.notdef, A, B, smile), 1000 units/em.
struct TinyFont {
  std::uint32_t signature = 0x00010000;
  int units_per_em = 1000;
  int glyph_count = 4;
  int ascender = 800, descender = -200, line_gap = 100;
  int typo_ascender = 700, typo_descender = -300, typo_line_gap = 0;
  bool use_typo_metrics = false;
  int os2_version = 4;
  int x_height = 450, cap_height = 650;
  std::vector<int> advances = {500, 600, 700};  // fewer than glyphs: the last one repeats
  std::map<std::string, Bytes> tables;

  Bytes head() const {
    Bytes t;
    put32(t, 0x00010000);  // version
    put32(t, 0x00010000);  // fontRevision
    put32(t, 0);           // checkSumAdjustment
    put32(t, 0x5F0F3CF5);  // magicNumber
    put16(t, 0);           // flags
    put16(t, units_per_em);
    put_zeros(t, 16);  // created, modified
    put_zeros(t, 8);   // bounding box
    put16(t, 0);       // macStyle
    put16(t, 8);       // lowestRecPPEM
    put16(t, 2);       // fontDirectionHint
    put16(t, 0);       // indexToLocFormat
    put16(t, 0);       // glyphDataFormat
    return t;
  }
  Bytes maxp() const {
    Bytes t;
    put32(t, 0x00005000);  // version 0.5
    put16(t, glyph_count);
    return t;
  }
  Bytes hhea() const {
    Bytes t;
    put32(t, 0x00010000);
    put16(t, ascender);
    put16(t, descender);
    put16(t, line_gap);
    put_zeros(t, 24);
    put16(t, static_cast<int>(advances.size()));  // numberOfHMetrics
    return t;
  }
  Bytes hmtx() const {
    Bytes t;
    for (int advance : advances) {
      put16(t, advance);
      put16(t, 0);  // left side bearing
    }
    for (std::size_t i = advances.size(); i < static_cast<std::size_t>(glyph_count); ++i) {
      put16(t, 0);
    }
    return t;
  }
  Bytes os2() const {
    Bytes t;
    put16(t, os2_version);
    put_zeros(t, 60);                          // up to fsSelection
    put16(t, use_typo_metrics ? 0x80 : 0x40);  // fsSelection at 62
    put_zeros(t, 4);                           // first and last char index
    put16(t, typo_ascender);                   // 68
    put16(t, typo_descender);                  // 70
    put16(t, typo_line_gap);                   // 72
    put_zeros(t, 12);                          // win metrics, code page ranges
    put16(t, x_height);                        // 86
    put16(t, cap_height);                      // 88
    put_zeros(t, 6);
    return t;
  }
  // 'A' → 1, 'B' → 2 through glyphIdArray (idRangeOffset ≠ 0), 'C' → 3 by delta.
  static Bytes cmap_format_4() {
    Bytes sub;
    put16(sub, 4);
    put16(sub, 0);  // length, patched below
    put16(sub, 0);  // language
    put16(sub, 6);  // segCountX2: 3 segments
    put_zeros(sub, 6);
    for (int end : {0x42, 0x43, 0xFFFF}) put16(sub, end);
    put16(sub, 0);  // reservedPad
    for (int start : {0x41, 0x43, 0xFFFF}) put16(sub, start);
    for (int delta : {0, 3 - 0x43, 1}) put16(sub, delta);
    // Segment 0 reads glyphIdArray, 3 segments minus its own index from here.
    for (int range_offset : {6, 0, 0}) put16(sub, range_offset);
    put16(sub, 1);
    put16(sub, 2);
    sub[2] = static_cast<std::uint8_t>(sub.size() >> 8);
    sub[3] = static_cast<std::uint8_t>(sub.size() & 0xFF);
    return sub;
  }
  // U+1F600 → glyph 3, U+41..U+42 → 1..2, and a group pointing past the glyphs.
  static Bytes cmap_format_12() {
    return cmap_format_12({0x41u, 0x42u, 1u, 0x1F600u, 0x1F600u, 3u, 0x20000u, 0x2FFFFu, 9u});
  }
  // Groups as (first code point, last, first glyph) triples, in table order.
  static Bytes cmap_format_12(std::initializer_list<std::uint32_t> groups) {
    Bytes sub;
    put16(sub, 12);
    put16(sub, 0);
    put32(sub, static_cast<std::uint32_t>(16 + 4 * groups.size()));
    put32(sub, 0);
    put32(sub, static_cast<std::uint32_t>(groups.size() / 3));
    for (std::uint32_t value : groups) put32(sub, value);
    return sub;
  }
  static Bytes cmap(std::uint16_t platform, std::uint16_t encoding, const Bytes& subtable) {
    Bytes t;
    put16(t, 0);
    put16(t, 1);
    put16(t, platform);
    put16(t, encoding);
    put32(t, 12);
    t.insert(t.end(), subtable.begin(), subtable.end());
    return t;
  }
  static Bytes name(const std::string& postscript) {
    Bytes t;
    put16(t, 0);
    put16(t, 1);
    put16(t, 6 + 12);
    for (int field : {3, 1, 0x409, 6, static_cast<int>(postscript.size() * 2), 0}) put16(t, field);
    for (char c : postscript) put16(t, c);
    return t;
  }

  Bytes file() {
    std::map<std::string, Bytes> all = {{"head", head()},
                                        {"maxp", maxp()},
                                        {"hhea", hhea()},
                                        {"hmtx", hmtx()},
                                        {"OS/2", os2()},
                                        {"cmap", cmap(3, 1, cmap_format_4())},
                                        {"name", name("Tiny-Regular")}};
    for (auto& [tag, bytes] : tables) all[tag] = bytes;  // overrides; empty = absent
    Bytes out;
    int count = 0;
    for (const auto& entry : all) count += entry.second.empty() ? 0 : 1;
    put32(out, signature);
    put16(out, count);
    put_zeros(out, 6);
    std::size_t offset = 12 + 16 * static_cast<std::size_t>(count);
    for (const auto& [tag, bytes] : all) {
      if (bytes.empty()) continue;
      out.insert(out.end(), tag.begin(), tag.end());
      put32(out, 0);
      put32(out, static_cast<std::uint32_t>(offset));
      put32(out, static_cast<std::uint32_t>(bytes.size()));
      offset += (bytes.size() + 3) / 4 * 4;
    }
    for (const auto& [tag, bytes] : all) {
      out.insert(out.end(), bytes.begin(), bytes.end());
      put_zeros(out, (4 - bytes.size() % 4) % 4);
    }
    return out;
  }
};

// A file in the temporary directory, named after the running test.
std::string write_temporary(const Bytes& bytes, const std::string& suffix = "") {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("brochure-" + std::string(test->name()) + "-" +
                                                std::to_string(::getpid()) + suffix + ".ttf");
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
  return path.string();
}

struct Loaded {
  std::unique_ptr<FontFace> face;
  std::string error;
};

Loaded load_bytes(const Bytes& bytes, const std::string& suffix = "") {
  const std::string path = write_temporary(bytes, suffix);
  Loaded loaded;
  loaded.face = FontFace::load(path, loaded.error);
  std::filesystem::remove(path);
  if (!loaded.face) {
    EXPECT_NE(loaded.error.find(path), std::string::npos) << "error must name the file";
  }
  return loaded;
}

Bytes read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(TrueType, TinyFontFormat4) {
  TinyFont font;
  const Loaded loaded = load_bytes(font.file());
  ASSERT_NE(loaded.face, nullptr) << loaded.error;
  const FontFace& face = *loaded.face;
  EXPECT_EQ(face.postscript_name(), "Tiny-Regular");
  EXPECT_DOUBLE_EQ(face.advance(U'A'), 0.6);  // glyph 1 via glyphIdArray
  EXPECT_DOUBLE_EQ(face.advance(U'B'), 0.7);  // glyph 2 via glyphIdArray
  EXPECT_DOUBLE_EQ(face.advance(U'C'), 0.7);  // glyph 3 by delta, past numberOfHMetrics
  EXPECT_FALSE(face.covers(U'D'));
  EXPECT_FALSE(face.covers(0xFFFF));
  EXPECT_DOUBLE_EQ(face.metrics().ascender, 0.8);
  EXPECT_DOUBLE_EQ(face.metrics().descender, -0.2);
  EXPECT_DOUBLE_EQ(face.metrics().line_gap, 0.1);
  EXPECT_DOUBLE_EQ(face.metrics().x_height, 0.45);
  EXPECT_DOUBLE_EQ(face.metrics().cap_height, 0.65);
}

TEST(TrueType, Format12ReachesBeyondTheBasicPlane) {
  TinyFont font;
  font.tables["cmap"] = TinyFont::cmap(3, 10, TinyFont::cmap_format_12());
  const Loaded loaded = load_bytes(font.file());
  ASSERT_NE(loaded.face, nullptr) << loaded.error;
  EXPECT_TRUE(loaded.face->covers(U'\U0001F600'));
  EXPECT_DOUBLE_EQ(loaded.face->advance(U'\U0001F600'), 0.7);
  EXPECT_DOUBLE_EQ(loaded.face->advance(U'B'), 0.7);
  // The third group points at glyphs the font does not have.
  EXPECT_FALSE(loaded.face->covers(0x20000));
  EXPECT_FALSE(loaded.face->covers(0x2FFFF));
}

// Groups out of order and overlapping (the format forbids both): read in
// code point order, the group starting first wins where two claim a code point.
TEST(TrueType, Format12GroupsOutOfOrderAreReadInOrder) {
  TinyFont font;
  font.advances = {500, 600, 700, 800};
  font.tables["cmap"] = TinyFont::cmap(
      3, 10,
      TinyFont::cmap_format_12({0x1F600u, 0x1F600u, 3u, 0x41u, 0x42u, 1u, 0x42u, 0x43u, 1u}));
  const Loaded loaded = load_bytes(font.file());
  ASSERT_NE(loaded.face, nullptr) << loaded.error;
  EXPECT_DOUBLE_EQ(loaded.face->advance(U'A'), 0.6);  // glyph 1
  EXPECT_DOUBLE_EQ(loaded.face->advance(U'B'), 0.7);  // glyph 2: its first group
  EXPECT_DOUBLE_EQ(loaded.face->advance(U'C'), 0.7);  // glyph 2: the last group
  EXPECT_DOUBLE_EQ(loaded.face->advance(U'\U0001F600'), 0.8);
  EXPECT_FALSE(loaded.face->covers(U'D'));
}

TEST(TrueType, TypoMetricsWhenTheFontAsksForThem) {
  TinyFont font;
  font.use_typo_metrics = true;
  const Loaded loaded = load_bytes(font.file());
  ASSERT_NE(loaded.face, nullptr) << loaded.error;
  EXPECT_DOUBLE_EQ(loaded.face->metrics().ascender, 0.7);
  EXPECT_DOUBLE_EQ(loaded.face->metrics().descender, -0.3);
  EXPECT_DOUBLE_EQ(loaded.face->metrics().line_gap, 0);
}

TEST(TrueType, PositiveDescenderIsTakenAsBelowTheBaseline) {
  TinyFont font;
  font.descender = 200;
  const Loaded loaded = load_bytes(font.file());
  ASSERT_NE(loaded.face, nullptr) << loaded.error;
  EXPECT_DOUBLE_EQ(loaded.face->metrics().descender, -0.2);
}

TEST(TrueType, WithoutNameTableThePostScriptNameIsTheFileName) {
  TinyFont font;
  font.tables["name"] = {};
  font.tables["OS/2"] = {};  // optional too: cap and x height keep their defaults
  const Loaded loaded = load_bytes(font.file(), "-Sans-nom");
  ASSERT_NE(loaded.face, nullptr) << loaded.error;
  EXPECT_NE(loaded.face->postscript_name().find("-Sans-nom"), std::string::npos);
  EXPECT_DOUBLE_EQ(loaded.face->metrics().cap_height, FaceMetrics{}.cap_height);
}

// `count` segments each claiming the whole plane, mapped to glyphs the font
// lacks: read naively, billions of iterations.
Bytes overlapping_format_4(int count) {
  Bytes sub;
  put16(sub, 4);
  put16(sub, 0);
  put16(sub, 0);
  put16(sub, count * 2);
  put_zeros(sub, 6);
  for (int i = 0; i < count; ++i) put16(sub, 0xFFFE);  // end codes
  put16(sub, 0);
  for (int i = 0; i < count; ++i) put16(sub, 0);  // start codes
  for (int i = 0; i < count; ++i) put16(sub, 9);  // deltas: glyph 9 and up
  for (int i = 0; i < count; ++i) put16(sub, 0);  // no glyphIdArray
  return sub;
}

void expect_error(TinyFont font, const std::string& expected) {
  const Loaded loaded = load_bytes(font.file());
  EXPECT_EQ(loaded.face, nullptr);
  EXPECT_NE(loaded.error.find(expected), std::string::npos) << loaded.error;
}

TEST(TrueType, ExplainsWhatIsWrong) {
  TinyFont cff;
  cff.signature = 0x4F54544F;
  expect_error(cff, "CFF");
  TinyFont collection;
  collection.signature = 0x74746366;
  expect_error(collection, "collection");
  TinyFont not_a_font;
  not_a_font.signature = 0x25504446;  // "%PDF"
  expect_error(not_a_font, "n’est pas une police TrueType");
  TinyFont no_cmap;
  no_cmap.tables["cmap"] = {};
  expect_error(no_cmap, "table « cmap » absente");
  TinyFont mac_only;
  mac_only.tables["cmap"] = TinyFont::cmap(1, 0, TinyFont::cmap_format_4());
  expect_error(mac_only, "sans sous-table Unicode");
  TinyFont overlapping;
  overlapping.tables["cmap"] = TinyFont::cmap(3, 1, overlapping_format_4(30000));
  expect_error(overlapping, "table « cmap » tronquée ou incohérente");
  TinyFont no_ascender;
  no_ascender.ascender = 0;
  expect_error(no_ascender, "métriques verticales invalides");
  TinyFont bad_em;
  bad_em.units_per_em = 0;
  expect_error(bad_em, "unités par em");
  TinyFont too_many_metrics;
  too_many_metrics.advances = {1, 2, 3, 4, 5};
  expect_error(too_many_metrics, "table « hhea » incohérente");
  TinyFont short_hmtx;
  short_hmtx.tables["hmtx"] = {0, 1};
  expect_error(short_hmtx, "table « hmtx » tronquée");
  TinyFont short_head;
  short_head.tables["head"] = Bytes(20, 0);
  expect_error(short_head, "table « head » tronquée");
}

TEST(TrueType, MissingFileAndEmptyFile) {
  std::string error;
  EXPECT_EQ(FontFace::load("/nonexistent/Police.ttf", error), nullptr);
  EXPECT_EQ(error, "/nonexistent/Police.ttf : fichier de police introuvable");
  const Loaded empty = load_bytes({});
  EXPECT_EQ(empty.face, nullptr);
  EXPECT_NE(empty.error.find("trop court"), std::string::npos) << empty.error;
}

// Every cut of a real face either loads (the cut only removed padding) or is
// refused with a reason; none may crash or read outside the file.
TEST(TrueType, TruncatedCopiesAreRefusedCleanly) {
  const Bytes whole = read_file(std::string(BROCHURE_SOURCE_DIR) + "/fonts/LivretSans-Regular.ttf");
  ASSERT_GT(whole.size(), 10000u);
  for (std::size_t length = 0; length < whole.size(); length += length < 400 ? 7 : 997) {
    const Loaded loaded = load_bytes(Bytes(whole.begin(), whole.begin() + length));
    EXPECT_EQ(loaded.face, nullptr) << "cut at " << length;
    EXPECT_FALSE(loaded.error.empty()) << "cut at " << length;
  }
  const Loaded cut_table = load_bytes(Bytes(whole.begin(), whole.begin() + whole.size() / 2));
  EXPECT_NE(cut_table.error.find("dépasse la fin du fichier"), std::string::npos)
      << cut_table.error;
}

// Corrupted bytes anywhere in the tables the parser reads: refused or loaded,
// but every answer stays inside what a font can say.
TEST(TrueType, CorruptedBytesNeverCrash) {
  const Bytes whole = read_file(std::string(BROCHURE_SOURCE_DIR) + "/fonts/DejaVuSans.ttf");
  ASSERT_GT(whole.size(), 10000u);
  std::uint32_t state = 12345;
  const auto next = [&state] {
    state = state * 1664525u + 1013904223u;  // a fixed sequence: failures reproduce
    return state >> 8;
  };
  int refused = 0;
  for (int round = 0; round < 300; ++round) {
    Bytes damaged = whole;
    for (int hit = 0; hit < 8; ++hit) {
      // Mostly the directory and the small tables at the front of the file.
      const std::size_t at = next() % (round % 2 ? 4096 : damaged.size());
      damaged[at] = static_cast<std::uint8_t>(next());
    }
    const Loaded loaded = load_bytes(damaged);
    if (!loaded.face) {
      ++refused;
      EXPECT_FALSE(loaded.error.empty());
      continue;
    }
    const FaceMetrics& metrics = loaded.face->metrics();
    EXPECT_GT(metrics.ascender, 0);
    EXPECT_LE(metrics.descender, 0);
    EXPECT_GE(metrics.line_gap, 0);
    EXPECT_GT(metrics.cap_height, 0);
    EXPECT_GT(metrics.x_height, 0);
    for (char32_t code : {U'a', U'é', U'✓', U'\u00A0'}) {
      const double advance = loaded.face->advance(code);
      EXPECT_GE(advance, 0);
      EXPECT_LE(advance, 65535.0 / 16);
      if (!loaded.face->covers(code)) {
        EXPECT_EQ(advance, 0);
      }
    }
  }
  EXPECT_GT(refused, 30);   // damage to the directory or the tables read is noticed
  EXPECT_LT(refused, 270);  // damage to outlines is not the layout's business
}

}  // namespace
}  // namespace typeset
