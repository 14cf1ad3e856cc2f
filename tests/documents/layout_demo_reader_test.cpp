// Reading the layout demo format: what a demo holds, and mistakes in a demo
// file reported in French at their line and column, without a crash.
#include <gtest/gtest.h>

#include <variant>

#include "documents/layout_demo.hpp"
#include "documents_test_support.hpp"

namespace {

using documents_test::all_diagnostics;

std::string demo(const std::string& body,
                 const std::string& root_attributes = R"(master="page" list-style="items")") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<demo template=\"templates/demo.xml\" " +
         root_attributes + ">\n" + body + "</demo>\n";
}

// The diagnostics of reading `xml` (and laying it out when it reads).
std::string problems(const std::string& xml) {
  base::Diagnostics diagnostics;
  const std::optional<documents::LayoutDemo> read =
      documents::read_layout_demo_from_string(xml, "essai.xml", diagnostics);
  if (read) {
    const std::optional<documents::Resources> resources =
        documents::load_demo_resources(*read, diagnostics);
    if (resources) {
      EXPECT_FALSE(documents::build_layout_demo(*read, *resources, diagnostics));
    }
  }
  return all_diagnostics(diagnostics);
}

TEST(LayoutDemoReader, ReadsBlocksTagsAndText) {
  base::Diagnostics diagnostics;
  const std::optional<documents::LayoutDemo> read = documents::read_layout_demo_from_string(
      demo(
          R"(  <paragraph style="title" anchor="haut" outline="Haut" outline-level="1">Titre</paragraph>
  <rich><ul><li>un</li><li>deux</li></ul></rich>
  <page-break master="page"/>
  <table style="sheet"><header><cell>A</cell><cell>B</cell></header><row><cell>c</cell><cell><p>d</p></cell></row></table>
)"),
      "essai.xml", diagnostics);
  ASSERT_TRUE(read) << all_diagnostics(diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << all_diagnostics(diagnostics);
  EXPECT_EQ(read->template_path, "templates/demo.xml");
  EXPECT_EQ(read->master, "page");
  EXPECT_EQ(read->body_style, "body");
  ASSERT_EQ(read->blocks.size(), 4u);
  EXPECT_EQ(read->blocks[0].anchor, "haut");
  ASSERT_TRUE(read->blocks[0].outline);
  EXPECT_EQ(read->blocks[0].outline->level, 1);
  EXPECT_TRUE(std::holds_alternative<typeset::ListBlock>(read->blocks[1].content));
  EXPECT_TRUE(std::holds_alternative<typeset::PageBreakBlock>(read->blocks[2].content));
  const auto* table = std::get_if<typeset::TableBlock>(&read->blocks[3].content);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_TRUE(table->rows[0].header);
  EXPECT_EQ(table->rows[1].cells.size(), 2u);
  EXPECT_NE(read->plain_text.find("Titre\n"), std::string::npos) << read->plain_text;
  EXPECT_NE(read->plain_text.find("d"), std::string::npos);
}

TEST(LayoutDemoReader, BrokenXmlIsReportedWhereItIs) {
  const std::string found = problems(demo("  <paragraph>texte</paragrap>\n"));
  EXPECT_NE(found.find("essai.xml:3:"), std::string::npos) << found;
  EXPECT_NE(found.find("error:"), std::string::npos) << found;
}

TEST(LayoutDemoReader, WrongRootElementIsNamed) {
  const std::string found = problems("<catalogue/>");
  EXPECT_NE(found.find("essai.xml:1:1"), std::string::npos) << found;
  EXPECT_NE(found.find("<demo>"), std::string::npos) << found;
}

TEST(LayoutDemoReader, UnknownElementAndAttributeAreReportedWithASuggestion) {
  const std::string found =
      problems(demo("  <paragraf>texte</paragraf>\n  <paragraph stile=\"body\">x</paragraph>\n"));
  EXPECT_NE(found.find("essai.xml:3:3"), std::string::npos) << found;
  EXPECT_NE(found.find("paragraph"), std::string::npos) << found;
  EXPECT_NE(found.find("essai.xml:4:"), std::string::npos) << found;
  EXPECT_NE(found.find("style"), std::string::npos) << found;
}

TEST(LayoutDemoReader, MissingTemplateAttributeIsReported) {
  const std::string found = problems("<demo master=\"page\"><paragraph>x</paragraph></demo>");
  EXPECT_NE(found.find("essai.xml:1:1"), std::string::npos) << found;
  EXPECT_NE(found.find("template"), std::string::npos) << found;
}

TEST(LayoutDemoReader, NamesTheTemplateLacksAreReportedAtTheirPlace) {
  const std::string found =
      problems(demo("  <paragraph style=\"titre\">x</paragraph>\n"
                    "  <table style=\"grille\"><row><cell>a</cell></row></table>\n"
                    "  <page-break master=\"couverture\"/>\n"));
  EXPECT_NE(found.find("essai.xml:3:14: error: style de paragraphe inconnu « titre »"),
            std::string::npos)
      << found;
  EXPECT_NE(found.find("essai.xml:4:10: error: style de tableau inconnu « grille »"),
            std::string::npos)
      << found;
  EXPECT_NE(found.find("essai.xml:5:15: error: gabarit de page inconnu « couverture »"),
            std::string::npos)
      << found;
}

TEST(LayoutDemoReader, TableWithoutRowsIsReported) {
  const std::string found = problems(demo("  <table style=\"sheet\"><header/></table>\n"));
  EXPECT_NE(found.find("essai.xml:3:"), std::string::npos) << found;
  EXPECT_NE(found.find("row"), std::string::npos) << found;
}

TEST(LayoutDemoReader, MissingFileIsReportedAndNothingIsWritten) {
  documents_test::ScratchDirectory scratch;
  const std::string output = scratch.file("demo.pdf");
  base::Diagnostics diagnostics;
  const documents::DemoOutput written = documents::write_layout_demo(
      scratch.file("absent.xml"), output, pdf::WriteOptions{}, diagnostics);
  EXPECT_FALSE(written.written);
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_NE(
      all_diagnostics(diagnostics)
          .find("absent.xml: error: le fichier n'existe pas : vérifiez son nom et son dossier"),
      std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(output));
}

}  // namespace
