// From the catalogue's rich text to blocks: paragraphs keep their runs' style
// flags, links, line breaks and source positions; lists keep their nesting.
#pragma once

#include <string>
#include <vector>

#include "catalogue/rich_text.hpp"
#include "typeset/blocks.hpp"

namespace typeset {

struct RichTextStyles {
  std::string paragraph;  // paragraph style ("" = default of where it sits)
  std::string list;       // list style
};

std::vector<InlineRun> inline_runs(const catalogue::Paragraph& paragraph);
std::vector<Block> rich_blocks(const catalogue::RichText& text, const RichTextStyles& styles);

}  // namespace typeset
