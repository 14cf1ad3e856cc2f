#include "typeset/flow.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <span>

#include "typeset/columns.hpp"
#include "typeset/cross_reference.hpp"
#include "typeset/paragraph_memo.hpp"
#include "typeset/table.hpp"

namespace typeset {

namespace {

constexpr int kMaxPasses = 3;

bool has_cross_references(const std::vector<Block>& blocks);

bool has_cross_references(const Block& block) {
  if (const auto* paragraph = std::get_if<ParagraphBlock>(&block.content)) {
    for (const InlineRun& run : paragraph->runs) {
      if (has_cross_reference(run.text)) return true;
    }
  }
  if (const auto* list = std::get_if<ListBlock>(&block.content)) {
    for (const ListItem& item : list->items) {
      if (has_cross_references(item.blocks)) return true;
    }
  }
  if (const auto* columns = std::get_if<ColumnsBlock>(&block.content)) {
    if (has_cross_references(columns->blocks)) return true;
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
    const int page = static_cast<int>(p) + 1;
    for (const PlacedStrip& placed : pages[p].strips) {
      if (placed.repeated_header) continue;
      for_each_strip(placed.strip, [&](const Strip& strip) {
        for (const AnchorBox& anchor : strip.boxes.anchors) anchors.emplace(anchor.name, page);
        if (!strip.row) return;
        for (const CellLayout& cell : strip.row->cells) {  // anchors inside cells
          for (const Strip& line : cell.strips) {
            for (const AnchorBox& anchor : line.boxes.anchors) anchors.emplace(anchor.name, page);
          }
        }
      });
    }
  }
  return anchors;
}

// Strips i and j are rows of one table, one above the other (in one column).
bool same_table(const std::vector<PlacedStrip>& strips, std::size_t i, std::size_t j) {
  return j < strips.size() && strips[j].strip.table >= 0 &&
         strips[j].strip.table == strips[i].strip.table && strips[j].x == strips[i].x;
}

// A table header repeated on a later page was read where it first stood.
void make_artifacts(BoxList& boxes) {
  for (GlyphRun& run : boxes.glyphs) run.element = kArtifact;
}

void paint_strips(const std::vector<PlacedStrip>& strips, PageBox& page) {
  for (std::size_t i = 0; i < strips.size(); ++i) {
    const PlacedStrip& placed = strips[i];
    const Strip& strip = placed.strip;
    if (strip.row) {
      RowEdges edges;
      edges.top_border = i == 0 || !same_table(strips, i, i - 1);
      edges.bottom_border = !same_table(strips, i, i + 1);
      BoxList row = render_row(*strip.row, edges);
      if (placed.repeated_header) make_artifacts(row);
      paint(row, page, placed.x + strip.row_x, placed.y);
    }
    if (strip.columns) {
      const double x = placed.x + strip.row_x;
      paint(column_rules(*strip.columns), page, x, placed.y);
      paint_strips(placed_column_strips(*strip.columns, x, placed.y), page);
    }
    if (placed.repeated_header) {
      BoxList boxes = strip.boxes;
      boxes.anchors.clear();  // an anchor names one place
      make_artifacts(boxes);
      paint(boxes, page, placed.x, placed.y);
    } else {
      paint(strip.boxes, page, placed.x, placed.y);
    }
  }
}

// Links in the furniture (the website in a running head) are clickable on
// every page: each is a Link element of its own, described by the text under
// it, which stays an artifact like the rest of the furniture.
void tag_furniture_links(PageBox& page, std::size_t first_link, StructureTree& structure) {
  for (std::size_t i = first_link; i < page.links.size(); ++i) {
    LinkBox& link = page.links[i];
    if (link.element != kArtifact) continue;
    std::string text;
    for (const GlyphRun& run : page.glyphs) {
      const double middle = run.origin.x + run.width / 2;
      if (middle < link.rect.x || middle > link.rect.right()) continue;
      if (run.origin.y < link.rect.y || run.origin.y > link.rect.bottom()) continue;
      if (!text.empty()) text += ' ';
      text += run.text;
    }
    StructureElement element;
    element.role = Role::link;
    element.parent = 0;
    element.description = text.empty() ? link.uri : text;
    link.element = structure.add(std::move(element));
  }
}

const PageMaster& master_or_plain(const Template& tmpl, const std::string& name) {
  static const PageMaster kPlain;  // an unknown master is reported by the pagination
  const PageMaster* master = tmpl.page_master(name);
  return master != nullptr ? *master : kPlain;
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

std::vector<PageLayout> Flow::run_pass(const AnchorPages* anchors, LayoutContext& context,
                                       int& lines_set, double& content_height) {
  context.anchor_pages = anchors;
  context.table_headers.clear();
  context.next_outline = 0;
  if (context.structure != nullptr) context.structure->reset();
  context.structure_parent = 0;
  // The document's vertical list grows by whole segments into a deque: a
  // vector of every strip of a long document was copied each time it grew
  // (two lists' worth of memory at once) and again into the paginator's queue.
  std::deque<Strip> strips;
  std::vector<Strip> segment_strips;
  // Blocks between page breaks share a master, hence a column width (a
  // master's next one has the same: the template reader checks it).
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
    const double width = master_or_plain(*context.tmpl, master).frame().width;
    const std::span<const Block> segment(blocks_.data() + begin, end - begin);
    segment_strips.clear();
    layout_blocks(segment, width, body_style_, context, segment_strips);
    std::move(segment_strips.begin(), segment_strips.end(), std::back_inserter(strips));
    begin = end;
  }
  lines_set = count_text_lines(strips);
  content_height = stacked_height(strips, 0, strips.size());
  PaginationInput input{context.tmpl, first_master_, &context.table_headers, context.diagnostics};
  return paginate(std::move(strips), input);
}

Flow::Laid Flow::lay_out(const Template& content) {
  Laid laid;
  LayoutContext context;
  context.tmpl = &content;
  context.set_paragraph = set_paragraph_;
  context.body_style = body_style_;
  context.diagnostics = &laid.diagnostics;
  context.structure = &laid.structure;

  const bool passes = has_cross_references(blocks_);
  // The next passes set again every paragraph that shows no page number.
  ParagraphMemo memo;
  if (passes) context.set_paragraph = memo.wrap(set_paragraph_);
  laid.pages = run_pass(nullptr, context, laid.lines_set, laid.content_height);
  laid.passes = 1;
  if (!passes) return laid;
  // The first pass guessed two-digit page numbers; re-run until they settle.
  // Only the last pass's problems are kept: the others repeat them.
  AnchorPages anchors = anchor_pages(laid.pages);
  laid.stable = false;
  double ignored = 0;
  while (laid.passes < kMaxPasses && !laid.stable) {
    laid.diagnostics = base::Diagnostics{};
    memo.next_pass();
    // The next pass needs only the anchors' pages: the boxes of this one go
    // before it starts, not once it is done (two documents' worth of strips).
    laid.pages = std::vector<PageLayout>{};
    laid.pages = run_pass(&anchors, context, laid.lines_set, ignored);
    ++laid.passes;
    AnchorPages landed = anchor_pages(laid.pages);
    laid.stable = landed == anchors;
    anchors = std::move(landed);
  }
  return laid;
}

Flow::Laid Flow::fit(FitOutcome& outcome) {
  const FitRule& rule = *fit_;
  const ParagraphStyle* body = tmpl_->paragraph_style(rule.body_style);
  const double base = body != nullptr ? body->size : 0;
  std::map<int, Laid> tried;
  const auto size_at = [&](int step) { return base - step * rule.step; };
  const auto laid_at = [&](int step) -> Laid& {
    auto found = tried.find(step);
    if (found == tried.end()) {
      ++outcome.layouts;
      const Laid laid = step == 0
                            ? lay_out(*tmpl_)
                            : lay_out(scaled_template(*tmpl_, rule.body_style, size_at(step)));
      found = tried.emplace(step, laid).first;
    }
    return found->second;
  };
  FitEstimate estimate;
  estimate.page_height = master_or_plain(*tmpl_, first_master_).frame().height;
  estimate.content_height = laid_at(0).content_height;
  const int step = body == nullptr ? 0 : choose_fit_step(base, rule, estimate, [&](int trial) {
    return static_cast<int>(laid_at(trial).pages.size());
  });
  outcome.body_size = size_at(step);
  outcome.pages = static_cast<int>(laid_at(step).pages.size());
  return std::move(laid_at(step));
}

// Lays the pages' strips out as boxes with their furniture (the page count is
// known now), and collects outline entries and page labels. Each page's
// strips are freed once painted unless keep_pages() asked for them.
void Flow::paint_pages(std::vector<PageLayout>& pages, DocumentBox& document) {
  LayoutContext context;  // the furniture keeps the template's own sizes
  context.tmpl = tmpl_;
  context.set_paragraph = set_paragraph_;
  context.body_style = body_style_;
  context.diagnostics = diagnostics_;
  const int page_count = static_cast<int>(pages.size());
  std::string mark;
  const PageMaster* labelled = nullptr;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    PageLayout& layout = pages[p];
    const PageMaster& master = master_or_plain(*tmpl_, layout.master);
    PageBox page;
    page.width = master.width;
    page.height = master.height;
    if (print_) page.print = print_margins(master, *print_);
    // The page's mark names what is on it: the one still running if the page
    // opens in its text, then each one set on the page ("Ateliers ·
    // Intervisions" over the end of one table and the start of the next).
    std::vector<std::string> page_marks;
    bool opens_with_mark = false;
    bool text_before = false;  // a line placed before the first mark set
    for (const PlacedStrip& placed : layout.strips) {
      if (placed.repeated_header) continue;
      report_.lines_placed +=
          placed.strip.row ? content_lines(*placed.strip.row) : placed.strip.text_lines;
      for_each_strip(placed.strip, [&](const Strip& strip) {
        for (const PendingOutline& entry : strip.flow_controls().outlines) {
          document.outline.push_back({entry.title, entry.destination, entry.level});
        }
        const std::vector<std::string>& marks = strip.flow_controls().marks;
        if (!text_before && !marks.empty()) opens_with_mark = true;
        if (strip.text_lines > 0) text_before = true;
        for (const std::string& set : marks) {
          if (page_marks.empty() || page_marks.back() != set) page_marks.push_back(set);
        }
      });
    }
    if (!opens_with_mark && !mark.empty() && (page_marks.empty() || page_marks.front() != mark)) {
      page_marks.insert(page_marks.begin(), mark);
    }
    std::string page_mark;
    const std::string separator = tmpl_->text("mark-separator");
    for (const std::string& set : page_marks) {
      if (!page_mark.empty()) page_mark += separator.empty() ? " · " : separator;
      page_mark += set;
    }
    paint_bands(master, page.print ? page.print->bleed : 0, page);
    paint_strips(layout.strips, page);
    const std::size_t content_links = page.links.size();
    paint_zones(master, {static_cast<int>(p) + 1, page_count, page_mark}, furniture_, context,
                page);
    if (!document.structure.empty()) tag_furniture_links(page, content_links, document.structure);
    if (print_ && print_->crop_marks) paint_crop_marks(page);
    // The last mark of the page runs on to the next pages.
    for (const PlacedStrip& placed : layout.strips) {
      for_each_strip(placed.strip, [&](const Strip& strip) {
        if (const auto& marks = strip.flow_controls().marks; !marks.empty()) mark = marks.back();
      });
    }
    const bool new_range = labelled == nullptr || master.numbered != labelled->numbered ||
                           (!master.numbered && master.label != labelled->label);
    if (new_range) {
      document.page_labels.push_back({static_cast<int>(p), master.numbered ? "" : master.label,
                                      master.numbered, static_cast<int>(p) + 1});
      labelled = &master;
    }
    document.pages.push_back(std::move(page));
    if (!keep_pages_) layout.strips = std::vector<PlacedStrip>{};
  }
}

DocumentBox Flow::finish(DocumentMetadata metadata) {
  report_ = FlowReport{};
  Laid laid;
  if (fit_) {
    FitOutcome outcome;
    laid = fit(outcome);
    report_.fit = outcome;
  } else {
    laid = lay_out(*tmpl_);
  }
  pages_.clear();
  DocumentBox document;
  document.structure = std::move(laid.structure);
  report_.passes = laid.passes;
  report_.stable = laid.stable;
  report_.lines_set = laid.lines_set;

  document.metadata = std::move(metadata);
  if (document.metadata.language.empty()) document.metadata.language = tmpl_->language;
  diagnostics_->append(std::move(laid.diagnostics));
  paint_pages(laid.pages, document);
  if (keep_pages_) pages_ = std::move(laid.pages);
  if (!report_.stable) {
    diagnostics_->warning(tmpl_->source_file, {},
                          fmt::format("les numéros de page des renvois changent encore après {} "
                                      "passes : vérifiez-les",
                                      report_.passes));
  }
  return document;
}

}  // namespace typeset
