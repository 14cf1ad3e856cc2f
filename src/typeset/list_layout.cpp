#include "typeset/list_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace typeset {

namespace {

// The natural width of a set line: where its last glyph ends.
double natural_width(const LineBox& line) {
  double width = 0;
  for (const GlyphRun& run : line.runs) width = std::max(width, run.origin.x + run.width);
  return width;
}

// Sets the marker and puts it on the baseline of the item's first line.
void attach_marker(const std::string& text, const ListLevelStyle& level,
                   const ParagraphStyle& item_style, int label, LayoutContext& context,
                   std::vector<Strip>& item) {
  ParagraphStyle style = level.marker_style.empty()
                             ? item_style
                             : context.paragraph_style(level.marker_style, std::string());
  style.alignment = Alignment::left;
  style.hyphenate = false;
  style.first_line_indent = 0;
  InlineRun run;
  run.text = text;
  const double area = std::max(level.indent - level.gap, 1.0);
  ParagraphLayout marker =
      context.set_paragraph({run}, style, std::max(area, 1000.0), context.diagnostics);
  if (marker.lines.empty()) return;
  LineBox& line = marker.lines.front();
  for (GlyphRun& run : line.runs) run.element = label;
  const double width = natural_width(line);
  if (width > area + 0.01) {
    context.warn(fmt::format("la puce « {} » ({:.1f} pt) dépasse la marge de la liste ({:.1f} pt)",
                             text, width, area));
  }
  const double x = level.marker_right_aligned ? std::max(0.0, area - width) : 0.0;

  auto first_line = std::find_if(item.begin(), item.end(),
                                 [](const Strip& strip) { return strip.baseline >= 0; });
  if (first_line == item.end()) {  // an empty item still shows its marker
    Strip holder;
    holder.height = style.leading;
    holder.baseline = style.leading * 0.8;
    holder.text_lines = 1;
    item.insert(item.begin(), std::move(holder));
    first_line = item.begin();
  }
  // The marker before the line's text, so that a reader of the PDF's text
  // (copying, a screen reader) meets it first, and a hyphenated word of the
  // item is never cut by it.
  BoxList marked;
  marked.append_line(line, x, first_line->baseline);
  marked.append(first_line->boxes);
  first_line->boxes = std::move(marked);
}

}  // namespace

double layout_list(const ListBlock& list, double width, int depth, const std::string& default_style,
                   LayoutContext& context, std::vector<Strip>& out) {
  const ListStyle* list_style = context.tmpl->list_style(list.style);
  if (list_style == nullptr) {
    context.report(fmt::format("style de liste inconnu « {} »", list.style));
    static const ListStyle kPlain;
    list_style = &kPlain;
  }
  const ListLevelStyle& level = list_style->level(depth);
  constexpr double kNarrowest = 12;  // points of text: below that, lists nest too deep
  if (width - level.indent < kNarrowest) {
    context.report(
        fmt::format("liste trop imbriquée : plus que {:.1f} pt pour le texte au niveau {}",
                    width - level.indent, depth + 1));
    width = level.indent + kNarrowest;
  }
  const ParagraphStyle& item_style = context.paragraph_style(std::string(), default_style);
  double space_after = 0;
  bool keep_with_previous = false;
  bool follows_paragraph = false;
  const StructureScope in_list(context, context.add_element(Role::list));
  for (std::size_t index = 0; index < list.items.size(); ++index) {
    std::vector<Strip> item;
    const StructureScope in_item(context, context.add_element(Role::list_item));
    const int label = context.add_element(Role::list_label);
    const StructureScope in_body(context, context.add_element(Role::list_body));
    follows_paragraph = false;
    // Nested lists inside the item go one level deeper.
    std::vector<Block> blocks = list.items[index].blocks;
    double item_space_after = 0;
    {
      std::vector<Block> pending;
      auto flush = [&] {
        if (pending.empty()) return;
        std::vector<Strip> laid;
        double after = layout_blocks(pending, width - level.indent, default_style, context, laid);
        if (!laid.empty() && !item.empty()) {
          laid.front().space_before = std::max(laid.front().space_before, item_space_after);
        }
        for (Strip& strip : laid) item.push_back(std::move(strip));
        item_space_after = after;
        pending.clear();
      };
      for (Block& block : blocks) {
        if (const auto* nested = std::get_if<ListBlock>(&block.content)) {
          flush();
          std::vector<Strip> laid;
          double after =
              layout_list(*nested, width - level.indent, depth + 1, default_style, context, laid);
          if (!laid.empty() && !item.empty()) {
            laid.front().space_before = std::max(laid.front().space_before, item_space_after);
            // The item's text introduces its nested list: they never part at a page end.
            laid.front().break_before = !keep_with_previous && !follows_paragraph;
          }
          for (Strip& strip : laid) item.push_back(std::move(strip));
          item_space_after = after;
          follows_paragraph = false;
        } else {
          follows_paragraph = std::holds_alternative<ParagraphBlock>(block.content);
          pending.push_back(std::move(block));
          keep_with_previous = false;
          if (const auto* paragraph = std::get_if<ParagraphBlock>(&pending.back().content)) {
            keep_with_previous =
                pending.back().keep_with_next ||
                context.paragraph_style(paragraph->style, default_style).keep_with_next;
          }
        }
      }
      flush();
    }
    const std::string marker =
        list.ordered ? format_list_number(level.number, list.start + static_cast<int>(index))
                     : level.bullet;
    for (Strip& strip : item) {
      strip.boxes.translate(level.indent, 0);
      strip.row_x += level.indent;
    }
    attach_marker(marker, level, item_style, label, context, item);
    if (index > 0) {
      item.front().space_before =
          std::max(item.front().space_before + level.item_space, space_after);
    }
    space_after = item_space_after;
    for (Strip& strip : item) out.push_back(std::move(strip));
  }
  return space_after;
}

}  // namespace typeset
