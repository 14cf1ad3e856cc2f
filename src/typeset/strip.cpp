#include "typeset/strip.hpp"

namespace typeset {

double stacked_height(const std::vector<Strip>& strips, std::size_t begin, std::size_t end) {
  double height = 0;
  for (std::size_t i = begin; i < end && i < strips.size(); ++i) {
    if (i != begin) height += strips[i].space_before;  // a column's first space is dropped
    height += strips[i].height;
  }
  return height;
}

int count_text_lines(const std::vector<Strip>& strips) {
  int lines = 0;
  for (const Strip& strip : strips) lines += strip.text_lines;
  return lines;
}

}  // namespace typeset
