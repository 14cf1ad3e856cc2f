// What laying blocks out needs: the template, a way to set paragraphs (the
// real set_paragraph, or a fake in tests), the pages where anchors landed in
// the previous pass, and where problems are reported.
#pragma once

#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/paragraph.hpp"
#include "typeset/strip.hpp"
#include "typeset/structure.hpp"
#include "typeset/template.hpp"

namespace typeset {

// Sets a paragraph; its problems (a character no font has, a word wider than
// the column) go to `diagnostics` when it is not null.
using SetParagraphFn =
    std::function<ParagraphLayout(const std::vector<InlineRun>&, const ParagraphStyle&,
                                  double width, base::Diagnostics* diagnostics)>;

// anchor name → page number (1-based) where it landed.
using AnchorPages = std::map<std::string, int, std::less<>>;

struct LayoutContext {
  const Template* tmpl = nullptr;
  SetParagraphFn set_paragraph;
  base::Diagnostics* diagnostics = nullptr;
  std::string body_style = "body";            // style of paragraphs that name none, outside tables
  const AnchorPages* anchor_pages = nullptr;  // previous pass; null in the first
  // Filled while laying out: the header strips of each table, by table id.
  std::vector<std::vector<Strip>> table_headers;
  int next_outline = 0;
  // The elements made while laying out (structure.hpp), and the one new
  // elements go into. Null: what is laid out is an artifact (a "(suite)"
  // label, furniture).
  StructureTree* structure = nullptr;
  int structure_parent = 0;

  // Adds an element under structure_parent; kArtifact when not tagging.
  int add_element(StructureElement element);
  int add_element(Role role);

  // Reports a problem found while laying out (template-level: no position).
  void report(std::string message) const;
  // Reports something that spoils the look without losing content.
  void warn(std::string message) const;
  // The style named `name`, or `fallback` if empty; reports unknown names.
  const ParagraphStyle& paragraph_style(const std::string& name, const std::string& fallback) const;
};

// Makes `element` the parent of the elements added while it lives.
class StructureScope {
 public:
  StructureScope(LayoutContext& context, int element)
      : context_(context), saved_(context.structure_parent) {
    if (element != kArtifact) context.structure_parent = element;
  }
  ~StructureScope() { context_.structure_parent = saved_; }
  StructureScope(const StructureScope&) = delete;
  StructureScope& operator=(const StructureScope&) = delete;

 private:
  LayoutContext& context_;
  int saved_;
};

// Lays `blocks` out in a column `width` points wide and appends the strips.
// `default_style` is used by paragraphs that name no style. Returns the
// space to leave after the last block (collapsed with the next block's).
double layout_blocks(std::span<const Block> blocks, double width, const std::string& default_style,
                     LayoutContext& context, std::vector<Strip>& out);

// One paragraph's lines as strips, with widows/orphans rules between them.
std::vector<Strip> paragraph_strips(const ParagraphLayout& layout, const ParagraphStyle& style);

}  // namespace typeset
