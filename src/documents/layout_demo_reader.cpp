#include "documents/layout_demo_reader.hpp"

#include <fmt/format.h>

#include <array>
#include <pugixml.hpp>

#include "base/element_shape.hpp"
#include "base/load_xml.hpp"
#include "catalogue/rich_text_reader.hpp"
#include "catalogue/vocabulary.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

namespace {

using base::ChildRule;
using base::XmlSource;
using Kind = DemoNameUse::Kind;

// A demo is a page or two of text; the size limit keeps a wrong file from
// filling memory. Its paragraphs are written in the catalogue's inline markup.
constexpr base::XmlFileRules kDemoFile = {.root = "demo",
                                          .what = "une démonstration de mise en page",
                                          .file_kind = "un fichier de démonstration",
                                          .max_bytes = 4 * 1024 * 1024,
                                          .keep_blank_text = true,
                                          .vocabulary = catalogue::kVocabulary};

constexpr std::array<std::string_view, 5> kDemoAttributes = {"template", "title", "master",
                                                             "body-style", "list-style"};
constexpr std::array<std::string_view, 4> kDemoChildren = {"paragraph", "rich", "table",
                                                           "page-break"};
// Of <paragraph> and <table>.
constexpr std::array<std::string_view, 5> kBlockAttributes = {"style", "anchor", "mark", "outline",
                                                              "outline-level"};
// A paragraph may also say it is a heading, and of which level (tagged PDF).
constexpr std::array<std::string_view, 6> kParagraphAttributes = {
    "style", "anchor", "mark", "outline", "outline-level", "heading"};
constexpr std::array<std::string_view, 1> kPageBreakAttributes = {"master"};
constexpr std::array<ChildRule, 2> kTableChildren = {ChildRule{"header", 0, 1},
                                                     ChildRule{"row", 1}};
constexpr std::array<ChildRule, 1> kRowChildren = {ChildRule{"cell", 1}};

class DemoReader {
 public:
  DemoReader(XmlSource& source, LayoutDemo& demo) : source_(source), demo_(demo) {}

  void read(pugi::xml_node root);

 private:
  void read_paragraph(pugi::xml_node element);
  void read_rich(pugi::xml_node element);
  void read_table(pugi::xml_node element);
  void read_page_break(pugi::xml_node element);
  void tag(typeset::Block& block, pugi::xml_node element);
  void use(Kind kind, pugi::xml_node element, std::string_view attribute);
  std::vector<typeset::Block> rich_blocks(pugi::xml_node element);

  XmlSource& source_;
  LayoutDemo& demo_;
  std::string list_style_;
};

void DemoReader::read(pugi::xml_node root) {
  base::check_attributes(source_, root, kDemoAttributes);
  if (auto path = base::required_attribute(source_, root, "template")) {
    demo_.template_path = *path;
  }
  if (auto master = base::required_attribute(source_, root, "master")) {
    demo_.master = *master;
    use(Kind::page_master, root, "master");
  }
  demo_.title = root.attribute("title").as_string("Démonstration de mise en page");
  demo_.body_style = root.attribute("body-style").as_string("body");
  use(Kind::paragraph_style, root, "body-style");
  list_style_ = root.attribute("list-style").as_string();
  use(Kind::list_style, root, "list-style");

  for (pugi::xml_node child : root.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      base::report_stray_text(source_, child, root);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "paragraph") {
      read_paragraph(child);
    } else if (name == "rich") {
      read_rich(child);
    } else if (name == "table") {
      read_table(child);
    } else if (name == "page-break") {
      read_page_break(child);
    } else {
      base::report_unexpected_element(source_, child, root, kDemoChildren);
    }
  }
}

void DemoReader::read_paragraph(pugi::xml_node element) {
  base::check_attributes(source_, element, kParagraphAttributes);
  use(Kind::paragraph_style, element, "style");
  const catalogue::Paragraph paragraph = catalogue::read_paragraph(source_, element);
  demo_.plain_text += catalogue::plain_text(paragraph) + "\n";
  typeset::Block block = typeset::paragraph_block(element.attribute("style").as_string(),
                                                  typeset::inline_runs(paragraph));
  if (pugi::xml_attribute heading = element.attribute("heading")) {
    const std::string_view text = heading.value();
    if (text.size() != 1 || text[0] < '1' || text[0] > '6') {
      source_.error(
          source_.attribute_position(element, "heading"),
          fmt::format("heading attend le niveau du titre, un chiffre de 1 à 6, pas « {} »", text));
    } else {
      std::get<typeset::ParagraphBlock>(block.content).heading = text[0] - '0';
    }
  }
  tag(block, element);
  demo_.blocks.push_back(std::move(block));
}

void DemoReader::read_rich(pugi::xml_node element) {
  base::check_attributes(source_, element, {});
  for (typeset::Block& block : rich_blocks(element)) demo_.blocks.push_back(std::move(block));
}

void DemoReader::read_table(pugi::xml_node element) {
  base::check_attributes(source_, element, kBlockAttributes);
  typeset::TableBlock table;
  if (auto style = base::required_attribute(source_, element, "style")) {
    table.style = *style;
    use(Kind::table_style, element, "style");
  }
  for (pugi::xml_node row_node : base::checked_children(source_, element, kTableChildren)) {
    base::check_attributes(source_, row_node, {});
    typeset::TableRow row;
    row.header = std::string_view(row_node.name()) == "header";
    for (pugi::xml_node cell : base::checked_children(source_, row_node, kRowChildren)) {
      base::check_attributes(source_, cell, {});
      row.cells.push_back(typeset::TableCell{rich_blocks(cell)});
    }
    table.rows.push_back(std::move(row));
  }
  typeset::Block block{std::move(table)};
  tag(block, element);
  demo_.blocks.push_back(std::move(block));
}

void DemoReader::read_page_break(pugi::xml_node element) {
  base::check_attributes(source_, element, kPageBreakAttributes);
  use(Kind::page_master, element, "master");
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_element) {
      base::report_unexpected_element(source_, child, element, {});
    } else if (child.type() == pugi::node_pcdata) {
      base::report_stray_text(source_, child, element);
    }
  }
  demo_.blocks.push_back(typeset::page_break_block(element.attribute("master").as_string()));
}

void DemoReader::tag(typeset::Block& block, pugi::xml_node element) {
  block.anchor = element.attribute("anchor").as_string();
  if (element.attribute("mark")) block.mark = element.attribute("mark").as_string();
  if (!element.attribute("outline")) return;
  int level = 0;
  if (pugi::xml_attribute written = element.attribute("outline-level")) {
    const std::string_view text = written.value();
    if (text.size() != 1 || text[0] < '0' || text[0] > '9') {
      source_.error(source_.attribute_position(element, "outline-level"),
                    fmt::format("outline-level attend un chiffre de 0 à 9, pas « {} »", text));
    } else {
      level = text[0] - '0';
    }
  }
  block.outline = typeset::OutlineMark{element.attribute("outline").as_string(), level};
}

void DemoReader::use(Kind kind, pugi::xml_node element, std::string_view attribute) {
  const pugi::xml_attribute written = element.attribute(std::string(attribute).c_str());
  if (!written || *written.value() == '\0') return;
  demo_.names.push_back(
      DemoNameUse{kind, written.value(), source_.attribute_position(element, attribute)});
}

std::vector<typeset::Block> DemoReader::rich_blocks(pugi::xml_node element) {
  const catalogue::RichText text = catalogue::read_rich_text(source_, element);
  demo_.plain_text += catalogue::plain_text(text) + "\n";
  return typeset::rich_blocks(text, typeset::RichTextStyles{"", list_style_});
}

// `found` are the problems of this file (its source reports to them); they
// join `diagnostics`, which may already hold others.
std::optional<LayoutDemo> read_demo(base::XmlDocument* document, const std::string& display_path,
                                    base::Diagnostics& found, base::Diagnostics& diagnostics) {
  LayoutDemo demo;
  demo.source_file = display_path;
  if (document) DemoReader(document->source(), demo).read(document->root());
  const bool failed = found.has_errors();
  diagnostics.append(std::move(found));
  if (failed) return std::nullopt;
  return demo;
}

}  // namespace

std::optional<LayoutDemo> read_layout_demo_from_string(std::string_view xml,
                                                       const std::string& display_path,
                                                       base::Diagnostics& diagnostics) {
  base::Diagnostics found;
  return read_demo(base::parse_xml(std::string(xml), display_path, kDemoFile, found).get(),
                   display_path, found, diagnostics);
}

std::optional<LayoutDemo> read_layout_demo(const std::string& path,
                                           base::Diagnostics& diagnostics) {
  base::Diagnostics found;
  return read_demo(base::load_xml(path, kDemoFile, found).get(), path, found, diagnostics);
}

}  // namespace documents
