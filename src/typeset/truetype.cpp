#include "typeset/truetype.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

#include "typeset/truetype_cmap.hpp"
#include "typeset/truetype_reader.hpp"

namespace typeset {
namespace {

constexpr std::uint32_t truetype_outlines = 0x00010000;
constexpr std::uint32_t apple_truetype = 0x74727565;   // 'true'
constexpr std::uint32_t cff_outlines = 0x4F54544F;     // 'OTTO'
constexpr std::uint32_t font_collection = 0x74746366;  // 'ttcf'
constexpr std::uint32_t head_magic = 0x5F0F3CF5;
constexpr std::uint16_t use_typo_metrics = 1u << 7;  // OS/2 fsSelection bit 7

struct TableRecord {
  std::string tag;
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
};

std::string quoted(const std::string& tag) {
  // Tags such as "cvt " end with a space; « cvt » reads better.
  std::string trimmed = tag;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
  return "« " + trimmed + " »";
}

bool is_printable_tag(const std::string& tag) {
  for (char c : tag) {
    if (c < 0x20 || c > 0x7E) return false;
  }
  return true;
}

// The table directory: where each table lives, every one checked to lie
// wholly inside the file (a truncated file fails here, before any table read).
bool read_directory(TrueTypeReader& file, std::vector<TableRecord>& tables, std::string& reason) {
  if (file.size() < 12) {
    reason = "fichier trop court pour être une police TrueType (" + std::to_string(file.size()) +
             " octets)";
    return false;
  }
  const std::uint32_t version = file.u32(0);
  if (version == cff_outlines) {
    reason = "police OpenType à contours CFF non prise en charge (il faut une police TrueType)";
    return false;
  }
  if (version == font_collection) {
    reason = "collection de polices (.ttc) non prise en charge : extraire une seule police";
    return false;
  }
  if (version != truetype_outlines && version != apple_truetype) {
    reason = "ce fichier n’est pas une police TrueType (signature inconnue)";
    return false;
  }
  const std::size_t count = file.u16(4);
  if (count == 0) {
    reason = "la police ne contient aucune table";
    return false;
  }
  if (!file.contains(12, count * 16)) {
    reason = "répertoire des tables tronqué (fichier tronqué ?)";
    return false;
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + i * 16;
    std::string tag;
    for (std::size_t c = 0; c < 4; ++c) tag.push_back(static_cast<char>(file.u8(record + c)));
    TableRecord table{tag, file.u32(record + 8), file.u32(record + 12)};
    if (!is_printable_tag(tag)) {
      reason = "répertoire des tables illisible (nom de table invalide)";
      return false;
    }
    if (!file.contains(table.offset, table.length)) {
      reason = "la table " + quoted(tag) + " dépasse la fin du fichier (fichier tronqué ?)";
      return false;
    }
    tables.push_back(std::move(table));
  }
  return file.ok();
}

class Tables {
 public:
  Tables(TrueTypeReader file, std::vector<TableRecord> records)
      : file_(file), records_(std::move(records)) {}

  std::optional<TrueTypeReader> find(const std::string& tag) {
    for (const TableRecord& record : records_) {
      if (record.tag == tag) return file_.slice(record.offset, record.length);
    }
    return std::nullopt;
  }

  // A table the layout cannot do without, at least `minimum_length` long.
  std::optional<TrueTypeReader> require(const std::string& tag, std::size_t minimum_length,
                                        std::string& reason) {
    std::optional<TrueTypeReader> table = find(tag);
    if (!table) {
      reason = "table " + quoted(tag) + " absente";
    } else if (table->size() < minimum_length) {
      reason = "table " + quoted(tag) + " tronquée (" + std::to_string(table->size()) +
               " octets au lieu d’au moins " + std::to_string(minimum_length) + ")";
      table.reset();
    }
    return table;
  }

 private:
  TrueTypeReader file_;
  std::vector<TableRecord> records_;
};

// Name id 6, the PostScript name: printable ASCII by definition.
std::string read_postscript_name(TrueTypeReader name) {
  const std::size_t count = name.u16(2);
  const std::size_t strings = name.u16(4);
  int best_rank = 0;
  std::string best;
  for (std::size_t i = 0; i < count && name.ok(); ++i) {
    const std::size_t record = 6 + i * 12;
    const std::uint16_t platform = name.u16(record);
    const std::uint16_t encoding = name.u16(record + 2);
    const std::uint16_t id = name.u16(record + 6);
    const std::size_t length = name.u16(record + 8);
    const std::size_t offset = strings + name.u16(record + 10);
    if (id != 6 || !name.ok() || !name.contains(offset, length)) continue;
    const bool utf16 = platform == 3 || platform == 0;
    const int rank = platform == 3 && encoding == 1 ? 3 : platform == 0 ? 2 : platform == 1 ? 1 : 0;
    if (rank <= best_rank) continue;
    std::string text;
    const std::size_t step = utf16 ? 2 : 1;
    for (std::size_t at = 0; at + step <= length; at += step) {
      const std::uint32_t unit = utf16 ? name.u16(offset + at) : name.u8(offset + at);
      if (unit > 32 && unit < 127) text.push_back(static_cast<char>(unit));
    }
    if (!text.empty()) {
      best_rank = rank;
      best = std::move(text);
    }
  }
  return best;
}

// Where glyph outlines are found: what `head` and `maxp` say about `loca`.
struct OutlineIndex {
  bool long_loca_offsets = false;
  std::uint16_t glyph_count = 0;
};

// The top of a glyph's bounding box (font units), from `loca` and `glyf`:
// what cap and x heights are when an old OS/2 table does not say.
std::optional<int> glyph_top(Tables& tables, OutlineIndex outlines, std::uint16_t glyph) {
  const bool long_offsets = outlines.long_loca_offsets;
  std::optional<TrueTypeReader> loca = tables.find("loca");
  std::optional<TrueTypeReader> glyf = tables.find("glyf");
  if (!loca || !glyf || glyph == 0 || glyph >= outlines.glyph_count) return std::nullopt;
  const std::size_t start =
      long_offsets ? std::size_t{loca->u32(glyph * 4u)} : std::size_t{loca->u16(glyph * 2u)} * 2;
  const std::size_t end = long_offsets ? std::size_t{loca->u32(glyph * 4u + 4)}
                                       : std::size_t{loca->u16(glyph * 2u + 2)} * 2;
  if (!loca->ok() || end <= start || !glyf->contains(start, 10)) return std::nullopt;
  const int top = glyf->i16(start + 8);  // yMax
  if (top <= 0) return std::nullopt;     // not a letter standing on the baseline
  return top;
}

std::optional<std::uint16_t> glyph_of(const CharacterMap& map, char32_t code_point) {
  const auto found = std::lower_bound(map.begin(), map.end(), code_point,
                                      [](const std::pair<char32_t, std::uint16_t>& entry,
                                         char32_t code) { return entry.first < code; });
  if (found == map.end() || found->first != code_point) return std::nullopt;
  return found->second;
}

// Ascender, descender and line gap from `hhea`, or from OS/2's typo metrics
// when the font asks for them; cap and x heights from OS/2 version 2 and up,
// else from the tops of H and x.
bool read_vertical_metrics(Tables& tables, TrueTypeReader hhea, OutlineIndex outlines, double em,
                           const CharacterMap& cmap, FaceMetrics& metrics, std::string& reason) {
  int ascender = hhea.i16(4);
  int descender = hhea.i16(6);
  int line_gap = hhea.i16(8);
  std::optional<int> cap_height;
  std::optional<int> x_height;
  if (std::optional<TrueTypeReader> os2 = tables.find("OS/2"); os2 && os2->size() >= 78) {
    if (os2->u16(62) & use_typo_metrics) {
      ascender = os2->i16(68);
      descender = os2->i16(70);
      line_gap = os2->i16(72);
    }
    if (os2->u16(0) >= 2 && os2->size() >= 90) {
      if (const int x = os2->i16(86); x > 0) x_height = x;
      if (const int cap = os2->i16(88); cap > 0) cap_height = cap;
    }
  }
  if (!cap_height) {
    if (auto glyph = glyph_of(cmap, U'H')) {
      cap_height = glyph_top(tables, outlines, *glyph);
    }
  }
  if (!x_height) {
    if (auto glyph = glyph_of(cmap, U'x')) {
      x_height = glyph_top(tables, outlines, *glyph);
    }
  }
  if (ascender <= 0) {
    reason = "métriques verticales invalides (hauteur au-dessus de la ligne de base : " +
             std::to_string(ascender) + ")";
    return false;
  }
  metrics.ascender = ascender / em;
  metrics.descender = -std::abs(descender) / em;  // some fonts store it positive
  metrics.line_gap = std::max(line_gap, 0) / em;
  if (cap_height) metrics.cap_height = *cap_height / em;
  if (x_height) metrics.x_height = *x_height / em;
  return true;
}

}  // namespace

bool TrueTypeParser::parse(std::span<const std::uint8_t> bytes, FontFace& face,
                           std::string& reason) {
  TrueTypeReader file(bytes);
  std::vector<TableRecord> records;
  if (!read_directory(file, records, reason)) return false;
  Tables tables(file, std::move(records));

  std::optional<TrueTypeReader> head = tables.require("head", 54, reason);
  if (!head) return false;
  if (head->u32(12) != head_magic) {
    reason = "table « head » invalide (nombre magique incorrect)";
    return false;
  }
  const std::uint16_t units_per_em = head->u16(18);
  if (units_per_em < 16 || units_per_em > 16384) {
    reason = "nombre d’unités par em invalide (" + std::to_string(units_per_em) + ")";
    return false;
  }
  const bool long_loca_offsets = head->i16(50) == 1;

  std::optional<TrueTypeReader> maxp = tables.require("maxp", 6, reason);
  if (!maxp) return false;
  const std::uint16_t glyph_count = maxp->u16(4);
  if (glyph_count == 0) {
    reason = "la police ne contient aucun glyphe (table « maxp »)";
    return false;
  }

  std::optional<TrueTypeReader> hhea = tables.require("hhea", 36, reason);
  if (!hhea) return false;
  const std::uint16_t metric_count = hhea->u16(34);
  if (metric_count == 0 || metric_count > glyph_count) {
    reason = "table « hhea » incohérente (" + std::to_string(metric_count) +
             " métriques horizontales pour " + std::to_string(glyph_count) + " glyphes)";
    return false;
  }

  std::optional<TrueTypeReader> hmtx =
      tables.require("hmtx", std::size_t{metric_count} * 4, reason);
  if (!hmtx) return false;
  face.advances_.assign(glyph_count, 0);
  for (std::size_t glyph = 0; glyph < glyph_count; ++glyph) {
    // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
    const std::size_t record = std::min<std::size_t>(glyph, metric_count - 1u);
    face.advances_[glyph] = hmtx->u16(record * 4);
  }

  std::optional<TrueTypeReader> cmap = tables.require("cmap", 4, reason);
  if (!cmap) return false;
  if (!read_character_map(*cmap, glyph_count, face.cmap_, reason)) return false;
  face.index_direct_glyphs();

  face.units_per_em_ = units_per_em;
  const OutlineIndex outlines{long_loca_offsets, glyph_count};
  if (!read_vertical_metrics(tables, *hhea, outlines, units_per_em, face.cmap_, face.metrics_,
                             reason)) {
    return false;
  }

  if (std::optional<TrueTypeReader> gpos = tables.find("GPOS")) {
    face.kerning_ = PairKerning::read(*gpos, glyph_count);
  }
  if (std::optional<TrueTypeReader> name = tables.find("name"); name && name->size() >= 6) {
    face.postscript_name_ = read_postscript_name(*name);
  }
  return true;
}

}  // namespace typeset
