// GPOS pair kerning on tables made to order: what a real font does, and what a
// hostile one may ask for (a table of 70 KB naming billions of pairs) without
// costing more than the budget.
#include "typeset/truetype_kerning.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <span>
#include <vector>

namespace typeset {
namespace {

using Bytes = std::vector<std::uint8_t>;

void put16(Bytes& out, std::size_t value) {
  out.push_back(static_cast<std::uint8_t>((value >> 8) & 0xFF));
  out.push_back(static_cast<std::uint8_t>(value & 0xFF));
}

// A GPOS whose kern feature has one lookup (type 2) holding `subtable_count`
// offsets, all to `subtable` (shared subtables are legal, and the cheap way
// for a hostile table to multiply its size).
Bytes gpos_with(const Bytes& subtable, std::size_t subtable_count = 1) {
  Bytes gpos;
  put16(gpos, 1);  // version 1.0
  put16(gpos, 0);
  put16(gpos, 10);  // ScriptList: empty, the reader does not need it
  put16(gpos, 12);  // FeatureList
  put16(gpos, 26);  // LookupList
  put16(gpos, 0);   // ScriptList: no scripts
  put16(gpos, 1);   // FeatureList: one record, 'kern', feature at +8
  for (char c : {'k', 'e', 'r', 'n'}) gpos.push_back(static_cast<std::uint8_t>(c));
  put16(gpos, 8);
  put16(gpos, 0);  // Feature: no params, one lookup, index 0
  put16(gpos, 1);
  put16(gpos, 0);
  put16(gpos, 1);  // LookupList (at 26): one lookup at +4
  put16(gpos, 4);
  put16(gpos, 2);  // Lookup: pair adjustment, no flags
  put16(gpos, 0);
  put16(gpos, subtable_count);
  const std::size_t subtable_at = 6 + 2 * subtable_count;
  for (std::size_t s = 0; s < subtable_count; ++s) put16(gpos, subtable_at);
  gpos.insert(gpos.end(), subtable.begin(), subtable.end());
  return gpos;
}

// PairPos format 1, x advance of the first glyph: `firsts` covered (in order),
// each with the pair set at the same offset when `shared`, else its own.
Bytes pair_subtable(const std::vector<std::size_t>& firsts, std::size_t pairs_per_set,
                    bool shared) {
  Bytes table;
  const std::size_t sets = firsts.size();
  const std::size_t coverage_at = 10 + 2 * sets;
  const std::size_t first_set_at = coverage_at + 4 + 2 * sets;
  const std::size_t set_size = 2 + 4 * pairs_per_set;
  put16(table, 1);
  put16(table, coverage_at);
  put16(table, 0x0004);  // first glyph: x advance
  put16(table, 0);
  put16(table, sets);
  for (std::size_t s = 0; s < sets; ++s) put16(table, first_set_at + (shared ? 0 : s * set_size));
  put16(table, 1);  // coverage format 1
  put16(table, sets);
  for (std::size_t glyph : firsts) put16(table, glyph);
  for (std::size_t s = 0; s < (shared ? 1 : sets); ++s) {
    put16(table, pairs_per_set);
    for (std::size_t p = 0; p < pairs_per_set; ++p) {
      put16(table, p + 1);                            // second glyph
      put16(table, static_cast<std::uint16_t>(-10));  // closer by 10 units
    }
  }
  return table;
}

PairKerning read(const Bytes& gpos, std::uint16_t glyph_count) {
  return PairKerning::read(TrueTypeReader(std::span(gpos)), glyph_count);
}

TEST(PairKerning, ReadsAPairSubtable) {
  const PairKerning kerning = read(gpos_with(pair_subtable({3, 7}, 2, false)), 10);
  EXPECT_EQ(kerning.adjustment(3, 1), -10);
  EXPECT_EQ(kerning.adjustment(7, 2), -10);
  EXPECT_EQ(kerning.adjustment(7, 3), 0);  // not a listed second glyph
  EXPECT_EQ(kerning.adjustment(4, 1), 0);  // not covered
}

TEST(PairKerning, ASubtableNamedManyTimesIsReadOnce) {
  const PairKerning kerning = read(gpos_with(pair_subtable({3}, 2, false), 20000), 10);
  EXPECT_EQ(kerning.adjustment(3, 2), -10);
}

TEST(PairKerning, ACoverageOutOfOrderCoversNothing) {
  EXPECT_TRUE(read(gpos_with(pair_subtable({7, 3}, 2, false)), 10).empty());
  EXPECT_TRUE(read(gpos_with(pair_subtable({3, 3}, 2, false)), 10).empty());
  EXPECT_TRUE(read(gpos_with(pair_subtable({3, 12}, 2, false)), 10).empty());  // no glyph 12
}

// 16 000 first glyphs sharing one set of 1 100 pairs: 17.6 million pairs from
// a table of 68 KB. Past the budget the font is not kerned; it is not refused,
// and reading it costs the budget, not gigabytes.
TEST(PairKerning, SharedPairSetsBeyondTheBudgetGiveNoKerning) {
  std::vector<std::size_t> firsts;
  for (std::size_t glyph = 1; glyph <= 16000; ++glyph) firsts.push_back(glyph);
  static_assert(16000u * 1100u > PairKerning::max_entries);
  EXPECT_TRUE(read(gpos_with(pair_subtable(firsts, 1100, true)), 65535).empty());
  // The same sets with few pairs stay within it, and are read.
  EXPECT_EQ(read(gpos_with(pair_subtable(firsts, 2, true)), 65535).adjustment(15999, 2), -10);
}

// PairPos format 2 whose counts say 65 535 × 65 535 class values in a table
// of a few bytes: the subtable is skipped, without asking 8 GB of the
// allocator (what the font_program fuzzer found).
TEST(PairKerning, AClassMatrixLargerThanItsTableIsSkipped) {
  Bytes classes;
  put16(classes, 2);   // PairPos format 2
  put16(classes, 16);  // coverage
  put16(classes, 0x0004);
  put16(classes, 0);
  put16(classes, 22);  // class definitions (both): format 1, none listed
  put16(classes, 22);
  put16(classes, 0xFFFF);
  put16(classes, 0xFFFF);
  put16(classes, 1);  // coverage at 16: glyph 3
  put16(classes, 1);
  put16(classes, 3);
  put16(classes, 1);  // class definition at 22
  put16(classes, 0);
  put16(classes, 0);
  EXPECT_TRUE(read(gpos_with(classes), 10).empty());
}

}  // namespace
}  // namespace typeset
