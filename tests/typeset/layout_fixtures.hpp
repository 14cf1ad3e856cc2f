// Test helpers for the layout: a fake paragraph setter with a monospace
// "font" (every character is half the font size wide, words broken greedily)
// so that layout tests know exactly where lines fall, and a small template.
#pragma once

#include <string>
#include <vector>

#include "typeset/flow.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/template.hpp"

namespace typeset::testing {

// Width of one character of the fake font at `size`.
inline double fake_advance(double size) {
  return size / 2;
}

// Sets `runs` greedily in the fake font; each line is one glyph run.
// Reports nothing.
ParagraphLayout fake_set_paragraph(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                                   double width, base::Diagnostics* diagnostics = nullptr);

// A template with styles "body" (10/12, orphans and widows 2), "heading"
// (keep-with-next), "cell", "label", "header", "suite", "unbreakable" (widows
// and orphans 99: no legal break inside); list style "items"
// (bullets • – ·, numbers 1. a) i.); table styles "sheet" (label column,
// splittable, "(suite)") and "overview" (rows do not split); columns styles
// "two" (gap 10, a rule between) and "three" (gap 10, 4 pt before, 6 after); page master
// "page" with a frame of `frame_height` × 200 pt and a footer "page {page} / {pages}".
Template test_template(double frame_height = 120);

// The words of a paragraph of `count` words "w1 w2 …" with a prefix.
std::string words(const std::string& prefix, int count);

// Every glyph run's text on every page, in order.
std::vector<std::string> page_texts(const DocumentBox& document, std::size_t page);
int count_words(const std::string& text);

}  // namespace typeset::testing

namespace typeset::testing {

// A paragraph of `count` forced lines "<prefix>1", "<prefix>2", …
Block lines_block(const std::string& style, const std::string& prefix, int count);

// Runs a flow of `blocks` on test_template(frame_height) with the fake setter.
struct FlowRun {
  Template tmpl;
  base::Diagnostics diagnostics;
  DocumentBox document;
  std::vector<PageLayout> pages;
  FlowReport report;
};
FlowRun run_flow(std::vector<Block> blocks, double frame_height = 120);

// Fails the test for any strip, fill, rule or text (other than the footer)
// that leaves its page's frame.
void expect_inside_frames(const FlowRun& run);

// How many times each text appears in the document (footers excluded).
int occurrences(const DocumentBox& document, const std::string& text);

}  // namespace typeset::testing
