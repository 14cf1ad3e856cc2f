// Rich text as the catalogue holds it: paragraphs and nested lists of styled runs.
// No presentation here: bullets, fonts and sizes come from templates.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace catalogue {

// Style flags of a run; they combine (bold | italic).
enum RunStyle : std::uint8_t {
  kRegular = 0,
  kItalic = 1 << 0,       // <em>
  kBold = 1 << 1,         // <strong>
  kSuperscript = 1 << 2,  // <sup>
};

// A piece of text with one style. `link` is set for the text of <a href>, and
// for URLs written as plain text (detected by the reader). A `line_break` run is
// a <br/>: it has no text.
struct TextRun {
  std::string text;  // UTF-8, white space already collapsed to single spaces
  std::uint8_t style = kRegular;
  std::string link;
  bool line_break = false;
  base::SourcePosition position;  // where the text starts in the XML file
};

struct Paragraph {
  std::vector<TextRun> runs;
  base::SourcePosition position;
};

struct Block;

struct ListItem {
  std::vector<Block> blocks;  // usually one paragraph, maybe followed by nested lists
  base::SourcePosition position;
};

struct List {
  bool ordered = false;  // <ol> (numbered) or <ul> (bulleted)
  int start = 1;         // first number of an ordered list
  std::vector<ListItem> items;
  base::SourcePosition position;
};

struct Block {
  enum class Kind { paragraph, list };
  Kind kind = Kind::paragraph;
  Paragraph paragraph;  // when kind == paragraph
  List list;            // when kind == list
};

// The content of a sheet row, a note, a text: a sequence of blocks.
struct RichText {
  std::vector<Block> blocks;
};

// The text of a rich text without markup, blocks separated by '\n' (for
// searching, word coverage checks and terminal output).
std::string plain_text(const RichText& text);
std::string plain_text(const Paragraph& paragraph);

}  // namespace catalogue
