#include <fmt/format.h>

#include <algorithm>

#include "typeset/columns.hpp"
#include "typeset/cross_reference.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/list_layout.hpp"
#include "typeset/table.hpp"

namespace typeset {

void LayoutContext::report(std::string message) const {
  if (diagnostics == nullptr) return;
  diagnostics->error(tmpl != nullptr ? tmpl->source_file : std::string(), {}, std::move(message));
}

void LayoutContext::warn(std::string message) const {
  if (diagnostics == nullptr) return;
  diagnostics->warning(tmpl != nullptr ? tmpl->source_file : std::string(), {}, std::move(message));
}

int LayoutContext::add_element(StructureElement element) {
  if (structure == nullptr) return kArtifact;
  element.parent = structure_parent;
  return structure->add(std::move(element));
}

int LayoutContext::add_element(Role role) {
  StructureElement element;
  element.role = role;
  return add_element(std::move(element));
}

const ParagraphStyle& LayoutContext::paragraph_style(const std::string& name,
                                                     const std::string& fallback) const {
  static const ParagraphStyle kPlain;  // only when the template lacks the style (reported)
  const std::string& wanted = name.empty() ? fallback : name;
  if (tmpl != nullptr) {
    if (const ParagraphStyle* style = tmpl->paragraph_style(wanted)) return *style;
  }
  report(fmt::format("style de paragraphe inconnu « {} »", wanted));
  return kPlain;
}

std::vector<Strip> paragraph_strips(const ParagraphLayout& layout, const ParagraphStyle& style) {
  std::vector<Strip> strips;
  const int count = static_cast<int>(layout.lines.size());
  // One ascent and descent for the whole paragraph keeps its baselines regular.
  double ascent = 0;
  double descent = 0;
  for (const LineBox& line : layout.lines) {
    ascent = std::max(ascent, line.ascent);
    descent = std::max(descent, line.descent);
  }
  const double leading = style.leading;
  const double baseline = (leading - (ascent + descent)) / 2 + ascent;
  for (int i = 0; i < count; ++i) {
    Strip strip;
    strip.height = leading;
    strip.baseline = baseline;
    strip.text_lines = 1;
    strip.break_before = i >= style.orphans && count - i >= style.widows;
    strip.splits_word = i > 0 && layout.lines[static_cast<std::size_t>(i - 1)].hyphenated;
    strip.boxes.append_line(layout.lines[static_cast<std::size_t>(i)], 0, baseline);
    strips.push_back(std::move(strip));
  }
  return strips;
}

namespace {

// What a block adds to the column, before it is joined to its neighbours.
struct Laid {
  std::vector<Strip> strips;
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
};

// The text of the glyph runs that `link` covers on its line.
std::string covered_text(const LineBox& line, const LinkBox& link) {
  std::string text;
  for (const GlyphRun& run : line.runs) {
    const double middle = run.origin.x + run.width / 2;
    if (middle < link.rect.x || middle > link.rect.right()) continue;
    if (!text.empty()) text += ' ';
    text += run.text;
  }
  return text;
}

bool same_target(const LinkBox& a, const LinkBox& b) {
  return a.uri == b.uri && a.destination == b.destination;
}

// The paragraph (or heading) as one element, its links as Link elements
// inside it: a link broken across lines is one element with a box per line.
void tag_paragraph(ParagraphLayout& layout, int heading, LayoutContext& context) {
  if (context.structure == nullptr) return;
  StructureElement element;
  element.role = heading > 0 ? Role::heading : Role::paragraph;
  element.level = std::clamp(heading, 0, 6);
  const int paragraph = context.add_element(std::move(element));
  const StructureScope inside(context, paragraph);
  const LinkBox* open_link = nullptr;  // the last link of the line before, if it ends that line
  int open_element = kArtifact;
  for (LineBox& line : layout.lines) {
    for (std::size_t i = 0; i < line.links.size(); ++i) {
      LinkBox& link = line.links[i];
      const std::string text = covered_text(line, link);
      const bool continues = i == 0 && open_link != nullptr && same_target(*open_link, link) &&
                             !line.runs.empty() && link.rect.x <= line.runs.front().origin.x;
      if (continues) {
        link.element = open_element;
        std::string& description =
            context.structure->elements[static_cast<std::size_t>(open_element)].description;
        description += ' ' + text;
      } else {
        StructureElement made;
        made.role = Role::link;
        made.description = text;
        link.element = context.add_element(std::move(made));
      }
    }
    for (GlyphRun& run : line.runs) {
      run.element = paragraph;
      const double middle = run.origin.x + run.width / 2;
      for (const LinkBox& link : line.links) {
        if (middle >= link.rect.x && middle <= link.rect.right()) run.element = link.element;
      }
    }
    open_link = nullptr;
    if (!line.links.empty() && !line.runs.empty()) {
      const LinkBox& last = line.links.back();
      const GlyphRun& end = line.runs.back();
      if (end.origin.x + end.width / 2 >= last.rect.x) {
        open_link = &last;
        open_element = last.element;
      }
    }
  }
}

Laid lay_paragraph(const ParagraphBlock& paragraph, double width, const std::string& default_style,
                   LayoutContext& context) {
  const ParagraphStyle& style = context.paragraph_style(paragraph.style, default_style);
  std::vector<InlineRun> runs = resolve_cross_references(paragraph.runs, context);
  ParagraphLayout layout = context.set_paragraph(runs, style, width, context.diagnostics);
  tag_paragraph(layout, paragraph.heading, context);
  return {paragraph_strips(layout, style), style.space_before, style.space_after,
          style.keep_with_next};
}

Laid lay_block(const Block& block, double width, const std::string& default_style,
               LayoutContext& context) {
  if (const auto* paragraph = std::get_if<ParagraphBlock>(&block.content)) {
    return lay_paragraph(*paragraph, width, default_style, context);
  }
  if (const auto* list = std::get_if<ListBlock>(&block.content)) {
    Laid laid;
    laid.space_after = layout_list(*list, width, 0, default_style, context, laid.strips);
    return laid;
  }
  if (const auto* table = std::get_if<TableBlock>(&block.content)) {
    Laid laid;
    const int id = static_cast<int>(context.table_headers.size());
    context.table_headers.emplace_back();
    laid.strips = table_strips(*table, width, id, context);
    if (const TableStyle* style = context.tmpl->table_style(table->style)) {
      laid.space_before = style->space_before;
      laid.space_after = style->space_after;
    }
    return laid;
  }
  if (const auto* columns = std::get_if<ColumnsBlock>(&block.content)) {
    Laid laid;
    laid.strips = columns_strips(*columns, width, default_style, context);
    if (const ColumnsStyle* style = context.tmpl->columns_style(columns->style)) {
      laid.space_before = style->space_before;
      laid.space_after = style->space_after;
    }
    return laid;
  }
  if (const auto* space = std::get_if<SpaceBlock>(&block.content)) {
    return {{}, space->height, 0, false};
  }
  if (const auto* page_break = std::get_if<PageBreakBlock>(&block.content)) {
    Strip strip;
    strip.page_break_before = true;
    StripControls& controls = strip.edit_controls();
    controls.master = page_break->master;
    controls.break_unless_room = page_break->unless_room;
    controls.break_min_tail = page_break->min_tail;
    return {{std::move(strip)}, 0, 0, false};
  }
  return {};  // a marker: its anchor, outline or mark rides on a strip of its own
}

}  // namespace

double layout_blocks(std::span<const Block> blocks, double width, const std::string& default_style,
                     LayoutContext& context, std::vector<Strip>& out) {
  double pending_space = 0;
  bool keep_with_previous = false;
  bool follows_paragraph = false;
  for (const Block& block : blocks) {
    // A paragraph followed by a list introduces it ("Matin :"): they stay together.
    const bool introduced = follows_paragraph && std::holds_alternative<ListBlock>(block.content);
    follows_paragraph = std::holds_alternative<ParagraphBlock>(block.content);
    Laid laid = lay_block(block, width, default_style, context);
    const bool vertical_space_only = std::holds_alternative<SpaceBlock>(block.content);
    if (vertical_space_only) {
      pending_space += laid.space_before;
      continue;
    }
    const bool needs_holder =
        !block.anchor.empty() || block.outline.has_value() || block.mark.has_value();
    if (laid.strips.empty() && needs_holder) laid.strips.emplace_back();
    if (laid.strips.empty()) continue;

    Strip& first = laid.strips.front();
    first.space_before = std::max(pending_space, laid.space_before);
    first.break_before = !keep_with_previous && !introduced && !first.page_break_before;
    if (first.page_break_before) first.break_before = true;
    std::string anchor = block.anchor;
    if (block.outline && anchor.empty()) anchor = fmt::format("outline-{}", context.next_outline++);
    if (!anchor.empty()) first.boxes.anchors.push_back({anchor, {0, 0}});
    if (block.outline || block.mark) {
      StripControls& controls = first.edit_controls();
      if (block.outline)
        controls.outlines.push_back({block.outline->title, block.outline->level, anchor});
      if (block.mark) controls.marks.push_back(*block.mark);
    }

    for (Strip& strip : laid.strips) out.push_back(std::move(strip));
    keep_with_previous = laid.keep_with_next || block.keep_with_next;
    pending_space = laid.space_after;
  }
  return pending_space;
}

}  // namespace typeset
