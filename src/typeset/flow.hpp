// The document flow: add blocks and page breaks; finish() lays everything out,
// paginates onto the template's page masters, resolves cross-references
// (re-running the layout while page numbers change, at most 3 passes), and
// lays out each page's furniture from its master — bands, running heads and
// footers, images — once the page count is known. It returns the positioned
// boxes with the outline and page labels of what it laid out: a bookmark
// points where its heading landed.
//
// With a fit rule, finish() also shrinks the content's text in steps until
// the document fits its pages (fit.hpp); the furniture keeps its sizes.
//
//   typeset::Flow flow(tmpl, typeset::text_setter(text_context), diagnostics, "cover");
//   flow.set_furniture({.fields = {{"title", "Ateliers"}}});
//   flow.add(typeset::paragraph_block("cover-title", title));
//   flow.page_break("page");
//   typeset::Block heading = typeset::paragraph_block("h1", "Ateliers");
//   heading.anchor = "section-ateliers";
//   heading.outline = typeset::OutlineMark{"Ateliers", 0};
//   heading.mark = "Ateliers";
//   flow.add(std::move(heading));
//   flow.add(typeset::Block{typeset::TableBlock{"overview", rows}});
//   typeset::DocumentBox document = flow.finish({.title = "…"});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/blocks.hpp"
#include "typeset/boxes.hpp"
#include "typeset/fit.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/page_furniture.hpp"
#include "typeset/pagination.hpp"
#include "typeset/template.hpp"

namespace typeset {

struct FlowReport {
  int passes = 0;      // layout passes run (1 to 3) for the document kept
  bool stable = true;  // false: page numbers still moved after the last pass
  int lines_set = 0;   // lines of the content (not of headers and footers)
  int lines_placed = 0;
  std::optional<FitOutcome> fit;  // with a fit rule: the size chosen
};

class Flow {
 public:
  // `first_master` names the page master of the first page.
  Flow(const Template& tmpl, SetParagraphFn set_paragraph, base::Diagnostics& diagnostics,
       std::string first_master);

  // Style of paragraphs that name none (default "body").
  void set_body_style(std::string style) { body_style_ = std::move(style); }
  // What the masters' zones and image slots show besides the page fields.
  void set_furniture(FurnitureContent furniture) { furniture_ = std::move(furniture); }
  // Shrink the content to fit (see fit.hpp).
  void set_fit(FitRule rule) { fit_ = std::move(rule); }
  // Make the pages for a print shop: bleed, crop marks (page_furniture.hpp).
  // The content and the furniture stay where they are on the trimmed page.
  void set_print(PrintSetup setup) { print_ = setup; }

  void add(Block block);
  void add(std::vector<Block> blocks);
  void page_break(std::string master = {});

  DocumentBox finish(DocumentMetadata metadata = {});
  const FlowReport& report() const { return report_; }
  // Keep the pages' strips after finish() for pages(); otherwise each page's
  // strips are freed once its boxes are made (a long document is not held
  // twice).
  void keep_pages() { keep_pages_ = true; }
  // The pages of the last finish(), before furniture (for tests and the
  // layout demo); empty unless keep_pages() was called.
  const std::vector<PageLayout>& pages() const { return pages_; }

 private:
  // One complete layout of the content with `content` styles: passes until
  // cross-references settle. Its problems go to `diagnostics`.
  struct Laid {
    std::vector<PageLayout> pages;
    base::Diagnostics diagnostics;
    int passes = 0;
    bool stable = true;
    int lines_set = 0;
    double content_height = 0;  // of the first pass, stacked
    StructureTree structure;    // of the last pass
  };
  Laid lay_out(const Template& content);
  std::vector<PageLayout> run_pass(const AnchorPages* anchors, LayoutContext& context,
                                   int& lines_set, double& content_height);
  Laid fit(FitOutcome& outcome);
  void paint_pages(std::vector<PageLayout>& pages, DocumentBox& document);

  const Template* tmpl_;
  SetParagraphFn set_paragraph_;
  base::Diagnostics* diagnostics_;
  std::string first_master_;
  std::string body_style_ = "body";
  FurnitureContent furniture_;
  std::optional<FitRule> fit_;
  std::optional<PrintSetup> print_;
  std::vector<Block> blocks_;
  std::vector<PageLayout> pages_;
  bool keep_pages_ = false;
  FlowReport report_;
};

}  // namespace typeset
