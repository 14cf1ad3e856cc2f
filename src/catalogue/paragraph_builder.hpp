// Builds a paragraph from the pieces of text the XML gives, the way a browser
// does: runs of white space become one space, none at the start or end of the
// paragraph or around a line break, and neighbouring text of the same style and
// link makes one run.
#pragma once

#include <cstdint>
#include <string>

#include "base/xml_scan.hpp"
#include "base/xml_source.hpp"
#include "catalogue/rich_text.hpp"

namespace catalogue {

class ParagraphBuilder {
 public:
  explicit ParagraphBuilder(const base::XmlSource& source) : source_(&source) {}

  // Appends decoded text. Outside a link, URLs written in it become links.
  void append_text(const base::DecodedText& text, std::uint8_t style, const std::string& link);
  void append_line_break(base::SourcePosition position);

  bool empty() const { return runs_.empty(); }
  // The paragraph built so far, at `position`; the builder starts afresh.
  Paragraph take(base::SourcePosition position);
  // Same, positioned at its first run.
  Paragraph take();

 private:
  void append_range(const base::DecodedText& text, std::size_t begin, std::size_t end,
                    std::uint8_t style, const std::string& link);
  void append_byte(char byte, std::size_t offset, std::uint8_t style, const std::string& link);
  void trim_trailing_space();

  const base::XmlSource* source_;
  std::vector<TextRun> runs_;
  bool at_line_start_ = true;  // white space here is dropped
  bool after_space_ = false;   // a space was just written: further white space is dropped
};

}  // namespace catalogue
