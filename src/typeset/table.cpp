#include "typeset/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace typeset {

double RowLayout::content_height() const {
  double height = 0;
  for (const CellLayout& cell : cells) {
    height = std::max(height, stacked_height(cell.strips, 0, cell.strips.size()));
  }
  return height;
}

double RowLayout::height() const {
  return content_height() + style->padding.top + style->padding.bottom;
}

int content_lines(const RowLayout& row) {
  int lines = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const bool repeated_label =
        row.label_repeated && static_cast<int>(c) == row.style->label_column;
    if (!repeated_label) lines += count_text_lines(row.cells[c].strips);
  }
  return lines;
}

namespace {

constexpr double kNarrowest = 12;  // points of text in a cell: below that, a template mistake

void add_rule(BoxList& boxes, Point from, Point to, const RuleStyle& rule) {
  if (!rule.visible()) return;
  boxes.rules.push_back({from, to, rule.width, rule.color});
}

std::string cell_default_style(const TableStyle& style, bool header, int column,
                               const LayoutContext& context) {
  std::string name = header                         ? style.header_style
                     : column == style.label_column ? style.label_style
                                                    : style.cell_style;
  return name.empty() ? context.body_style : name;
}

std::vector<Strip> lay_cell(const std::vector<Block>& blocks, double width,
                            const std::string& default_style, LayoutContext& context) {
  std::vector<Strip> strips;
  for (const Block& block : blocks) {
    if (std::holds_alternative<TableBlock>(block.content)) {
      context.report("un tableau dans une cellule de tableau n'est pas pris en charge");
      std::vector<Strip> none;
      return none;
    }
    if (std::holds_alternative<ColumnsBlock>(block.content)) {
      context.report("des colonnes dans une cellule de tableau ne sont pas prises en charge");
      std::vector<Strip> none;
      return none;
    }
  }
  layout_blocks(blocks, width, default_style, context, strips);
  if (!strips.empty()) strips.front().space_before = 0;
  return strips;
}

}  // namespace

BoxList render_row(const RowLayout& row, RowEdges edges) {
  BoxList boxes;
  const TableStyle& style = *row.style;
  const double height = row.height();
  for (const CellLayout& cell : row.cells) {
    if (cell.fill) boxes.fills.push_back({{cell.x, 0, cell.width, height}, *cell.fill});
    double y = style.padding.top;
    for (std::size_t i = 0; i < cell.strips.size(); ++i) {
      if (i > 0) y += cell.strips[i].space_before;
      boxes.append(cell.strips[i].boxes, cell.x + style.padding.left, y);
      y += cell.strips[i].height;
    }
  }
  for (std::size_t i = 1; i < row.cells.size(); ++i) {
    add_rule(boxes, {row.cells[i].x, 0}, {row.cells[i].x, height}, style.column_separator);
  }
  // Outer rules are drawn inside the table's box so that nothing crosses the frame.
  const RuleStyle& outer = style.outer_border;
  const double half = outer.width / 2;
  add_rule(boxes, {half, 0}, {half, height}, outer);
  add_rule(boxes, {row.table_width - half, 0}, {row.table_width - half, height}, outer);
  if (edges.top_border) add_rule(boxes, {0, half}, {row.table_width, half}, outer);
  if (edges.bottom_border) {
    add_rule(boxes, {0, height - half}, {row.table_width, height - half}, outer);
  } else {
    const RuleStyle& separator = row.header && style.header_separator.visible()
                                     ? style.header_separator
                                     : style.row_separator;
    add_rule(boxes, {0, height}, {row.table_width, height}, separator);
  }
  return boxes;
}

std::vector<Strip> table_strips(const TableBlock& table, double width, int table_id,
                                LayoutContext& context) {
  TableStyle resolved;
  if (const TableStyle* found = context.tmpl->table_style(table.style)) {
    resolved = *found;
  } else {
    context.report(fmt::format("style de tableau inconnu « {} »", table.style));
  }
  std::size_t columns = resolved.columns.size();
  for (const TableRow& row : table.rows) columns = std::max(columns, row.cells.size());
  if (resolved.columns.size() < columns) {
    if (!resolved.columns.empty()) {
      context.report(fmt::format("le style « {} » prévoit {} colonnes, le tableau en a {}",
                                 table.style, resolved.columns.size(), columns));
    }
    resolved.columns.resize(columns, ColumnWidth{});
  }
  const auto shared_style = std::make_shared<const TableStyle>(std::move(resolved));
  const TableStyle& style = *shared_style;
  const std::vector<double> widths = resolve_column_widths(style.columns, width);

  std::vector<Strip> strips;
  const int table_element = context.add_element(Role::table);
  const StructureScope in_table(context, table_element);
  const int body_rows = static_cast<int>(std::count_if(
      table.rows.begin(), table.rows.end(), [](const TableRow& r) { return !r.header; }));
  int body_index = 0;
  bool first_strip = true;
  for (const TableRow& source : table.rows) {
    auto row = std::make_shared<RowLayout>();
    row->style = shared_style;
    row->table_width = width;
    row->header = source.header;
    row->body_index = source.header ? 0 : body_index;
    const int row_element = context.add_element(Role::table_row);
    const StructureScope in_row(context, row_element);
    double x = 0;
    for (std::size_t column = 0; column < columns; ++column) {
      CellLayout cell;
      cell.x = x;
      cell.width = widths[column];
      x += cell.width;
      const int col = static_cast<int>(column);
      double inner = cell.width - style.padding.left - style.padding.right;
      if (inner < kNarrowest) {
        context.report(fmt::format("la colonne {} du tableau « {} » est trop étroite ({:.1f} pt)",
                                   column + 1, table.style, cell.width));
        inner = kNarrowest;
      }
      const std::string default_style = cell_default_style(style, source.header, col, context);
      {
        // A header row's cells head their columns; a cell marked so, or in
        // the style's label column ("Objectifs | …"), heads its row.
        const bool heads = source.header || col == style.label_column ||
                           (column < source.cells.size() && source.cells[column].header);
        StructureElement element;
        element.role = heads ? Role::header_cell : Role::data_cell;
        if (heads) element.scope = source.header ? CellScope::column : CellScope::row;
        const StructureScope in_cell(context, context.add_element(std::move(element)));
        if (column < source.cells.size()) {
          cell.strips = lay_cell(source.cells[column].blocks, inner, default_style, context);
        }
      }
      if (source.header) {
        cell.fill = style.header_fill;
      } else if (col == style.label_column && style.label_fill) {
        cell.fill = style.label_fill;
      } else if (body_index % 2 == 1 && style.zebra_fill) {
        cell.fill = style.zebra_fill;
      } else {
        cell.fill = style.cell_fill;
      }
      if (!source.header && col == style.label_column && !style.continuation_text.empty() &&
          column < source.cells.size()) {
        std::vector<Block> label = source.cells[column].blocks;
        label.push_back(
            paragraph_block(style.continuation_style, context.tmpl->text(style.continuation_text)));
        // A repeat of what was read already: an artifact.
        StructureTree* structure = std::exchange(context.structure, nullptr);
        row->continuation_label = lay_cell(label, inner, default_style, context);
        context.structure = structure;
      }
      row->content_strips += static_cast<int>(cell.strips.size());
      row->cells.push_back(std::move(cell));
    }
    Strip strip;
    strip.height = row->height();
    strip.table = table_id;
    strip.header = source.header;
    for (const CellLayout& cell : row->cells) strip.text_lines += count_text_lines(cell.strips);
    if (source.header) {
      strip.break_before = first_strip;
    } else {
      // Header glued to the first row; no lone row of a table on either side.
      if (first_strip) {
        strip.break_before = true;  // the caller's rules decide
      } else if (body_index == 0) {
        strip.break_before = false;  // never a header alone at a page foot
      } else if (body_index == 1) {
        strip.break_before = false;  // nor the first row (it may still split itself)
      } else {
        strip.break_before =
            body_index >= style.min_rows && body_rows - body_index >= style.min_rows;
      }
      ++body_index;
    }
    strip.row = std::move(row);
    if (source.header) context.table_headers[static_cast<std::size_t>(table_id)].push_back(strip);
    strips.push_back(std::move(strip));
    first_strip = false;
  }
  return strips;
}

}  // namespace typeset
