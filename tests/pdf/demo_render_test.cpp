// The layout demo (tests/fixtures/demo.xml with templates/demo.xml) set with
// the real fonts, hyphenation and line breaker, painted to a PDF and read
// back with pdftotext: every word is there, and no line starts with the
// punctuation French typography keeps at the end of the previous line.
// DEMO_PDF=/some/file.pdf keeps a copy of the PDF for looking at it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <pugixml.hpp>
#include <sstream>

#include "catalogue/rich_text_reader.hpp"
#include "catalogue/xml_source.hpp"
#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"
#include "typeset/data_dir.hpp"
#include "typeset/flow.hpp"
#include "typeset/hyphenation.hpp"
#include "typeset/paragraph_setter.hpp"
#include "typeset/rich_blocks.hpp"

namespace {

using catalogue::XmlSource;

const std::string kDemo = std::string(BROCHURE_SOURCE_DIR) + "/tests/fixtures/demo.xml";

// The demo's elements as blocks; the plain text of everything for checks.
struct DemoDocument {
  std::string template_path;
  std::string master;
  std::string body_style;
  std::vector<typeset::Block> blocks;
  std::string plain_text;
};

void tag(typeset::Block& block, pugi::xml_node element) {
  block.anchor = element.attribute("anchor").as_string();
  if (element.attribute("mark")) block.mark = element.attribute("mark").as_string();
  if (element.attribute("outline")) {
    block.outline = typeset::OutlineMark{element.attribute("outline").as_string(),
                                         element.attribute("outline-level").as_int(0)};
  }
}

DemoDocument read_demo(XmlSource& source, pugi::xml_node root) {
  DemoDocument demo;
  demo.template_path =
      std::string(BROCHURE_SOURCE_DIR) + "/" + root.attribute("template").as_string();
  demo.master = root.attribute("master").as_string();
  demo.body_style = root.attribute("body-style").as_string();
  const typeset::RichTextStyles styles{"", root.attribute("list-style").as_string()};
  for (pugi::xml_node element : root.children()) {
    const std::string_view name = element.name();
    typeset::Block block;
    if (name == "paragraph") {
      catalogue::Paragraph paragraph = catalogue::read_paragraph(source, element);
      demo.plain_text += catalogue::plain_text(paragraph) + "\n";
      block = typeset::paragraph_block(element.attribute("style").as_string(),
                                       typeset::inline_runs(paragraph));
    } else if (name == "rich") {
      catalogue::RichText text = catalogue::read_rich_text(source, element);
      demo.plain_text += catalogue::plain_text(text) + "\n";
      for (typeset::Block& part : typeset::rich_blocks(text, styles)) {
        demo.blocks.push_back(std::move(part));
      }
      continue;
    } else if (name == "table") {
      typeset::TableBlock table;
      table.style = element.attribute("style").as_string();
      for (pugi::xml_node row_node : element.children()) {
        if (row_node.type() != pugi::node_element) continue;
        typeset::TableRow row;
        row.header = std::string_view(row_node.name()) == "header";
        for (pugi::xml_node cell : row_node.children("cell")) {
          catalogue::RichText text = catalogue::read_rich_text(source, cell);
          demo.plain_text += catalogue::plain_text(text) + "\n";
          row.cells.push_back(typeset::TableCell{typeset::rich_blocks(text, styles)});
        }
        table.rows.push_back(std::move(row));
      }
      block = typeset::Block{std::move(table)};
    } else if (name == "page-break") {
      block = typeset::page_break_block(element.attribute("master").as_string());
    } else {
      continue;
    }
    tag(block, element);
    demo.blocks.push_back(std::move(block));
  }
  return demo;
}

// Words of `text` without punctuation, and without the {page-of:…} fields.
std::vector<std::string> words_of(std::string text) {
  for (std::size_t field; (field = text.find("{page-of:")) != std::string::npos;) {
    text.erase(field, text.find('}', field) - field + 1);
  }
  std::vector<std::string> words;
  std::istringstream stream(text);
  std::string word;
  while (stream >> word) {
    std::string letters;
    for (char c : word) {
      if (std::string_view(".,;:!?()«»\"").find(c) == std::string_view::npos) letters += c;
    }
    if (letters.size() > 1 && letters.find('\xE2') == std::string::npos) words.push_back(letters);
  }
  return words;
}

// Text with every white space and hyphen removed: words cut at a line end
// ("accompa-\ngnement") join again.
std::string squeezed(const std::string& text) {
  std::string result;
  for (char c : text) {
    if (std::string_view(" \n\f\t-.,;:!?()\"").find(c) == std::string_view::npos) result += c;
  }
  return result;
}

typeset::DocumentMetadata metadata() {
  typeset::DocumentMetadata metadata;
  metadata.title = "Démonstration de mise en page";
  return metadata;
}

TEST(DemoRender, EveryWordIsPrintedAndNoLineStartsWithHighPunctuation) {
  std::string xml = pdf_test::read_file(kDemo);
  pugi::xml_document document;
  ASSERT_TRUE(
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata));
  catalogue::Diagnostics diagnostics;
  XmlSource source(xml, "tests/fixtures/demo.xml", diagnostics);
  DemoDocument demo = read_demo(source, document.document_element());
  ASSERT_TRUE(diagnostics.empty()) << catalogue::format_diagnostic(diagnostics.items()[0]);

  typeset::TemplateResult loaded = typeset::load_template(demo.template_path);
  ASSERT_TRUE(loaded.value) << catalogue::format_diagnostic(loaded.diagnostics.items()[0]);
  typeset::FontLibrary fonts;
  ASSERT_TRUE(typeset::load_template_fonts(*loaded.value, typeset::data_dir(), fonts, diagnostics));
  std::string error;
  std::optional<typeset::Hyphenator> hyphenator =
      typeset::Hyphenator::load(std::string(typeset::kFrenchPatterns), error);
  ASSERT_TRUE(hyphenator) << error;

  typeset::TextContext text{&fonts, &*hyphenator, "tests/fixtures/demo.xml", &diagnostics};
  typeset::Flow flow(*loaded.value, typeset::text_setter(text), diagnostics, demo.master);
  flow.set_body_style(demo.body_style);
  flow.add(std::move(demo.blocks));
  typeset::DocumentBox laid_out = flow.finish(metadata());
  for (const auto& diagnostic : diagnostics.items()) {
    ADD_FAILURE() << catalogue::format_diagnostic(diagnostic);
  }
  EXPECT_TRUE(flow.report().stable);
  EXPECT_EQ(flow.report().lines_placed, flow.report().lines_set);
  ASSERT_GE(laid_out.pages.size(), 2u);

  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("demo.pdf");
  pdf::WriteOptions options;
  options.date = 0;
  pdf::WriteResult written = pdf::write_pdf(laid_out, fonts, path, options);
  ASSERT_TRUE(written.ok()) << catalogue::format_diagnostic(written.diagnostics.items()[0]);
  if (const char* keep = std::getenv("DEMO_PDF")) {
    pdf_test::write_text_file(keep, pdf_test::read_file(path));
  }

  pdf_test::CommandResult text_out =
      pdf_test::run_command("pdftotext -enc UTF-8 " + pdf_test::shell_quoted(path) + " -");
  ASSERT_EQ(text_out.exit_code, 0) << text_out.output;
  const std::string printed = squeezed(text_out.output);
  for (const std::string& word : words_of(demo.plain_text)) {
    EXPECT_NE(printed.find(squeezed(word)), std::string::npos) << "missing: " << word;
  }
  std::istringstream lines(text_out.output);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t first = line.find_first_not_of(" \f");
    if (first == std::string::npos) continue;
    const std::string_view start = std::string_view(line).substr(first);
    for (std::string_view mark : {":", ";", "!", "?", "»"}) {
      EXPECT_FALSE(start.starts_with(mark)) << "line starts with " << mark << ": " << line;
    }
  }
  // The cross-reference shows where the sheet landed, and the table's long
  // row went on to the next page under its repeated header, with "(suite)".
  EXPECT_NE(text_out.output.find("(suite)"), std::string::npos);
  EXPECT_NE(printed.find("commenceàlapage1"), std::string::npos);
  EXPECT_NE(printed.find("termineàlapage2"), std::string::npos);
  std::size_t headers = 0;
  for (std::size_t at = 0; (at = text_out.output.find("Rubrique", at)) != std::string::npos; ++at) {
    ++headers;
  }
  EXPECT_EQ(headers, 2u);  // the header row, repeated over the split row
}

}  // namespace
