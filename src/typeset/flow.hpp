// The document flow: add blocks, page breaks and fixed furniture; finish()
// lays everything out, paginates, resolves cross-references (re-running the
// layout while page numbers change, at most 3 passes), then paints headers
// and footers ("page {page} / {pages}" needs the total) and returns the
// positioned boxes.
//
//   typeset::Flow flow(tmpl, typeset::text_setter(text_context), diagnostics, "cover");
//   flow.place_text(typeset::ParagraphBlock{"cover-title", {{.text = title}}}, area);
//   flow.page_break("brochure");
//   typeset::Block heading = typeset::paragraph_block("h1", "Ateliers");
//   heading.anchor = "section-ateliers";
//   heading.outline = typeset::OutlineMark{"Ateliers", 0};
//   heading.mark = "Ateliers";
//   flow.add(std::move(heading));
//   flow.add(typeset::Block{typeset::TableBlock{"overview", rows}});
//   typeset::DocumentBox document = flow.finish({.title = "…"});
#pragma once

#include <string>
#include <vector>

#include "typeset/blocks.hpp"
#include "typeset/boxes.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/pagination.hpp"
#include "typeset/template.hpp"

namespace typeset {

struct FlowReport {
  int passes = 0;      // layout passes run (1 to 3)
  bool stable = true;  // false: page numbers still moved after the last pass
  int lines_set = 0;   // lines of the content (not of headers and footers)
  int lines_placed = 0;
};

class Flow {
 public:
  // `first_master` names the page master of the first page.
  Flow(const Template& tmpl, SetParagraphFn set_paragraph, base::Diagnostics& diagnostics,
       std::string first_master);

  // Style of paragraphs that name none (default "body").
  void set_body_style(std::string style) { body_style_ = std::move(style); }
  void add(Block block);
  void add(std::vector<Block> blocks);
  void page_break(std::string master = {});
  void place(BoxList boxes);
  void place_text(ParagraphBlock paragraph, Rect area);

  DocumentBox finish(DocumentMetadata metadata = {});
  const FlowReport& report() const { return report_; }
  // The pages of the last finish(), before furniture (for tests).
  const std::vector<PageLayout>& pages() const { return pages_; }

 private:
  std::vector<PageLayout> run_pass(const AnchorPages* anchors, LayoutContext& context);
  void paint_pages(LayoutContext& context, DocumentBox& document);

  const Template* tmpl_;
  SetParagraphFn set_paragraph_;
  base::Diagnostics* diagnostics_;
  std::string first_master_;
  std::string body_style_ = "body";
  std::vector<Block> blocks_;
  std::vector<PageLayout> pages_;
  FlowReport report_;
};

}  // namespace typeset
