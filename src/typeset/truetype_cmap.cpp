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

bool read_format_4(TrueTypeReader& table, std::size_t start, std::uint16_t glyph_count,
                   CharacterMap& map) {
  const std::size_t segment_count = table.u16(start + 6) / 2;
  const std::size_t end_codes = start + 14;
  const std::size_t start_codes = end_codes + segment_count * 2 + 2;  // + reservedPad
  const std::size_t deltas = start_codes + segment_count * 2;
  const std::size_t range_offsets = deltas + segment_count * 2;
  if (!table.ok() || !table.contains(end_codes, segment_count * 8 + 2)) return false;
  // Segments are sorted and disjoint: together they cover at most the 65,536
  // code points of the plane. Overlapping ones could make us loop for billions.
  std::uint32_t code_points_left = 0x10000;
  for (std::size_t segment = 0; segment < segment_count; ++segment) {
    const std::uint32_t first = table.u16(start_codes + segment * 2);
    const std::uint32_t last = table.u16(end_codes + segment * 2);
    if (last >= first) {
      if (last - first + 1 > code_points_left) return false;
      code_points_left -= last - first + 1;
    }
    const std::uint16_t delta = table.u16(deltas + segment * 2);
    const std::size_t range_offset_at = range_offsets + segment * 2;
    const std::uint16_t range_offset = table.u16(range_offset_at);
    for (std::uint32_t code = first; code <= last && code != 0xFFFF; ++code) {
      std::uint32_t glyph = 0;
      if (range_offset == 0) {
        glyph = (code + delta) & 0xFFFF;
      } else {
        // idRangeOffset counts bytes from its own position into glyphIdArray.
        const std::size_t at = range_offset_at + range_offset + (code - first) * 2;
        if (!table.contains(at, 2)) return false;
        glyph = table.u16(at);
        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
      }
      add_mapping(map, static_cast<char32_t>(code), glyph, glyph_count);
    }
  }
  return table.ok();
}

bool read_format_12(TrueTypeReader& table, std::size_t start, std::uint16_t glyph_count,
                    CharacterMap& map) {
  const std::uint32_t group_count = table.u32(start + 12);
  const std::size_t groups = start + 16;
  if (!table.ok() || group_count > table.size() / 12 || !table.contains(groups, group_count * 12))
    return false;
  for (std::size_t group = 0; group < group_count; ++group) {
    const std::size_t at = groups + group * 12;
    const std::uint32_t first = table.u32(at);
    const std::uint32_t last = std::min<std::uint32_t>(table.u32(at + 4), last_code_point);
    const std::uint32_t first_glyph = table.u32(at + 8);
    // Past the last glyph the group maps nothing more: stop there, so that a
    // lying group cannot make us enumerate millions of code points.
    for (std::uint32_t code = first; code <= last; ++code) {
      const std::uint64_t glyph = std::uint64_t{first_glyph} + (code - first);
      if (glyph >= glyph_count) break;
      if (map.size() > last_code_point) return false;  // more mappings than code points
      add_mapping(map, static_cast<char32_t>(code), static_cast<std::uint32_t>(glyph), glyph_count);
    }
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
  // Sorted for binary search; when segments overlap the first mapping wins.
  std::stable_sort(map.begin(), map.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  map.erase(std::unique(map.begin(), map.end(),
                        [](const auto& a, const auto& b) { return a.first == b.first; }),
            map.end());
  return true;
}

}  // namespace typeset
