#include "typeset/rich_blocks.hpp"

namespace typeset {

std::vector<InlineRun> inline_runs(const catalogue::Paragraph& paragraph) {
  std::vector<InlineRun> runs;
  runs.reserve(paragraph.runs.size());
  for (const catalogue::TextRun& source : paragraph.runs) {
    InlineRun run;
    run.text = source.text;
    run.italic = (source.style & catalogue::kItalic) != 0;
    run.bold = (source.style & catalogue::kBold) != 0;
    run.superscript = (source.style & catalogue::kSuperscript) != 0;
    run.link = source.link;
    run.line_break = source.line_break;
    run.position = source.position;
    runs.push_back(std::move(run));
  }
  return runs;
}

namespace {

Block list_block(const catalogue::List& list, const RichTextStyles& styles) {
  ListBlock block;
  block.style = styles.list;
  block.ordered = list.ordered;
  block.start = list.start;
  for (const catalogue::ListItem& item : list.items) {
    block.items.push_back(ListItem{rich_blocks(catalogue::RichText{item.blocks}, styles)});
  }
  return Block{std::move(block)};
}

}  // namespace

std::vector<Block> rich_blocks(const catalogue::RichText& text, const RichTextStyles& styles) {
  std::vector<Block> blocks;
  for (const catalogue::Block& source : text.blocks) {
    if (source.kind == catalogue::Block::Kind::paragraph) {
      blocks.push_back(paragraph_block(styles.paragraph, inline_runs(source.paragraph)));
    } else {
      blocks.push_back(list_block(source.list, styles));
    }
  }
  return blocks;
}

}  // namespace typeset
