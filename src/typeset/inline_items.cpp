#include "typeset/inline_items.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "base/message_text.hpp"
#include "base/utf8.hpp"
#include "typeset/french_spacing.hpp"
#include "typeset/hyphenation.hpp"
#include "typeset/latin_letters.hpp"
#include "typeset/paragraph_cache.hpp"
#include "typeset/word_kind.hpp"

namespace typeset {

double PreparedGlyph::advance_em(const FontLibrary& fonts) const {
  if (code_point == kNarrowNoBreakSpace) return kNarrowSpaceEm;
  return advance_units / fonts.face(face).units_per_em();
}

namespace {

// Costs, on TeX's scale. Hyphens cost far more than TeX's 50: a slightly
// looser line is better than a cut word (350 is what a line of badness ~340
// costs; the 2026-2027 brochure had 38 hyphenated line ends at 100, 35 at
// 350; at 400 T2612's flyer no longer holds on one page). Existing hyphens,
// slashes between words and in URLs are natural places to break. Emergency
// breaks exist only in words wider than the measure.
constexpr double kHyphenPenalty = 350;
constexpr double kExplicitHyphenPenalty = 50;
constexpr double kUrlBreakPenalty = 50;
constexpr double kSlashBreakPenalty = 50;
constexpr double kEmergencyPenalty = 5000;

constexpr char32_t kReplacementGlyph = U'?';

// Pair kerning smaller than this is left out: a quarter of a point at 10 pt,
// hardly visible on paper, while each applied pair costs the PDF a glyph run
// of its own (libharu shows text, not positioned glyphs): all of Carlito's
// pairs would add 55 KB to the brochure, these 5 KB. What it keeps are the
// pairs the eye sees: ’a ’é, r. r, Te Tu P. At, fe xe.
constexpr double kSmallestKernEm = 0.025;

// One character, resolved for this paragraph's size and colour.
struct Glyph {
  PreparedGlyph prepared;
  double size = 0;
  double rise = 0;
  // The paragraph style's text or link colour: pointed at, not copied (a
  // colour is 64 bytes, and every glyph of every paragraph set has one).
  const Color* color = nullptr;
  double width = 0;
};

// A word and its separator, with what only the measure decides.
struct Word {
  PreparedWord prepared;
  bool separator_breakable_in_emergency = false;
};

FontStyle style_of(const InlineRun& run, FontStyle base) {
  const int base_bits = static_cast<int>(base);
  const bool italic = run.italic || (base_bits & 1) != 0;
  const bool bold = run.bold || (base_bits & 2) != 0;
  return static_cast<FontStyle>((italic ? 1 : 0) | (bold ? 2 : 0));
}

bool is_hyphen_character(char32_t c) {
  return c == U'-' || c == U'\u2010' || c == U'\u2013';
}

// The size-independent part: characters, faces, words and break points.
class Preparer {
 public:
  Preparer(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
           const TextContext& context)
      : runs_(runs), style_(style), context_(context) {}

  PreparedText prepare() {
    resolve_glyphs();
    split_words();
    // The last word of the paragraph, and the last before a forced break,
    // keep whole: a fragment alone on a line reads badly, above all in a cell.
    for (std::size_t w = 0; w < prepared_.words.size(); ++w) {
      PreparedWord& word = prepared_.words[w];
      word.keep_whole = w + 1 == prepared_.words.size() ||
                        (word.has_separator && word.separator == SeparatorKind::forced);
      find_breaks(word);
      kern(word);
    }
    return std::move(prepared_);
  }

 private:
  void report(int run, base::Severity severity, std::string message) {
    const base::SourcePosition position =
        run >= 0 ? runs_[static_cast<std::size_t>(run)].position : base::SourcePosition{};
    prepared_.problems.push_back({severity, context_.source_file, position, std::move(message)});
  }

  void report_missing(int run, char32_t missing) {
    const std::string character = fmt::format(
        "le caractère « {} » (U+{:04X}) n'existe dans "
        "aucune police",
        base::utf8::encode(std::u32string(1, missing)), static_cast<std::uint32_t>(missing));
    switch (context_.missing_characters) {
      case MissingCharacters::refuse:
        report(run, base::Severity::error, character);
        return;
      case MissingCharacters::replace:
        report(run, base::Severity::warning, character + " ; il est remplacé par « ? »");
        return;
      case MissingCharacters::replace_quietly:
        return;
    }
  }

  std::vector<SpacedCharacter> characters() const {
    std::vector<SpacedCharacter> characters;
    for (std::size_t r = 0; r < runs_.size(); ++r) {
      const int tag = static_cast<int>(r);
      if (runs_[r].line_break) {
        characters.push_back({kLineSeparator, tag});
        continue;
      }
      for (char32_t c : base::utf8::decode_all(runs_[r].text)) {
        if (c == U'\t' || c == U'\n' || c == U'\r') c = U' ';
        if (c == U'\u00AD') continue;  // soft hyphens: hyphenation finds the points itself
        characters.push_back({c, tag});
      }
    }
    return characters;
  }

  void resolve_glyphs() {
    const FontLibrary& fonts = *context_.fonts;
    for (const SpacedCharacter& character : apply_french_spacing(characters())) {
      const InlineRun& run = runs_[static_cast<std::size_t>(character.tag)];
      PreparedGlyph glyph;
      glyph.code_point = character.code_point;
      glyph.run = static_cast<std::uint32_t>(character.tag);
      glyph.keep_with_next = character.keep_with_next;
      const FontStyle font_style = style_of(run, style_.base_style);
      // Spaces are measured in the face of an ordinary space: no-break spaces
      // are gaps, and many faces have no glyph for them.
      const char32_t drawn = is_space_like(glyph.code_point) ? U' ' : glyph.code_point;
      std::optional<FaceId> face = fonts.face_for(style_.family, font_style, drawn);
      if (!face) {
        report_missing(glyph.run, drawn);
        glyph.code_point = kReplacementGlyph;
        face = fonts.face_for(style_.family, font_style, kReplacementGlyph);
      }
      const FaceId resolved = face.value_or(fonts.face_count() > 0 ? 0 : -1);
      if (resolved < 0) continue;  // a library without faces: nothing can be set
      glyph.face = static_cast<std::int16_t>(resolved);  // FontLibrary::kMaxFaces
      // A narrow no-break space is sized by advance_em(), not by the face.
      if (glyph.code_point != kNarrowNoBreakSpace) {
        glyph.advance_units =
            fonts.face(resolved).advance_units(drawn == U' ' ? U' ' : glyph.code_point);
      }
      glyphs().push_back(glyph);
    }
  }

  std::vector<PreparedGlyph>& glyphs() { return prepared_.glyphs; }
  std::vector<PreparedWord>& words() { return prepared_.words; }

  static SeparatorKind separator_kind(const PreparedGlyph& glyph) {
    switch (glyph.code_point) {
      case kLineSeparator:
        return SeparatorKind::forced;
      case kNarrowNoBreakSpace:
      case U'\u2009':
        return SeparatorKind::narrow;
      case kNoBreakSpace:
        return SeparatorKind::tie;
      default:
        return glyph.keep_with_next ? SeparatorKind::tie : SeparatorKind::space;
    }
  }

  // Words and the separators between them; runs of spaces collapse to the
  // strongest (a forced break wins, then a tie); none before the first word
  // or after the last. Two forced breaks in a row keep the blank line between.
  void split_words() {
    bool has_pending = false;  // (not std::optional: GCC 12 warns falsely on it here)
    SeparatorKind pending = SeparatorKind::space;
    std::size_t pending_glyph = 0;
    const auto ends_with_forced_break = [&] {
      return !words().empty() && words().back().has_separator &&
             words().back().separator == SeparatorKind::forced;
    };
    std::size_t i = 0;
    while (i < glyphs().size()) {
      if (!is_space_like(glyphs()[i].code_point)) {
        if (has_pending && !words().empty() && !ends_with_forced_break()) {
          set_separator(words().back(), pending, pending_glyph);
        }
        has_pending = false;
        PreparedWord word{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i)};
        while (word.end < glyphs().size() && !is_space_like(glyphs()[word.end].code_point)) {
          ++word.end;
        }
        words().push_back(word);
        i = word.end;
        continue;
      }
      const SeparatorKind kind = separator_kind(glyphs()[i]);
      if (kind == SeparatorKind::forced && !words().empty()) {
        if (ends_with_forced_break()) {  // a blank line
          words().push_back(
              PreparedWord{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i)});
        }
        set_separator(words().back(), kind, i);
        has_pending = false;
      } else if (kind != SeparatorKind::forced && (!has_pending || kind > pending)) {
        has_pending = true;
        pending = kind;
        pending_glyph = i;
      }
      ++i;
    }
    // Forced breaks at the end would only add empty lines.
    while (!words().empty() && ends_with_forced_break()) {
      words().back().has_separator = false;
      if (words().back().begin == words().back().end) words().pop_back();
    }
  }

  static void set_separator(PreparedWord& word, SeparatorKind kind, std::size_t glyph) {
    word.has_separator = true;
    word.separator = kind;
    word.separator_glyph = static_cast<std::uint32_t>(glyph);
  }

  std::u32string text_of(std::size_t begin, std::size_t end) {
    std::u32string text;
    for (std::size_t k = begin; k < end; ++k) text.push_back(glyphs()[k].code_point);
    return text;
  }

  // URLs break after a slash (not inside "//") or before a dot, and nothing
  // is added there; never in the scheme ("https://") nor right after it.
  // E-mail addresses do not break at all (only in emergency).
  void find_url_breaks(const PreparedWord& word, const std::u32string& text) {
    std::vector<PreparedGlyph>& glyph = glyphs();
    if (looks_like_email(text)) return;
    const std::u32string_view core = strip_surrounding_punctuation(text);
    const std::size_t core_begin = word.begin + static_cast<std::size_t>(core.data() - text.data());
    const std::size_t core_end = core_begin + core.size();
    const std::size_t scheme = core.find(U"://");
    const std::size_t first_break =
        core_begin + (scheme == std::u32string_view::npos ? 0 : scheme + 3) + 1;
    for (std::size_t k = first_break; k + 1 < core_end; ++k) {
      const char32_t c = glyph[k].code_point;
      const char32_t next = glyph[k + 1].code_point;
      const bool after_slash = c == U'/' && next != U'/';
      const bool before_dot = next == U'.' && c != U'/';
      if (after_slash || before_dot) glyph[k].break_after = BreakKind::url;
    }
  }

  // Where the word may break: existing hyphens and slashes between letters,
  // and hyphenation points — except in the words French typography does not
  // cut: proper names (a capital first), titles set in italics, numbers (and
  // the paragraph's last word unless it must: see PreparedWord::keep_whole).
  void find_breaks(const PreparedWord& word) {
    if (word.end - word.begin < 2) return;
    std::vector<PreparedGlyph>& glyph = glyphs();
    const std::u32string text = text_of(word.begin, word.end);
    if (looks_like_url(text)) {
      find_url_breaks(word, text);
      return;
    }
    const bool proper_name = starts_with_capital(text);
    for (std::size_t k = word.begin + 1; k + 2 < word.end && !proper_name; ++k) {
      const bool between_letters = !glyph[k].keep_with_next && is_letter(glyph[k - 1].code_point) &&
                                   is_letter(glyph[k + 1].code_point);
      if (!between_letters) continue;
      if (is_hyphen_character(glyph[k].code_point)) {
        glyph[k].break_after = BreakKind::explicit_hyphen;
      } else if (glyph[k].code_point == U'/') {  // tuteur/tutrice; dates are tied
        glyph[k].break_after = BreakKind::slash;
      }
    }
    if (!style_.hyphenate || context_.hyphenator == nullptr || proper_name) return;
    const auto italic = [&](std::size_t k) {
      return (static_cast<int>(
                  style_of(runs_[static_cast<std::size_t>(glyph[k].run)], style_.base_style)) &
              1) != 0;
    };
    const std::string utf8 = base::utf8::encode(text);
    std::size_t offset = 0;
    std::size_t k = word.begin;
    for (std::size_t point : context_.hyphenator->break_points(utf8)) {
      while (k < word.end && offset < point) {
        offset += base::utf8::encoded_length(glyph[k].code_point);
        ++k;
      }
      if (offset == point && k > word.begin && !glyph[k - 1].keep_with_next && !italic(k - 1)) {
        glyph[k - 1].break_after = BreakKind::hyphenation;
      }
    }
  }

  // Pair kerning between neighbours of one run in one face; none across a
  // change of run (a superscript, a link, italics) or of face (a fallback).
  void kern(const PreparedWord& word) {
    const FontLibrary& fonts = *context_.fonts;
    for (std::size_t k = word.begin; k + 1 < word.end; ++k) {
      PreparedGlyph& left = glyphs()[k];
      const PreparedGlyph& right = glyphs()[k + 1];
      if (left.face != right.face || left.run != right.run) continue;
      const double kern = fonts.face(left.face).kerning(left.code_point, right.code_point);
      if (std::abs(kern) >= kSmallestKernEm) {
        left.kern = static_cast<std::int16_t>(std::lround(kern * PreparedGlyph::kKernUnitsPerEm));
      }
    }
  }

  const std::vector<InlineRun>& runs_;
  const ParagraphStyle& style_;
  const TextContext& context_;
  PreparedText prepared_;
};

// The part that depends on the size and the measure: widths, emergency
// breaks in words wider than the measure, and the breaker's items.
class Builder {
 public:
  Builder(const PreparedText& prepared, const std::vector<InlineRun>& runs,
          const ParagraphStyle& style, double width, const TextContext& context)
      : runs_(runs), style_(style), width_(width), context_(context) {
    glyphs_.reserve(prepared.glyphs.size());
    for (const PreparedGlyph& source : prepared.glyphs) {
      const InlineRun& run = runs_[static_cast<std::size_t>(source.run)];
      Glyph glyph;
      glyph.prepared = source;
      glyph.size = run.superscript ? style_.size * kSuperscriptScale : style_.size;
      glyph.rise = run.superscript ? style_.size * kSuperscriptRiseEm : 0;
      glyph.color = run.link.empty() ? &style_.color : &style_.link_color;
      glyph.width = (source.advance_em(*context_.fonts) + source.kern_em()) * glyph.size;
      glyphs_.push_back(glyph);
    }
    words_.reserve(prepared.words.size());
    for (const PreparedWord& word : prepared.words) words_.push_back({word, false});
  }

  InlineContent build() {
    check_widths();
    // Room for what a paragraph usually makes (a box and a break or two per
    // word, a separator after it), so that the pieces are not moved as the
    // vectors grow: 2 % of a run's work went to that.
    const std::size_t expected = glyphs_.size() + words_.size() + 1;
    content_.items.reserve(expected);
    content_.pieces.reserve(expected);
    emit();
    return std::move(content_);
  }

 private:
  void report(int run, std::string message) const {
    if (context_.diagnostics == nullptr) return;
    const base::SourcePosition position =
        run >= 0 ? runs_[static_cast<std::size_t>(run)].position : base::SourcePosition{};
    context_.diagnostics->warning(context_.source_file, position, std::move(message));
  }

  PreparedGlyph& at(std::size_t k) { return glyphs_[k].prepared; }

  std::u32string text_of(std::size_t begin, std::size_t end) const {
    std::u32string text;
    for (std::size_t k = begin; k < end; ++k) text.push_back(glyphs_[k].prepared.code_point);
    return text;
  }

  double width_of(std::size_t begin, std::size_t end) const {
    double width = 0;
    for (std::size_t k = begin; k < end; ++k) width += glyphs_[k].width;
    return width;
  }

  // A word wider than the measure is cut where it can be (existing breaks),
  // else between any two characters of each piece still too wide; a chain of
  // tied words wider than the measure may break at its ties.
  void check_widths() {
    std::size_t chain_begin = 0;
    double chain_width = 0;
    for (std::size_t w = 0; w < words_.size(); ++w) {
      const PreparedWord& word = words_[w].prepared;
      const double word_width = width_of(word.begin, word.end);
      if (word_width > width_ + 1e-9) {
        cut_wide_word(word, word_width);
      } else if (word.keep_whole) {
        for (std::size_t k = word.begin; k < word.end; ++k) {
          if (at(k).break_after == BreakKind::hyphenation) at(k).break_after = BreakKind::none;
        }
      }
      chain_width += word_width;
      const bool tied = word.has_separator && (word.separator == SeparatorKind::tie ||
                                               word.separator == SeparatorKind::narrow);
      if (tied) {
        chain_width += glyphs_[word.separator_glyph].width;
        continue;
      }
      if (chain_width > width_ + 1e-9) {
        for (std::size_t t = chain_begin; t < w; ++t) {
          words_[t].separator_breakable_in_emergency = true;
        }
      }
      chain_begin = w + 1;
      chain_width = 0;
    }
  }

  void cut_wide_word(const PreparedWord& word, double word_width) {
    bool cut_between_letters = false;
    std::size_t piece_begin = word.begin;
    for (std::size_t k = word.begin; k < word.end; ++k) {
      const bool piece_ends = k + 1 == word.end || at(k).break_after != BreakKind::none;
      if (!piece_ends) continue;
      // A piece ending a line loses the kerning toward the next glyph.
      const double piece_width = width_of(piece_begin, k + 1) - at(k).kern_em() * glyphs_[k].size;
      if (piece_width > width_ + 1e-9) {
        for (std::size_t j = piece_begin; j < k; ++j) {
          if (at(j).break_after == BreakKind::none) at(j).break_after = BreakKind::emergency;
        }
        cut_between_letters = true;
      }
      piece_begin = k + 1;
    }
    const std::u32string text = text_of(word.begin, word.end);
    const bool url = looks_like_url(text);
    if (url && !cut_between_letters) return;  // URLs are meant to break after / . -
    report(at(word.begin).run,
           fmt::format("{} {} est plus large que la colonne ({:.1f} pt pour {:.1f} pt) ; il est "
                       "coupé {}",
                       url ? "l'adresse" : "le mot", base::in_guillemets(base::utf8::encode(text)),
                       word_width, width_,
                       cut_between_letters ? "entre deux lettres" : "à une césure"));
  }

  InlinePiece piece_for(const Glyph& glyph, InlinePiece::Kind kind) const {
    InlinePiece piece;
    piece.kind = kind;
    piece.face = glyph.prepared.face;
    piece.size = glyph.size;
    piece.rise = glyph.rise;
    piece.color = *glyph.color;
    piece.run = glyph.prepared.run;
    return piece;
  }

  void push(BreakItem item, InlinePiece piece) {
    content_.items.push_back(item);
    content_.pieces.push_back(std::move(piece));
  }

  static bool same_style(const Glyph& a, const Glyph& b) {
    return a.prepared.face == b.prepared.face && a.size == b.size && a.rise == b.rise &&
           (a.color == b.color || *a.color == *b.color) && a.prepared.run == b.prepared.run;
  }

  // The face that draws the hyphen added after `glyph`: its own if it can.
  FaceId hyphen_face(const Glyph& glyph) const {
    const FontLibrary& fonts = *context_.fonts;
    if (fonts.face(glyph.prepared.face).covers(U'-')) return glyph.prepared.face;
    const InlineRun& run = runs_[static_cast<std::size_t>(glyph.prepared.run)];
    return fonts.face_for(style_.family, style_of(run, style_.base_style), U'-')
        .value_or(glyph.prepared.face);
  }

  // A line ending after `glyph` loses the kerning toward the next glyph,
  // which the box's width counted: the break's width gives it back.
  void emit_break(const Glyph& glyph) {
    const double unkern = -glyph.prepared.kern_em() * glyph.size;
    switch (glyph.prepared.break_after) {
      case BreakKind::none:
        return;
      case BreakKind::hyphenation: {
        InlinePiece piece = piece_for(glyph, InlinePiece::Kind::hyphen_break);
        piece.face = hyphen_face(glyph);
        piece.text.assign(1, '-');
        const double width = context_.fonts->face(piece.face).advance(U'-') * glyph.size;
        push(BreakItem::hyphen(kHyphenPenalty, width + unkern), std::move(piece));
        return;
      }
      case BreakKind::explicit_hyphen:
        push(BreakItem::penalty_item(kExplicitHyphenPenalty, unkern, true),
             piece_for(glyph, InlinePiece::Kind::plain_break));
        return;
      case BreakKind::slash:
        push(BreakItem::penalty_item(kSlashBreakPenalty, unkern),
             piece_for(glyph, InlinePiece::Kind::plain_break));
        return;
      case BreakKind::url:
        push(BreakItem::penalty_item(kUrlBreakPenalty, unkern),
             piece_for(glyph, InlinePiece::Kind::plain_break));
        return;
      case BreakKind::emergency:
        push(BreakItem::penalty_item(kEmergencyPenalty, unkern),
             piece_for(glyph, InlinePiece::Kind::plain_break));
        return;
    }
  }

  void emit_word(const PreparedWord& word) {
    std::size_t box_begin = word.begin;
    for (std::size_t k = word.begin; k < word.end; ++k) {
      const bool last = k + 1 == word.end;
      const bool style_changes = !last && !same_style(glyphs_[k], glyphs_[k + 1]);
      const bool kerned = glyphs_[k].prepared.kern != 0;
      if (!last && !style_changes && !kerned &&
          glyphs_[k].prepared.break_after == BreakKind::none) {
        continue;
      }
      InlinePiece piece = piece_for(glyphs_[box_begin], InlinePiece::Kind::text);
      piece.text = base::utf8::encode(text_of(box_begin, k + 1));
      piece.kern_after = glyphs_[k].prepared.kern_em() * glyphs_[k].size;
      push(BreakItem::box(width_of(box_begin, k + 1)), std::move(piece));
      if (!last) emit_break(glyphs_[k]);
      box_begin = k + 1;
    }
  }

  void emit_separator(const Word& word) {
    const Glyph& glyph = glyphs_[word.prepared.separator_glyph];
    const double space = glyph.width;
    const BreakItem tie_penalty = BreakItem::penalty_item(
        word.separator_breakable_in_emergency ? kEmergencyPenalty : kInfinitePenalty);
    switch (word.prepared.separator) {
      case SeparatorKind::space:
        push(BreakItem::glue(space, space / 2, space / 3),
             piece_for(glyph, InlinePiece::Kind::space));
        return;
      case SeparatorKind::tie:
        push(tie_penalty, piece_for(glyph, InlinePiece::Kind::plain_break));
        push(BreakItem::glue(space, space / 2, space / 3),
             piece_for(glyph, InlinePiece::Kind::gap));
        return;
      case SeparatorKind::narrow:
        push(tie_penalty, piece_for(glyph, InlinePiece::Kind::plain_break));
        push(BreakItem::glue(space, 0, 0), piece_for(glyph, InlinePiece::Kind::gap));
        return;
      case SeparatorKind::forced:
        push(BreakItem::fill_glue(), piece_for(glyph, InlinePiece::Kind::gap));
        push(BreakItem::penalty_item(kForcedBreak),
             piece_for(glyph, InlinePiece::Kind::forced_break));
        return;
    }
  }

  void emit() {
    if (words_.empty()) return;
    if (style_.first_line_indent > 0) {
      push(BreakItem::box(style_.first_line_indent), InlinePiece{});
    }
    for (const Word& word : words_) {
      emit_word(word.prepared);
      if (word.prepared.has_separator) emit_separator(word);
    }
  }

  const std::vector<InlineRun>& runs_;
  const ParagraphStyle& style_;
  double width_;
  const TextContext& context_;
  std::vector<Glyph> glyphs_;
  std::vector<Word> words_;
  InlineContent content_;
};

}  // namespace

InlineContent build_inline_content(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                                   double width, const TextContext& context) {
  if (context.fonts == nullptr || context.fonts->face_count() == 0) return {};
  const PreparedText* prepared =
      context.cache != nullptr ? context.cache->find(runs, style, context.source_file) : nullptr;
  PreparedText fresh;
  if (prepared == nullptr) {
    fresh = Preparer(runs, style, context).prepare();
    prepared = &fresh;
    if (context.cache != nullptr) {
      if (const PreparedText* kept = context.cache->add(runs, style, fresh, context.source_file))
        prepared = kept;
    }
  }
  if (context.diagnostics != nullptr) {
    for (const base::Diagnostic& problem : prepared->problems) context.diagnostics->add(problem);
  }
  return Builder(*prepared, runs, style, width, context).build();
}

}  // namespace typeset
