#include "typeset/truetype_kerning.hpp"

#include <algorithm>

namespace typeset {
namespace {

constexpr std::uint32_t kern_tag = 0x6B65726E;  // 'kern'
constexpr std::uint16_t pair_adjustment = 2;
constexpr std::uint16_t extension = 9;
constexpr std::uint16_t x_advance_bit = 0x0004;

// Bytes of a ValueRecord of `format`: two per bit set.
std::size_t value_size(std::uint16_t format) {
  std::size_t size = 0;
  for (std::uint16_t bits = format; bits != 0; bits &= static_cast<std::uint16_t>(bits - 1)) {
    size += 2;
  }
  return size;
}

// The x advance of a ValueRecord at `offset`, or 0 when the format has none.
std::int16_t x_advance(TrueTypeReader& table, std::size_t offset, std::uint16_t format) {
  if ((format & x_advance_bit) == 0) return 0;
  const std::size_t before = (format & 1 ? 2 : 0) + (format & 2 ? 2 : 0);
  return table.i16(offset + before);
}

// Glyphs of a coverage table, which the format says are strictly increasing:
// a table that is not (or names glyphs the font lacks) covers nothing, so
// a coverage never holds more than the font's glyphs.
std::vector<std::uint16_t> read_coverage(TrueTypeReader table, std::uint16_t glyph_count) {
  std::vector<std::uint16_t> glyphs;
  const std::uint16_t format = table.u16(0);
  const std::size_t count = table.u16(2);
  const auto add = [&](std::size_t glyph) {
    if (glyph >= glyph_count || (!glyphs.empty() && glyph <= glyphs.back())) return false;
    glyphs.push_back(static_cast<std::uint16_t>(glyph));
    return true;
  };
  if (format == 1) {
    for (std::size_t i = 0; i < count && table.ok(); ++i) {
      if (!add(table.u16(4 + i * 2))) return {};
    }
  } else if (format == 2) {
    for (std::size_t i = 0; i < count && table.ok(); ++i) {
      const std::size_t record = 4 + i * 6;
      const std::size_t first = table.u16(record);
      const std::size_t last = table.u16(record + 2);
      for (std::size_t glyph = first; glyph <= last; ++glyph) {
        if (!add(glyph)) return {};
      }
    }
  }
  if (!table.ok()) return {};
  return glyphs;
}

}  // namespace

// The entries left to read (see max_entries).
class PairKerning::Budget {
 public:
  explicit Budget(std::size_t entries) : left_(entries) {}
  bool spend(std::size_t entries) {
    if (entries > left_) {
      left_ = 0;
      spent_ = true;
      return false;
    }
    left_ -= entries;
    return true;
  }
  bool spent() const { return spent_; }

 private:
  std::size_t left_;
  bool spent_ = false;
};

namespace {

// Class per glyph id (0 for glyphs the table does not list).
std::vector<std::uint16_t> read_classes(TrueTypeReader table, std::uint16_t glyph_count,
                                        PairKerning::Budget& budget) {
  if (!budget.spend(glyph_count)) return {};
  std::vector<std::uint16_t> classes(glyph_count, 0);
  const std::uint16_t format = table.u16(0);
  if (format == 1) {
    const std::size_t start = table.u16(2);
    const std::size_t count = table.u16(4);
    for (std::size_t i = 0; i < count && start + i < glyph_count && table.ok(); ++i) {
      classes[start + i] = table.u16(6 + i * 2);
    }
  } else if (format == 2) {
    const std::size_t count = table.u16(2);
    for (std::size_t i = 0; i < count && table.ok(); ++i) {
      const std::size_t record = 4 + i * 6;
      const std::size_t first = table.u16(record);
      const std::size_t last = std::min<std::size_t>(table.u16(record + 2), glyph_count - 1u);
      const std::uint16_t value = table.u16(record + 4);
      // Ranges may overlap: each glyph written is counted.
      if (first <= last && !budget.spend(last - first + 1)) return {};
      for (std::size_t g = first; g <= last; ++g) classes[g] = value;
    }
  }
  if (!table.ok()) return {};
  return classes;
}

// Lookup indices of the `kern` feature, whatever script and language list it.
std::vector<std::uint16_t> kern_lookups(TrueTypeReader& gpos) {
  std::vector<std::uint16_t> lookups;
  const std::size_t features = gpos.u16(6);
  const std::size_t count = gpos.u16(features);
  for (std::size_t i = 0; i < count && gpos.ok(); ++i) {
    const std::size_t record = features + 2 + i * 6;
    if (gpos.u32(record) != kern_tag) continue;
    const std::size_t feature = features + gpos.u16(record + 4);
    const std::size_t lookup_count = gpos.u16(feature + 2);
    for (std::size_t l = 0; l < lookup_count && gpos.ok(); ++l) {
      lookups.push_back(gpos.u16(feature + 4 + l * 2));
    }
  }
  std::sort(lookups.begin(), lookups.end());
  lookups.erase(std::unique(lookups.begin(), lookups.end()), lookups.end());
  return lookups;
}

}  // namespace

PairKerning PairKerning::read(TrueTypeReader gpos, std::uint16_t glyph_count) {
  PairKerning kerning;
  if (gpos.size() < 10 || gpos.u16(0) != 1 || glyph_count == 0) return kerning;
  const std::vector<std::uint16_t> lookups = kern_lookups(gpos);
  const std::size_t lookup_list = gpos.u16(8);
  const std::size_t lookup_count = gpos.u16(lookup_list);
  Budget budget(max_entries);
  // Each subtable once, in lookup order: several lookups may point at the
  // same one, and reading it again would only repeat its pairs.
  std::vector<std::size_t> seen;
  for (std::uint16_t index : lookups) {
    if (index >= lookup_count || !gpos.ok() || budget.spent()) break;
    const std::size_t lookup = lookup_list + gpos.u16(lookup_list + 2 + index * 2u);
    const std::uint16_t type = gpos.u16(lookup);
    const std::size_t subtable_count = gpos.u16(lookup + 4);
    for (std::size_t s = 0; s < subtable_count && gpos.ok() && !budget.spent(); ++s) {
      std::size_t subtable = lookup + gpos.u16(lookup + 6 + s * 2);
      std::uint16_t subtable_type = type;
      if (type == extension) {
        subtable_type = gpos.u16(subtable + 2);
        subtable += gpos.u32(subtable + 4);
      }
      if (subtable_type != pair_adjustment || subtable >= gpos.size()) continue;
      const auto at = std::lower_bound(seen.begin(), seen.end(), subtable);
      if (at != seen.end() && *at == subtable) continue;
      if (!budget.spend(1)) break;
      seen.insert(at, subtable);
      kerning.read_subtable(gpos.slice(subtable, gpos.size() - subtable), glyph_count, budget);
    }
  }
  if (!gpos.ok() || budget.spent()) kerning.subtables_.clear();
  return kerning;
}

void PairKerning::read_subtable(TrueTypeReader table, std::uint16_t glyph_count, Budget& budget) {
  Subtable subtable;
  subtable.format = table.u16(0);
  const std::size_t coverage = table.u16(2);
  const std::uint16_t first_format = table.u16(4);
  const std::uint16_t second_format = table.u16(6);
  const std::size_t first_size = value_size(first_format);
  const std::size_t second_size = value_size(second_format);
  if (coverage >= table.size()) return;
  subtable.coverage = read_coverage(table.slice(coverage, table.size() - coverage), glyph_count);
  if (!budget.spend(subtable.coverage.size())) return;
  if (subtable.format == 1) {
    const std::size_t set_count = table.u16(8);
    if (set_count != subtable.coverage.size()) return;
    for (std::size_t i = 0; i < set_count && table.ok(); ++i) {
      const std::size_t set = table.u16(10 + i * 2);
      const std::size_t pair_count = table.u16(set);
      const std::size_t record_size = 2 + first_size + second_size;
      // The pairs must lie in the table; sets may share bytes, hence the budget.
      if (!table.contains(set + 2, pair_count * record_size) || !budget.spend(pair_count)) return;
      std::vector<Pair> pairs;
      pairs.reserve(pair_count);
      for (std::size_t p = 0; p < pair_count; ++p) {
        const std::size_t record = set + 2 + p * record_size;
        pairs.push_back({table.u16(record), x_advance(table, record + 2, first_format)});
      }
      std::sort(pairs.begin(), pairs.end(),
                [](const Pair& a, const Pair& b) { return a.second < b.second; });
      subtable.pair_sets.push_back(std::move(pairs));
    }
  } else if (subtable.format == 2) {
    const std::size_t first_classes = table.u16(8);
    const std::size_t second_classes = table.u16(10);
    const std::size_t class1_count = table.u16(12);
    subtable.second_class_count = table.u16(14);
    if (first_classes >= table.size() || second_classes >= table.size()) return;
    subtable.first_class =
        read_classes(table.slice(first_classes, table.size() - first_classes), glyph_count, budget);
    subtable.second_class = read_classes(table.slice(second_classes, table.size() - second_classes),
                                         glyph_count, budget);
    // The value matrix must lie in the table (up to 65 535 × 65 535 records
    // by its counts alone). Without x advances there is nothing to keep: the
    // subtable still covers its pairs, with no adjustment.
    const std::size_t record_size = first_size + second_size;
    const std::size_t values = class1_count * subtable.second_class_count;
    if (!table.contains(16, values * record_size)) return;
    if ((first_format & x_advance_bit) != 0) {
      if (!budget.spend(values)) return;
      subtable.class_values.reserve(values);
      for (std::size_t v = 0; v < values; ++v) {
        subtable.class_values.push_back(x_advance(table, 16 + v * record_size, first_format));
      }
    }
  } else {
    return;
  }
  if (table.ok() && !subtable.coverage.empty()) subtables_.push_back(std::move(subtable));
}

int PairKerning::adjustment(std::uint16_t first, std::uint16_t second) const {
  for (const Subtable& subtable : subtables_) {
    const auto covered =
        std::lower_bound(subtable.coverage.begin(), subtable.coverage.end(), first);
    if (covered == subtable.coverage.end() || *covered != first) continue;
    const std::size_t index = static_cast<std::size_t>(covered - subtable.coverage.begin());
    if (subtable.format == 1) {
      const std::vector<Pair>& pairs = subtable.pair_sets[index];
      const auto found = std::lower_bound(
          pairs.begin(), pairs.end(), second,
          [](const Pair& pair, std::uint16_t glyph) { return pair.second < glyph; });
      if (found != pairs.end() && found->second == second) return found->value;
      continue;  // not this subtable's pair: the next one may have it
    }
    if (first >= subtable.first_class.size() || second >= subtable.second_class.size()) continue;
    const std::size_t class1 = subtable.first_class[first];
    const std::size_t class2 = subtable.second_class[second];
    if (class2 >= subtable.second_class_count) continue;
    const std::size_t at = class1 * subtable.second_class_count + class2;
    if (at < subtable.class_values.size()) return subtable.class_values[at];
    return 0;
  }
  return 0;
}

}  // namespace typeset
