#include "pdf/font_program.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <string_view>

#include "base/file_reading.hpp"
#include "base/system_errors.hpp"
#include "typeset/fonts.hpp"
#include "typeset/truetype.hpp"
#include "typeset/truetype_cmap.hpp"
#include "typeset/truetype_reader.hpp"

namespace pdf {
namespace {

// Far above any font we embed (DejaVu Sans: 740 KB before reduction).
constexpr std::size_t kMaxFontFileSize = std::size_t{64} << 20;

constexpr std::uint32_t tag(const char (&name)[5]) {
  return std::uint32_t{static_cast<unsigned char>(name[0])} << 24 |
         std::uint32_t{static_cast<unsigned char>(name[1])} << 16 |
         std::uint32_t{static_cast<unsigned char>(name[2])} << 8 |
         std::uint32_t{static_cast<unsigned char>(name[3])};
}

// The tables a FontFile2 holds (PDF 1.7, 9.9: head, hhea, loca, maxp, cvt,
// prep, glyf, hmtx, fpgm; with OS/2, name, post and a cmap as libharu wrote
// them), in tag order as the table directory wants. The layout tables
// (GPOS, GSUB, kern…) are of no use to a PDF reader.
constexpr std::uint32_t kCopiedTables[] = {tag("OS/2"), tag("cvt "), tag("fpgm"), tag("name"),
                                           tag("prep")};

std::span<const std::uint8_t> as_bytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

void put16(std::string& out, std::size_t at, unsigned value) {
  out[at] = static_cast<char>(value >> 8 & 0xFF);
  out[at + 1] = static_cast<char>(value & 0xFF);
}
void put32(std::string& out, std::size_t at, std::uint32_t value) {
  put16(out, at, value >> 16);
  put16(out, at + 2, value & 0xFFFF);
}
void append16(std::string& out, unsigned value) {
  out.push_back(static_cast<char>(value >> 8 & 0xFF));
  out.push_back(static_cast<char>(value & 0xFF));
}
void append32(std::string& out, std::uint32_t value) {
  append16(out, value >> 16);
  append16(out, value & 0xFFFF);
}

// The sum of a table's big-endian 32-bit words, zero-padded (OpenType's
// table checksum, and the whole file's for head.checkSumAdjustment).
std::uint32_t checksum(std::string_view data) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < data.size(); i += 4) {
    std::uint32_t word = 0;
    for (std::size_t k = 0; k < 4; ++k)
      word = word << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0u);
    sum += word;
  }
  return sum;
}

// The glyphs a composite glyph is made of, each reported with the offset
// of its index inside `glyph` (to renumber it). Simple glyphs have none.
template <typename Visit>
void for_each_component(std::string_view glyph, Visit visit) {
  typeset::TrueTypeReader reader(as_bytes(glyph));
  if (glyph.size() < 10 || reader.i16(0) >= 0) return;
  constexpr unsigned args_are_words = 0x0001, has_scale = 0x0008, more = 0x0020,
                     has_xy_scale = 0x0040, has_two_by_two = 0x0080;
  std::size_t at = 10;
  unsigned flags = 0;
  do {
    flags = reader.u16(at);
    const std::uint16_t component = reader.u16(at + 2);
    if (!reader.ok()) return;
    visit(component, at + 2);
    at += 4 + ((flags & args_are_words) ? 4 : 2);
    if (flags & has_scale)
      at += 2;
    else if (flags & has_xy_scale)
      at += 4;
    else if (flags & has_two_by_two)
      at += 8;
  } while (flags & more);
}

// A (3,1) format 4 cmap: each run of consecutive codes drawn by consecutive
// glyphs is one segment with a delta.
std::string format4_cmap(const std::vector<std::pair<char32_t, std::uint16_t>>& codes) {
  struct Segment {
    unsigned first, last;
    std::uint16_t first_glyph;
  };
  std::vector<Segment> segments;
  for (const auto& [code, glyph] : codes) {
    if (!segments.empty() && segments.back().last + 1 == code &&
        segments.back().first_glyph + (code - segments.back().first) == glyph)
      segments.back().last = static_cast<unsigned>(code);
    else
      segments.push_back({static_cast<unsigned>(code), static_cast<unsigned>(code), glyph});
  }
  segments.push_back({0xFFFF, 0xFFFF, 0});  // the required last segment (delta 1: glyph 0)
  const auto count = static_cast<unsigned>(segments.size());
  unsigned power = 1, selector = 0;
  while (power * 2 <= count) {
    power *= 2;
    ++selector;
  }
  std::string subtable;
  append16(subtable, 4);
  append16(subtable, 16 + 8 * count);  // length
  append16(subtable, 0);               // language
  append16(subtable, 2 * count);
  append16(subtable, 2 * power);
  append16(subtable, selector);
  append16(subtable, 2 * count - 2 * power);
  for (const Segment& segment : segments) append16(subtable, segment.last);
  append16(subtable, 0);  // reserved pad
  for (const Segment& segment : segments) append16(subtable, segment.first);
  for (const Segment& segment : segments) {
    const unsigned delta =
        segment.first == 0xFFFF ? 1u : (segment.first_glyph - segment.first) & 0xFFFFu;
    append16(subtable, delta);
  }
  for (std::size_t i = 0; i < segments.size(); ++i) append16(subtable, 0);  // idRangeOffset

  std::string cmap;
  append16(cmap, 0);  // version
  append16(cmap, 1);  // one subtable: Windows, Unicode BMP
  append16(cmap, 3);
  append16(cmap, 1);
  append32(cmap, 12);
  return cmap + subtable;
}

// Six capital letters from the glyphs kept (PDF 1.7, 9.6.4): two files
// with the same subset of a face name it alike, different subsets differ.
std::string subset_tag(const std::string& base_font, const std::vector<std::uint16_t>& glyphs) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a
  const auto mix = [&](unsigned byte) {
    hash ^= byte;
    hash *= 0x100000001b3ull;
  };
  for (const char c : base_font) mix(static_cast<unsigned char>(c));
  for (const std::uint16_t glyph : glyphs) {
    mix(glyph >> 8);
    mix(glyph & 0xFF);
  }
  std::string tag(6, 'A');
  for (char& letter : tag) {
    letter = static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  return tag;
}

}  // namespace

std::shared_ptr<const FontProgram> FontProgram::load(const std::string& path, std::string& error) {
  base::FileReadProblem problem;
  std::optional<std::string> bytes = base::read_whole_file(path, kMaxFontFileSize, problem);
  if (!bytes) {
    error = "impossible d'incorporer la police « " + path + " » : ";
    switch (problem.kind) {
      case base::FileReadProblem::Kind::folder:
        error += "c'est un dossier";
        break;
      case base::FileReadProblem::Kind::too_big:
        error += "fichier de plus de 64 Mo";
        break;
      default:
        error += base::french_reason(problem.error_number);
    }
    return nullptr;
  }
  return parse(std::move(*bytes), path, error);
}

std::shared_ptr<const FontProgram> FontProgram::parse(std::string bytes, const std::string& name,
                                                      std::string& error) {
  auto program = std::make_shared<FontProgram>();
  program->bytes_ = std::move(bytes);
  const auto fail = [&](const std::string& reason) {
    error = "impossible d'incorporer la police « " + name + " » : " + reason;
    return nullptr;
  };

  // Metrics and cmap as the layout reads them: the same parser, so the
  // glyphs embedded are the ones the layout measured.
  typeset::FontFace face;
  std::string reason;
  if (!typeset::TrueTypeParser::parse(as_bytes(program->bytes_), face, reason)) return fail(reason);
  program->cap_height_ = std::llround(face.metrics().cap_height * 1000);

  typeset::TrueTypeReader file(as_bytes(program->bytes_));
  const std::size_t table_count = file.u16(4);
  for (std::size_t i = 0; i < table_count; ++i) {
    const std::size_t record = 12 + i * 16;
    Table entry{file.u32(record), file.u32(record + 8), file.u32(record + 12)};
    if (!file.ok() || !file.contains(entry.offset, entry.length))
      return fail("table des tables invalide");
    program->tables_.push_back(entry);
  }
  std::sort(program->tables_.begin(), program->tables_.end(),
            [](const Table& a, const Table& b) { return a.tag < b.tag; });
  for (const std::uint32_t needed :
       {tag("head"), tag("hhea"), tag("maxp"), tag("hmtx"), tag("loca"), tag("glyf"), tag("cmap")})
    if (program->table(needed) == nullptr) return fail("une table nécessaire manque");

  const auto slice = [&](std::uint32_t which) {
    const Table* found = program->table(which);
    return file.slice(found->offset, found->length);
  };
  // What libharu refused when it embedded fonts itself: a licence that
  // forbids embedding (restricted), subsetting, or all but bitmaps.
  if (program->table(tag("OS/2")) != nullptr) {
    typeset::TrueTypeReader os2 = slice(tag("OS/2"));
    if (os2.u16(8) & (0x0002 | 0x0100 | 0x0200))
      return fail("la licence de la police interdit de l'incorporer au PDF");
  }
  typeset::TrueTypeReader head = slice(tag("head"));
  typeset::TrueTypeReader maxp = slice(tag("maxp"));
  typeset::TrueTypeReader hhea = slice(tag("hhea"));
  const bool long_offsets = head.i16(50) == 1;
  const std::uint16_t glyphs = maxp.u16(4);
  const std::uint16_t long_metrics = hhea.u16(34);
  // The subsets rewrite fields up to these sizes (head 54, hhea 36, maxp 6 bytes).
  if (!head.ok() || !maxp.ok() || !hhea.ok() || head.size() < 54 || hhea.size() < 36 ||
      glyphs == 0 || long_metrics == 0 || long_metrics > glyphs)
    return fail("en-têtes invalides");

  typeset::TrueTypeReader loca = slice(tag("loca"));
  const Table& glyf = *program->table(tag("glyf"));
  for (std::size_t glyph = 0; glyph <= glyphs; ++glyph) {
    const std::size_t offset = long_offsets ? loca.u32(4 * glyph) : 2u * loca.u16(2 * glyph);
    if (!program->glyph_offsets_.empty() && offset < program->glyph_offsets_.back())
      return fail("table « loca » invalide");
    program->glyph_offsets_.push_back(offset);
  }
  if (!loca.ok() || program->glyph_offsets_.back() > glyf.length)
    return fail("table « loca » invalide");
  for (std::size_t& offset : program->glyph_offsets_) offset += glyf.offset;

  typeset::TrueTypeReader hmtx = slice(tag("hmtx"));
  std::uint16_t advance = 0;
  for (std::size_t glyph = 0; glyph < glyphs; ++glyph) {
    if (glyph < long_metrics) {
      advance = hmtx.u16(4 * glyph);
      program->metrics_.emplace_back(advance, hmtx.i16(4 * glyph + 2));
    } else {
      program->metrics_.emplace_back(advance,
                                     hmtx.i16(4u * long_metrics + 2 * (glyph - long_metrics)));
    }
  }
  if (!hmtx.ok()) return fail("table « hmtx » invalide");

  if (!typeset::read_character_map(slice(tag("cmap")), glyphs, program->cmap_, reason))
    return fail(reason);
  return program;
}

const FontProgram::Table* FontProgram::table(std::uint32_t which) const {
  const auto found =
      std::lower_bound(tables_.begin(), tables_.end(), which,
                       [](const Table& t, std::uint32_t value) { return t.tag < value; });
  return found != tables_.end() && found->tag == which ? &*found : nullptr;
}

std::string FontProgram::table_bytes(std::uint32_t which) const {
  const Table* found = table(which);
  return found == nullptr ? std::string() : bytes_.substr(found->offset, found->length);
}

std::string_view FontProgram::glyph_data(std::uint16_t glyph) const {
  return std::string_view(bytes_).substr(glyph_offsets_[glyph],
                                         glyph_offsets_[glyph + 1u] - glyph_offsets_[glyph]);
}

std::uint16_t FontProgram::glyph_for(char32_t code_point) const {
  const auto found = std::lower_bound(cmap_.begin(), cmap_.end(), code_point,
                                      [](const std::pair<char32_t, std::uint16_t>& entry,
                                         char32_t code) { return entry.first < code; });
  return found != cmap_.end() && found->first == code_point ? found->second : 0;
}

FontSubset FontProgram::subset(const std::set<char32_t>& code_points,
                               const std::string& base_font) const {
  // Old glyph numbers in their new order, and the reverse map.
  std::vector<std::uint16_t> kept{0};
  std::map<std::uint16_t, std::uint16_t> renumbered{{0, 0}};
  const auto keep = [&](std::uint16_t glyph) {
    const auto [entry, added] =
        renumbered.try_emplace(glyph, static_cast<std::uint16_t>(kept.size()));
    if (added) kept.push_back(glyph);
    return entry->second;
  };
  std::vector<std::pair<char32_t, std::uint16_t>> codes;  // code → new glyph
  for (const char32_t code_point : code_points) {
    if (code_point > 0xFFFF) continue;  // libharu 2.3 shows the BMP only
    const std::uint16_t glyph = glyph_for(code_point);
    if (glyph == 0 || glyph >= glyph_count()) continue;
    codes.emplace_back(code_point, keep(glyph));
  }
  for (std::size_t i = 0; i < kept.size(); ++i)  // grows while components are found
    for_each_component(glyph_data(kept[i]), [&](std::uint16_t component, std::size_t) {
      if (component < glyph_count()) keep(component);
    });

  FontSubset subset;
  subset.base_font = base_font;
  subset.subset_name = subset_tag(base_font, kept) + "+" + base_font;
  subset.cap_height = cap_height_;

  // glyf and loca (long offsets), components renumbered.
  std::string glyf, loca;
  for (const std::uint16_t old : kept) {
    append32(loca, static_cast<std::uint32_t>(glyf.size()));
    std::string data(glyph_data(old));
    for_each_component(data, [&](std::uint16_t component, std::size_t at) {
      const auto found = renumbered.find(component);
      put16(data, at, found == renumbered.end() ? 0 : found->second);
    });
    glyf += data;
    glyf.append((4 - glyf.size() % 4) % 4, '\0');
  }
  append32(loca, static_cast<std::uint32_t>(glyf.size()));

  std::string hmtx;
  for (const std::uint16_t old : kept) {
    append16(hmtx, metrics_[old].first);
    append16(hmtx, static_cast<std::uint16_t>(metrics_[old].second));
  }
  const auto count = static_cast<unsigned>(kept.size());
  std::string head = table_bytes(tag("head"));
  put32(head, 8, 0);   // checkSumAdjustment, set once the file is whole
  put16(head, 50, 1);  // indexToLocFormat: long offsets
  std::string hhea = table_bytes(tag("hhea"));
  put16(hhea, 34, count);  // numberOfHMetrics
  std::string maxp = table_bytes(tag("maxp"));
  put16(maxp, 4, count);  // numGlyphs
  std::string post = table_bytes(tag("post"));
  if (post.size() >= 32) {  // version 3: no glyph names (they would be the old glyphs')
    post.resize(32);
    put32(post, 0, 0x00030000);
  }

  std::vector<std::pair<std::uint32_t, std::string>> tables = {
      {tag("cmap"), format4_cmap(codes)}, {tag("glyf"), std::move(glyf)},
      {tag("head"), std::move(head)},     {tag("hhea"), std::move(hhea)},
      {tag("hmtx"), std::move(hmtx)},     {tag("loca"), std::move(loca)},
      {tag("maxp"), std::move(maxp)}};
  if (!post.empty()) tables.emplace_back(tag("post"), std::move(post));
  for (const std::uint32_t copied : kCopiedTables)
    if (table(copied) != nullptr) tables.emplace_back(copied, table_bytes(copied));
  std::sort(tables.begin(), tables.end());

  // The file: offset table, table directory, tables 4-byte aligned.
  const auto table_count = static_cast<unsigned>(tables.size());
  unsigned power = 1, selector = 0;
  while (power * 2 <= table_count) {
    power *= 2;
    ++selector;
  }
  std::string& out = subset.program;
  append32(out, 0x00010000);
  append16(out, table_count);
  append16(out, 16 * power);
  append16(out, selector);
  append16(out, 16 * table_count - 16 * power);
  std::size_t offset = 12 + 16 * tables.size();
  std::size_t head_offset = 0;
  for (const auto& [table_tag, data] : tables) {
    append32(out, table_tag);
    append32(out, checksum(data));
    append32(out, static_cast<std::uint32_t>(offset));
    append32(out, static_cast<std::uint32_t>(data.size()));
    if (table_tag == tag("head")) head_offset = offset;
    offset += (data.size() + 3) / 4 * 4;
  }
  for (const auto& [table_tag, data] : tables) {
    out += data;
    out.append((4 - data.size() % 4) % 4, '\0');
  }
  put32(out, head_offset + 8, 0xB1B0AFBAu - checksum(out));

  // CID n is code n (libharu's UTF-8 fonts): the map sends each code shown to
  // its new glyph; the set lists CID 0 and the codes shown, exactly the CIDs
  // this program draws.
  const std::size_t highest = codes.empty() ? 0 : codes.back().first;
  subset.cid_to_gid_map.assign(2 * (highest + 1), '\0');
  subset.cid_set.assign(highest / 8 + 1, '\0');
  subset.cid_set[0] = static_cast<char>(0x80);
  for (const auto& [code, glyph] : codes) {
    put16(subset.cid_to_gid_map, 2 * code, glyph);
    subset.cid_set[code / 8] = static_cast<char>(subset.cid_set[code / 8] | (0x80 >> (code % 8)));
  }
  return subset;
}

std::shared_ptr<const FontProgram> FontProgramCache::get(const std::string& path,
                                                         std::string& error) {
  const std::lock_guard<std::mutex> lock(mutex_);
  std::shared_ptr<const FontProgram>& program = programs_[path];
  if (program == nullptr) program = FontProgram::load(path, error);
  return program;
}

}  // namespace pdf
