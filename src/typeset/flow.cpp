#include "typeset/flow.hpp"

#include <fmt/format.h>

#include "typeset/page_furniture.hpp"
#include "typeset/table.hpp"

namespace typeset {

namespace {

constexpr int kMaxPasses = 3;

bool has_cross_references(const std::vector<Block>& blocks);

bool has_cross_references(const Block& block) {
  auto in_runs = [](const std::vector<InlineRun>& runs) {
    for (const InlineRun& run : runs) {
      if (run.text.find("{page-of:") != std::string::npos) return true;
    }
    return false;
  };
  if (const auto* paragraph = std::get_if<ParagraphBlock>(&block.content)) {
    return in_runs(paragraph->runs);
  }
  if (const auto* fixed = std::get_if<FixedTextBlock>(&block.content)) {
    return in_runs(fixed->paragraph.runs);
  }
  if (const auto* list = std::get_if<ListBlock>(&block.content)) {
    for (const ListItem& item : list->items) {
      if (has_cross_references(item.blocks)) return true;
    }
  }
  if (const auto* table = std::get_if<TableBlock>(&block.content)) {
    for (const TableRow& row : table->rows) {
      for (const TableCell& cell : row.cells) {
        if (has_cross_references(cell.blocks)) return true;
      }
    }
  }
  return false;
}

bool has_cross_references(const std::vector<Block>& blocks) {
  for (const Block& block : blocks) {
    if (has_cross_references(block)) return true;
  }
  return false;
}

AnchorPages anchor_pages(const std::vector<PageLayout>& pages) {
  AnchorPages anchors;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const PlacedStrip& placed : pages[p].strips) {
      if (placed.repeated_header) continue;
      for (const AnchorBox& anchor : placed.strip.boxes.anchors) {
        anchors.emplace(anchor.name, static_cast<int>(p) + 1);
      }
      if (!placed.strip.row) continue;
      for (const CellLayout& cell : placed.strip.row->cells) {  // anchors inside cells
        for (const Strip& line : cell.strips) {
          for (const AnchorBox& anchor : line.boxes.anchors) {
            anchors.emplace(anchor.name, static_cast<int>(p) + 1);
          }
        }
      }
    }
  }
  return anchors;
}

bool same_table(const PageLayout& page, std::size_t i, std::size_t j) {
  return j < page.strips.size() && page.strips[j].strip.table >= 0 &&
         page.strips[j].strip.table == page.strips[i].strip.table;
}

void paint_strips(const PageLayout& layout, PageBox& page) {
  for (std::size_t i = 0; i < layout.strips.size(); ++i) {
    const PlacedStrip& placed = layout.strips[i];
    const Strip& strip = placed.strip;
    if (strip.row) {
      RowEdges edges;
      edges.top_border = i == 0 || !same_table(layout, i, i - 1);
      edges.bottom_border = !same_table(layout, i, i + 1);
      paint(render_row(*strip.row, edges), page, placed.x + strip.row_x, placed.y);
    }
    BoxList boxes = strip.boxes;
    if (placed.repeated_header) boxes.anchors.clear();  // an anchor names one place
    paint(boxes, page, placed.x, placed.y);
    paint(strip.fixed, page);
  }
}

// Removes the copies of diagnostics reported after `first` (one per pass).
void drop_repeated(base::Diagnostics& diagnostics, std::size_t first) {
  base::Diagnostics kept;
  const std::vector<base::Diagnostic>& items = diagnostics.items();
  for (std::size_t i = 0; i < items.size(); ++i) {
    bool repeated = false;
    for (std::size_t j = first; j < i && !repeated; ++j) {
      repeated = items[j].position == items[i].position && items[j].message == items[i].message &&
                 items[j].file == items[i].file && items[j].severity == items[i].severity;
    }
    if (i < first || !repeated) kept.add(items[i]);
  }
  diagnostics = std::move(kept);
}

}  // namespace

Flow::Flow(const Template& tmpl, SetParagraphFn set_paragraph, base::Diagnostics& diagnostics,
           std::string first_master)
    : tmpl_(&tmpl),
      set_paragraph_(std::move(set_paragraph)),
      diagnostics_(&diagnostics),
      first_master_(std::move(first_master)) {}

void Flow::add(Block block) {
  blocks_.push_back(std::move(block));
}

void Flow::add(std::vector<Block> blocks) {
  for (Block& block : blocks) blocks_.push_back(std::move(block));
}

void Flow::page_break(std::string master) {
  add(page_break_block(std::move(master)));
}

void Flow::place(BoxList boxes) {
  add(Block{FixedBoxesBlock{std::move(boxes)}});
}

void Flow::place_text(ParagraphBlock paragraph, Rect area) {
  add(Block{FixedTextBlock{std::move(paragraph), area}});
}

std::vector<PageLayout> Flow::run_pass(const AnchorPages* anchors, LayoutContext& context) {
  context.anchor_pages = anchors;
  context.table_headers.clear();
  context.next_outline = 0;
  std::vector<Strip> strips;
  // Blocks between page breaks share a master, hence a column width.
  std::string master = first_master_;
  std::size_t begin = 0;
  while (begin < blocks_.size()) {
    std::size_t end = begin + 1;
    while (end < blocks_.size() && !std::holds_alternative<PageBreakBlock>(blocks_[end].content)) {
      ++end;
    }
    if (const auto* page_break = std::get_if<PageBreakBlock>(&blocks_[begin].content)) {
      if (!page_break->master.empty()) master = page_break->master;
    }
    const PageMaster* page_master = tmpl_->page_master(master);
    const double width =
        page_master != nullptr ? page_master->frame().width : PageMaster{}.frame().width;
    std::vector<Block> segment(blocks_.begin() + static_cast<std::ptrdiff_t>(begin),
                               blocks_.begin() + static_cast<std::ptrdiff_t>(end));
    layout_blocks(segment, width, body_style_, context, strips);
    begin = end;
  }
  report_.lines_set = count_text_lines(strips);
  PaginationInput input{tmpl_, first_master_, &context.table_headers, context.diagnostics};
  return paginate(std::move(strips), input);
}

// Lays the pages' strips out as boxes, then their headers and footers (the
// page count is known now), and collects outline entries and page labels.
void Flow::paint_pages(LayoutContext& context, DocumentBox& document) {
  const int page_count = static_cast<int>(pages_.size());
  std::string mark;
  bool numbered_range = false;
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    const PageLayout& layout = pages_[p];
    const PageMaster* master = tmpl_->page_master(layout.master);
    const PageMaster plain;
    if (master == nullptr) master = &plain;
    PageBox page;
    page.width = master->width;
    page.height = master->height;
    if (master->background) {
      page.fills.push_back({{0, 0, page.width, page.height}, *master->background});
    }
    // The page's mark: the first set on it, else the one still running.
    bool page_marked = false;
    for (const PlacedStrip& placed : layout.strips) {
      if (placed.repeated_header) continue;
      report_.lines_placed +=
          placed.strip.row ? content_lines(*placed.strip.row) : placed.strip.text_lines;
      for (const PendingOutline& entry : placed.strip.outlines) {
        document.outline.push_back({entry.title, entry.destination, entry.level});
      }
      for (const std::string& set : placed.strip.marks) {
        if (!page_marked) mark = set;
        page_marked = true;
      }
    }
    paint_strips(layout, page);
    paint_furniture(*master, {static_cast<int>(p) + 1, page_count, mark}, context, page);
    // The last mark of the page runs on to the next pages.
    for (const PlacedStrip& placed : layout.strips) {
      if (!placed.strip.marks.empty()) mark = placed.strip.marks.back();
    }
    if (p == 0 || master->numbered != numbered_range) {
      document.page_labels.push_back(
          {static_cast<int>(p), {}, master->numbered, static_cast<int>(p) + 1});
      numbered_range = master->numbered;
    }
    document.pages.push_back(std::move(page));
  }
}

DocumentBox Flow::finish(DocumentMetadata metadata) {
  report_ = FlowReport{};
  base::Diagnostics pass_diagnostics;  // only the last pass's problems are kept
  // The paragraph setter reports to the caller's diagnostics directly, once a pass.
  const std::size_t reported_before = diagnostics_->items().size();
  LayoutContext context;
  context.tmpl = tmpl_;
  context.set_paragraph = set_paragraph_;
  context.body_style = body_style_;
  context.diagnostics = &pass_diagnostics;

  pages_ = run_pass(nullptr, context);
  report_.passes = 1;
  if (has_cross_references(blocks_)) {
    // The first pass guessed two-digit page numbers; re-run until they settle.
    AnchorPages anchors = anchor_pages(pages_);
    report_.stable = false;
    while (report_.passes < kMaxPasses && !report_.stable) {
      pass_diagnostics = base::Diagnostics{};
      pages_ = run_pass(&anchors, context);
      ++report_.passes;
      AnchorPages landed = anchor_pages(pages_);
      report_.stable = landed == anchors;
      anchors = std::move(landed);
    }
  }

  DocumentBox document;
  document.metadata = std::move(metadata);
  paint_pages(context, document);
  if (report_.passes > 1) drop_repeated(*diagnostics_, reported_before);
  if (!report_.stable) {
    diagnostics_->warning(tmpl_->source_file, {},
                          fmt::format("les numéros de page des renvois changent encore après {} "
                                      "passes : vérifiez-les",
                                      report_.passes));
  }
  diagnostics_->append(std::move(pass_diagnostics));
  return document;
}

}  // namespace typeset
