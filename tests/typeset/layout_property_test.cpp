// Property test: random paragraphs, headings, nested lists and tables (some
// rows taller than a page) on random frame heights. Whatever the input, no box
// leaves its frame, strips never overlap, and every line set is placed once.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "layout_fixtures.hpp"

namespace typeset {
namespace {

class RandomContent {
 public:
  explicit RandomContent(unsigned seed) : random_(seed) {}

  std::vector<Block> blocks(int count) {
    std::vector<Block> result;
    for (int i = 0; i < count; ++i) result.push_back(block());
    return result;
  }

  const std::vector<std::string>& tokens() const { return tokens_; }

 private:
  int uniform(int low, int high) { return std::uniform_int_distribution(low, high)(random_); }

  // A paragraph of `lines` forced lines of unique tokens.
  Block lines(const std::string& style, int count) {
    std::vector<InlineRun> runs;
    for (int i = 0; i < count; ++i) {
      if (i > 0) {
        InlineRun line_break;
        line_break.line_break = true;
        runs.push_back(line_break);
      }
      InlineRun run;
      run.text = "t" + std::to_string(tokens_.size());
      tokens_.push_back(run.text);
      runs.push_back(run);
    }
    return paragraph_block(style, std::move(runs));
  }

  Block list(int depth) {
    ListBlock list;
    list.style = "items";
    list.ordered = uniform(0, 1) == 1;
    for (int i = uniform(1, 4); i > 0; --i) {
      ListItem item{{lines("", uniform(1, 3))}};
      if (depth < 2 && uniform(0, 3) == 0) item.blocks.push_back(list_block(depth + 1));
      list.items.push_back(std::move(item));
    }
    return Block{std::move(list)};
  }
  Block list_block(int depth) { return list(depth); }

  Block table() {
    TableBlock table;
    table.style = uniform(0, 1) == 0 ? "sheet" : "overview";
    if (uniform(0, 1) == 1) {
      TableRow header;
      header.header = true;
      header.cells = {TableCell{{paragraph_block("", "H1")}},
                      TableCell{{paragraph_block("", "H2")}}};
      table.rows.push_back(std::move(header));
    }
    for (int r = uniform(1, 6); r > 0; --r) {
      TableRow row;
      row.cells.push_back(TableCell{{paragraph_block("", "L")}});
      TableCell content;
      content.blocks.push_back(lines("", uniform(1, uniform(0, 4) == 0 ? 30 : 6)));
      if (uniform(0, 2) == 0) content.blocks.push_back(list(0));
      row.cells.push_back(std::move(content));
      table.rows.push_back(std::move(row));
    }
    return Block{std::move(table)};
  }

  Block block() {
    switch (uniform(0, 9)) {
      case 0:
        return paragraph_block("heading", "T");
      case 1:
        return list(0);
      case 2:
      case 3:
        return table();
      case 4:
        return uniform(0, 4) == 0 ? page_break_block() : space_block(uniform(0, 20));
      default:
        return lines("", uniform(1, 14));
    }
  }

  std::mt19937 random_;
  std::vector<std::string> tokens_;
};

TEST(LayoutProperty, NoBoxLeavesItsFrameAndNoLineIsLost) {
  int pages = 0;
  int continuations = 0;
  for (unsigned seed = 1; seed <= 150; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    RandomContent content(seed);
    std::vector<Block> blocks = content.blocks(12);
    const double frame_height = 60 + (seed * 37) % 160;
    testing::FlowRun run = testing::run_flow(std::move(blocks), frame_height);
    testing::expect_inside_frames(run);
    for (const auto& diagnostic : run.diagnostics.items()) {
      ADD_FAILURE() << base::format_diagnostic(diagnostic);
    }
    pages += static_cast<int>(run.document.pages.size());
    continuations += testing::occurrences(run.document, "(suite)");
    EXPECT_EQ(run.report.lines_placed, run.report.lines_set);
    std::map<std::string, int> seen;
    for (const PageBox& page : run.document.pages) {
      for (const GlyphRun& glyph : page.glyphs) seen[glyph.text] += 1;
    }
    for (const std::string& token : content.tokens()) {
      EXPECT_EQ(seen[token], 1) << token;
    }
    for (const PageLayout& page : run.pages) {
      for (std::size_t i = 1; i < page.strips.size(); ++i) {
        EXPECT_GE(page.strips[i].y + 1e-9, page.strips[i - 1].y + page.strips[i - 1].strip.height);
      }
    }
    if (::testing::Test::HasFailure()) break;
  }
  // The inputs really exercise page and row breaks.
  EXPECT_GT(pages, 600);
  EXPECT_GT(continuations, 100);
  std::printf("%d pages, %d row continuations\n", pages, continuations);
}

}  // namespace
}  // namespace typeset
