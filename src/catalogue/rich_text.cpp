#include "catalogue/rich_text.hpp"

namespace catalogue {

std::string plain_text(const Paragraph& paragraph) {
  std::string out;
  for (const TextRun& run : paragraph.runs) {
    out += run.line_break ? std::string("\n") : run.text;
  }
  return out;
}

namespace {
void append_blocks(const std::vector<Block>& blocks, std::string& out) {
  for (const Block& block : blocks) {
    if (block.kind == Block::Kind::paragraph) {
      if (!out.empty()) out += '\n';
      out += plain_text(block.paragraph);
    } else {
      for (const ListItem& item : block.list.items) append_blocks(item.blocks, out);
    }
  }
}
}  // namespace

std::string plain_text(const RichText& text) {
  std::string out;
  append_blocks(text.blocks, out);
  return out;
}

}  // namespace catalogue
