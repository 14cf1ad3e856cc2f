// Pair kerning from the `GPOS` table: the pair-adjustment lookups (type 2,
// directly or through extension lookups, type 9) of the `kern` feature.
// Only the x-advance of the first glyph is read: that is what kerning a Latin
// text is, and all the layout can apply (it places glyph runs; libharu draws
// text, not positioned glyphs). No shaping library: nothing else in GPOS or
// GSUB is wanted (no ligatures, no marks), and a lookup per glyph pair costs
// nothing next to shaping every word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "typeset/truetype_reader.hpp"

namespace typeset {

class PairKerning {
 public:
  // Reads the kern feature's pair lookups of `gpos` (the whole table). A
  // table it cannot read, or without kerning, gives no adjustments: kerning
  // is a refinement, never a reason to refuse a font.
  static PairKerning read(TrueTypeReader gpos, std::uint16_t glyph_count);

  // The adjustment of the advance of `first` when `second` follows, in font
  // units (negative: closer).
  int adjustment(std::uint16_t first, std::uint16_t second) const;
  bool empty() const { return subtables_.empty(); }

  // What reading one table may store, in entries (a covered glyph, a pair, a
  // class, a class value): the shipped faces need under 10 000, DejaVu Sans
  // whole 30 000. Subtables and class definitions may be shared, so a
  // hostile table can name the same bytes a million times; past this bound
  // the font is read without kerning rather than with gigabytes.
  static constexpr std::size_t max_entries = std::size_t{1} << 24;
  class Budget;

 private:
  struct Pair {
    std::uint16_t second = 0;
    std::int16_t value = 0;
  };
  // One PairPos subtable: format 1 lists pairs per covered first glyph,
  // format 2 has a value per (class of first, class of second).
  struct Subtable {
    std::vector<std::uint16_t> coverage;  // sorted first glyphs
    int format = 1;
    std::vector<std::vector<Pair>> pair_sets;  // format 1: per coverage index, sorted
    std::vector<std::uint16_t> first_class;    // format 2: per glyph id
    std::vector<std::uint16_t> second_class;   // format 2: per glyph id
    std::uint16_t second_class_count = 0;
    std::vector<std::int16_t> class_values;  // format 2: [class1 * count2 + class2]
  };
  void read_subtable(TrueTypeReader table, std::uint16_t glyph_count, Budget& budget);
  std::vector<Subtable> subtables_;
};

}  // namespace typeset
