#include "typeset/paragraph.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "typeset/inline_items.hpp"
#include "typeset/linebreak.hpp"
#include "typeset/typographic_runs.hpp"

namespace typeset {

namespace {

// Tolerances in TeX's badness scale, read for a sans face: Carlito's space is
// 0.226 em and stretches by half of it, so badness 1000 (ratio 2.15) still
// means spaces of at most 0.47 em — narrower than what TeX's own tolerance of
// 200 allows with Computer Modern's 0.333 em spaces (0.54 em). The first pass,
// without hyphenation, accepts ratio 1.26 (0.37 em). (Looser first passes cut
// fewer words in the brochure but lengthen the flyers' narrow columns: at
// 300, T2612's flyer no longer holds on one page.)
constexpr double kPretolerance = 200;
constexpr double kTolerance = 1000;
// Ragged lines get 3 em of virtual stretch (TeX's \raggedright uses 2 em; a
// little more keeps narrow label columns from cutting words).
constexpr double kRaggedStretchEm = 3;
// The emergency pass only needs to make lines without stretch comparable; a
// large value would make loose lines look cheap everywhere in the paragraph.
constexpr double kEmergencyStretchEm = 0.5;

bool same_look(const GlyphRun& run, const InlinePiece& piece, double rise) {
  return run.face == piece.face && run.size == piece.size && run.color == piece.color &&
         -run.origin.y == rise;
}

// Places one broken line: glyph runs at computed x (the painter adds no
// spacing of its own), links over their text, and the line's extent.
class LinePlacer {
 public:
  LinePlacer(const InlineContent& content, const std::vector<InlineRun>& runs,
             const ParagraphStyle& style, double width, const FontLibrary& fonts)
      : content_(content), runs_(runs), style_(style), width_(width), fonts_(fonts) {}

  LineBox place(const BrokenLine& line) {
    line_ = LineBox{};
    line_.width = width_;
    x_ = 0;
    last_kern_ = 0;
    for (std::size_t i = line.begin; i < line.end; ++i) {
      const BreakItem& item = content_.items[i];
      const InlinePiece& piece = content_.pieces[i];
      if (item.type == ItemType::box) {
        add_box(item, piece);
      } else if (item.type == ItemType::glue) {
        add_glue(item, piece, line.ratio);
      }
    }
    // A line ending inside a word loses the last glyph's kerning toward the
    // next one (the break's width gave it back to the breaker): a hyphen
    // follows the glyph's own advance, and so does the line's end.
    const double unkerned = last_kern_;
    x_ -= unkerned;
    if (line.break_index < content_.items.size()) {
      const InlinePiece& ending = content_.pieces[line.break_index];
      if (ending.kind == InlinePiece::Kind::hyphen_break) {
        add_text(ending, content_.items[line.break_index].width + unkerned);
        line_.hyphenated = true;
      }
    }
    close_run();
    close_link();
    align();
    measure_extent();
    return std::move(line_);
  }

 private:
  void add_box(const BreakItem& item, const InlinePiece& piece) {
    if (piece.kind == InlinePiece::Kind::text) {
      add_text(piece, item.width);
    } else {  // an indent: a gap
      close_run();
      close_link();
      x_ += item.width;
      last_kern_ = 0;
    }
  }

  void add_glue(const BreakItem& item, const InlinePiece& piece, double ratio) {
    double width = item.width;
    if (!item.fills && style_.alignment == Alignment::justify) {
      width += ratio >= 0 ? ratio * item.stretch : ratio * item.shrink;
    }
    // An ordinary space at its natural width can be drawn as a space inside
    // the run, if the next word continues it; any other gap splits runs.
    const bool drawable = piece.kind == InlinePiece::Kind::space && width == item.width && run_ &&
                          same_look(*run_, piece, piece.rise) && same_link(piece);
    if (!drawable) close_run();
    pending_space_ = drawable ? std::optional<double>(width) : std::nullopt;
    x_ += width;
    last_kern_ = 0;
  }

  // A kerned piece ends its run: the next one starts where the kerning puts
  // it, and the run keeps the width the painter draws (its natural advance).
  void add_text(const InlinePiece& piece, double width) {
    last_kern_ = piece.kern_after;
    const double drawn = width - piece.kern_after;
    if (run_ && same_look(*run_, piece, piece.rise) && same_link(piece) &&
        run_->origin.x + run_->width + pending_space_.value_or(0) == x_) {
      if (pending_space_) run_->text.push_back(' ');
      run_->text += piece.text;
      run_->width = x_ + drawn - run_->origin.x;
    } else {
      close_run();
      GlyphRun run;
      run.origin = Point{x_, -piece.rise};
      run.face = piece.face;
      run.size = piece.size;
      run.color = piece.color;
      run.text = piece.text;
      run.width = drawn;
      run_ = std::move(run);
      run_link_ = link_of(piece.run);
    }
    pending_space_.reset();
    extend_link(piece.run, x_ + width);
    x_ += width;
    if (piece.kern_after != 0) close_run();
  }

  // A run is never part link, part not (a tagged PDF gives links their own
  // element), even where the link has the text's colour.
  const std::string* link_of(int run) const {
    return run >= 0 ? &runs_[static_cast<std::size_t>(run)].link : nullptr;
  }
  bool same_link(const InlinePiece& piece) const {
    const std::string* link = link_of(piece.run);
    const std::string none;
    return (link != nullptr ? *link : none) == (run_link_ != nullptr ? *run_link_ : none);
  }

  void close_run() {
    if (run_) line_.runs.push_back(*std::move(run_));
    run_.reset();
    pending_space_.reset();
  }

  // Links cover their text and the spaces inside it, one box per line.
  void extend_link(int run, double right) {
    const std::string* link = run >= 0 ? &runs_[static_cast<std::size_t>(run)].link : nullptr;
    if (link == nullptr || link->empty()) {
      close_link();
      return;
    }
    if (link_ && link_target_ == *link) {
      link_->rect.width = right - link_->rect.x;
      return;
    }
    close_link();
    link_target_ = *link;
    LinkBox box;
    box.rect.x = x_;
    box.rect.width = right - x_;
    if (link->front() == '#') {
      box.destination = link->substr(1);
    } else {
      box.uri = *link;
    }
    link_ = std::move(box);
  }

  void close_link() {
    if (link_) line_.links.push_back(*std::move(link_));
    link_.reset();
  }

  void align() {
    double shift = 0;
    if (style_.alignment == Alignment::right) shift = width_ - x_;
    if (style_.alignment == Alignment::center) shift = (width_ - x_) / 2;
    if (shift <= 0) return;
    for (GlyphRun& run : line_.runs) run.origin.x += shift;
    for (LinkBox& link : line_.links) link.rect.x += shift;
  }

  void measure_extent() {
    for (const GlyphRun& run : line_.runs) {
      const FaceMetrics& metrics = fonts_.face(run.face).metrics();
      line_.ascent = std::max(line_.ascent, metrics.ascender * run.size - run.origin.y);
      line_.descent = std::max(line_.descent, -metrics.descender * run.size + run.origin.y);
    }
    if (line_.runs.empty()) {  // a blank line still has the paragraph's height
      const FaceId face = fonts_.face_for(style_.family, style_.base_style, U'x').value_or(0);
      line_.ascent = fonts_.face(face).metrics().ascender * style_.size;
      line_.descent = -fonts_.face(face).metrics().descender * style_.size;
    }
    for (LinkBox& link : line_.links) {
      link.rect.y = -line_.ascent;
      link.rect.height = line_.ascent + line_.descent;
    }
  }

  const InlineContent& content_;
  const std::vector<InlineRun>& runs_;
  const ParagraphStyle& style_;
  double width_;
  const FontLibrary& fonts_;
  LineBox line_;
  double x_ = 0;
  double last_kern_ = 0;                   // kern_after of the last text placed
  const std::string* run_link_ = nullptr;  // the link of run_
  std::optional<GlyphRun> run_;
  std::optional<double> pending_space_;
  std::optional<LinkBox> link_;
  std::string link_target_;
};

void report_overfull(const BrokenLine& line, const InlineContent& content,
                     const std::vector<InlineRun>& runs, double width, const TextContext& context) {
  if (context.diagnostics == nullptr) return;
  int run = -1;
  for (std::size_t i = line.begin; i < line.end && run < 0; ++i) run = content.pieces[i].run;
  const base::SourcePosition position =
      run >= 0 ? runs[static_cast<std::size_t>(run)].position : base::SourcePosition{};
  context.diagnostics->warning(
      context.source_file, position,
      fmt::format("une ligne dépasse la colonne ({:.1f} pt) : un caractère y est plus large "
                  "qu'elle",
                  width));
}

}  // namespace

double ParagraphLayout::height() const {
  if (lines.empty()) return 0;
  return lines.front().ascent + static_cast<double>(lines.size() - 1) * leading +
         lines.back().descent;
}

ParagraphLayout set_paragraph(const std::vector<InlineRun>& typed_runs, const ParagraphStyle& style,
                              double width, const TextContext& context) {
  const std::optional<std::vector<InlineRun>> retyped = typographic_runs(typed_runs);
  const std::vector<InlineRun>& runs = retyped ? *retyped : typed_runs;
  ParagraphLayout layout;
  layout.leading = style.leading;
  if (context.fonts == nullptr) return layout;
  const InlineContent content = build_inline_content(runs, style, width, context);
  if (content.items.empty()) return layout;

  BreakParameters parameters;
  parameters.line_width = width;
  parameters.ragged = style.alignment != Alignment::justify;
  parameters.pretolerance = kPretolerance;
  parameters.tolerance = kTolerance;
  parameters.ragged_stretch = kRaggedStretchEm * style.size;
  parameters.emergency_stretch = kEmergencyStretchEm * style.size;
  const BreakResult result = break_lines(content.items, parameters);

  LinePlacer placer(content, runs, style, width, *context.fonts);
  for (const BrokenLine& line : result.lines) {
    if (line.overfull) report_overfull(line, content, runs, width, context);
    LineBox& placed = layout.lines.emplace_back(placer.place(line));
    placed.ratio = line.ratio;
    placed.overfull = line.overfull;
  }
  return layout;
}

}  // namespace typeset
