#include "typeset/truetype_cmap.hpp"

#include <algorithm>
#include <optional>

namespace typeset {
namespace {

constexpr char32_t last_code_point = 0x10FFFF;

struct SubtableChoice {
  std::uint32_t offset = 0;
  std::uint16_t format = 0;
};

// Unicode encodings this project can use, best first: full-range format 12,
// then BMP format 4 (Windows Unicode, then the Unicode platform).
int preference(std::uint16_t platform, std::uint16_t encoding, std::uint16_t format) {
  const bool windows_full = platform == 3 && encoding == 10;
  const bool windows_bmp = platform == 3 && encoding == 1;
  const bool unicode_platform = platform == 0 && encoding <= 6;
  if (format == 12 && (windows_full || unicode_platform)) return windows_full ? 4 : 3;
  if (format == 4 && (windows_bmp || unicode_platform)) return windows_bmp ? 2 : 1;
  return 0;
}

std::optional<SubtableChoice> choose_subtable(TrueTypeReader& table) {
  const std::uint16_t count = table.u16(2);
  std::optional<SubtableChoice> best;
  int best_preference = 0;
  for (std::size_t i = 0; i < count && table.ok(); ++i) {
    const std::size_t record = 4 + i * 8;
    const std::uint16_t platform = table.u16(record);
    const std::uint16_t encoding = table.u16(record + 2);
    const std::uint32_t offset = table.u32(record + 4);
    if (!table.contains(offset, 2)) continue;  // a dangling record: try the others
    const std::uint16_t format = table.u16(offset);
    const int rank = preference(platform, encoding, format);
    if (rank > best_preference) {
      best_preference = rank;
      best = SubtableChoice{offset, format};
    }
  }
  return table.ok() ? best : std::nullopt;
}

void add_mapping(CharacterMap& map, char32_t code_point, std::uint32_t glyph,
                 std::uint16_t glyph_count) {
  if (glyph != 0 && glyph < glyph_count) {
    map.emplace_back(code_point, static_cast<std::uint16_t>(glyph));
  }
}

// A run of code points of a subtable: a format-4 segment or a format-12 group.
struct CodeRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::size_t index = 0;  // its place in the table
};

// Ranges by first code point. A well-made table lists them so, disjoint; a
// broken one may not, and where ranges overlap the one starting first wins
// (the one listed first, when they start together). Read in this order,
// skipping what is already mapped, the map comes out sorted and each code
// point is visited once, whatever the table says.
void order_ranges(std::vector<CodeRange>& ranges) {
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const CodeRange& a, const CodeRange& b) { return a.first < b.first; });
}

bool read_format_4(TrueTypeReader& table, std::size_t start, std::uint16_t glyph_count,
                   CharacterMap& map) {
  const std::size_t segment_count = table.u16(start + 6) / 2;
  const std::size_t end_codes = start + 14;
  const std::size_t start_codes = end_codes + segment_count * 2 + 2;  // + reservedPad
  const std::size_t deltas = start_codes + segment_count * 2;
  const std::size_t range_offsets = deltas + segment_count * 2;
  if (!table.ok() || !table.contains(end_codes, segment_count * 8 + 2)) return false;
  std::vector<CodeRange> segments;
  segments.reserve(segment_count);
  std::size_t code_points = 0;
  for (std::size_t segment = 0; segment < segment_count; ++segment) {
    const std::uint32_t first = table.u16(start_codes + segment * 2);
    const std::uint32_t last = table.u16(end_codes + segment * 2);
    if (last < first) continue;
    segments.push_back({first, last, segment});
    code_points += last - first + 1;
  }
  // Segments are sorted and disjoint: together they cover at most the 65,536
  // code points of the plane (a table claiming more is refused).
  if (code_points > 0x10000) return false;
  order_ranges(segments);
  map.reserve(code_points);
  std::uint32_t next = 0;  // the first code point no segment has visited
  for (const CodeRange& segment : segments) {
    const std::uint16_t delta = table.u16(deltas + segment.index * 2);
    const std::size_t range_offset_at = range_offsets + segment.index * 2;
    const std::uint16_t range_offset = table.u16(range_offset_at);
    for (std::uint32_t code = std::max(segment.first, next); code <= segment.last && code != 0xFFFF;
         ++code) {
      std::uint32_t glyph = 0;
      if (range_offset == 0) {
        glyph = (code + delta) & 0xFFFF;
      } else {
        // idRangeOffset counts bytes from its own position into glyphIdArray.
        const std::size_t at = range_offset_at + range_offset + (code - segment.first) * 2;
        if (!table.contains(at, 2)) return false;
        glyph = table.u16(at);
        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
      }
      add_mapping(map, static_cast<char32_t>(code), glyph, glyph_count);
    }
    next = std::max(next, segment.last + 1);
  }
  return table.ok();
}

bool read_format_12(TrueTypeReader& table, std::size_t start, std::uint16_t glyph_count,
                    CharacterMap& map) {
  const std::uint32_t group_count = table.u32(start + 12);
  const std::size_t groups_at = start + 16;
  if (!table.ok() || group_count > table.size() / 12 ||
      !table.contains(groups_at, group_count * 12))
    return false;
  std::vector<CodeRange> groups;
  groups.reserve(group_count);
  for (std::size_t group = 0; group < group_count; ++group) {
    const std::size_t at = groups_at + group * 12;
    const std::uint32_t first = table.u32(at);
    const std::uint32_t last = std::min<std::uint32_t>(table.u32(at + 4), last_code_point);
    if (first <= last) groups.push_back({first, last, group});
  }
  order_ranges(groups);
  std::uint32_t next = 0;  // the first code point no group has visited
  for (const CodeRange& group : groups) {
    const std::uint32_t first_glyph = table.u32(groups_at + group.index * 12 + 8);
    // Past the last glyph the group maps nothing more: stop there, so that a
    // lying group cannot make us enumerate millions of code points.
    std::uint32_t code = std::max(group.first, next);
    for (; code <= group.last; ++code) {
      const std::uint64_t glyph = std::uint64_t{first_glyph} + (code - group.first);
      if (glyph >= glyph_count) break;
      add_mapping(map, static_cast<char32_t>(code), static_cast<std::uint32_t>(glyph), glyph_count);
    }
    next = std::max(next, code);
  }
  return table.ok();
}

}  // namespace

bool read_character_map(TrueTypeReader table, std::uint16_t glyph_count, CharacterMap& map,
                        std::string& reason) {
  map.clear();
  const std::optional<SubtableChoice> choice = choose_subtable(table);
  if (!table.ok()) {
    reason = "table « cmap » tronquée";
    return false;
  }
  if (!choice) {
    reason = "table « cmap » sans sous-table Unicode utilisable (formats 4 ou 12)";
    return false;
  }
  const bool read = choice->format == 12 ? read_format_12(table, choice->offset, glyph_count, map)
                                         : read_format_4(table, choice->offset, glyph_count, map);
  if (!read) {
    reason =
        "table « cmap » tronquée ou incohérente (format " + std::to_string(choice->format) + ")";
    return false;
  }
  // Sorted by construction (see order_ranges), each code point once.
  return true;
}

}  // namespace typeset
