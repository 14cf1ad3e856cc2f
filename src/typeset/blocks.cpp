#include "typeset/blocks.hpp"

namespace typeset {

Block paragraph_block(std::string style, std::vector<InlineRun> runs) {
  return Block{ParagraphBlock{std::move(style), std::move(runs)}};
}

Block paragraph_block(std::string style, std::string text) {
  InlineRun run;
  run.text = std::move(text);
  return paragraph_block(std::move(style), std::vector<InlineRun>{std::move(run)});
}

Block heading_block(int level, std::string style, std::vector<InlineRun> runs) {
  return Block{ParagraphBlock{std::move(style), std::move(runs), level}};
}

Block heading_block(int level, std::string style, std::string text) {
  InlineRun run;
  run.text = std::move(text);
  return heading_block(level, std::move(style), std::vector<InlineRun>{std::move(run)});
}

Block space_block(double height) {
  return Block{SpaceBlock{height}};
}

Block page_break_block(std::string master, double unless_room, double min_tail) {
  return Block{PageBreakBlock{std::move(master), unless_room, min_tail}};
}

Block marker_block(std::string anchor) {
  Block marker{MarkerBlock{}};
  marker.anchor = std::move(anchor);
  return marker;
}

}  // namespace typeset
