// The layout demo format (tests/fixtures/demo.xml): a <demo> naming its
// template, first page master, body style and list style, holding
//   <paragraph>  inline markup of the catalogue format (em, strong, a, br…);
//   <rich>       rich text (p, ul, ol) as in a catalogue row;
//   <table>      <header> and <row> elements of <cell> rich text;
//   <page-break> optionally naming the next page's master.
// Paragraphs and tables may carry anchor, mark, outline (and outline-level);
// paragraphs a style. Text may hold {page-of:ANCHOR} cross-references.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/blocks.hpp"

namespace documents {

// A style or page master the demo names, where it names it: checked against
// the template once that is loaded.
struct DemoNameUse {
  enum class Kind { paragraph_style, list_style, table_style, page_master };
  Kind kind = Kind::paragraph_style;
  std::string name;
  base::SourcePosition position;
};

struct LayoutDemo {
  std::string source_file;    // as given, for diagnostics
  std::string template_path;  // as written: relative to the data directory
  std::string title;          // the PDF's title
  std::string master;         // page master of the first page
  std::string body_style;     // paragraphs naming no style
  std::vector<typeset::Block> blocks;
  // Every text of the demo in reading order, one line per paragraph, list
  // item or cell, {page-of:…} fields included: what the PDF must give back.
  std::string plain_text;
  std::vector<DemoNameUse> names;
};

// Reads a demo from `xml`, named `display_path` in diagnostics (French,
// file:line:col). nullopt when it has errors.
std::optional<LayoutDemo> read_layout_demo_from_string(std::string_view xml,
                                                       const std::string& display_path,
                                                       base::Diagnostics& diagnostics);

// Reads the demo file at `path`; an unreadable file is reported too.
std::optional<LayoutDemo> read_layout_demo(const std::string& path, base::Diagnostics& diagnostics);

}  // namespace documents
