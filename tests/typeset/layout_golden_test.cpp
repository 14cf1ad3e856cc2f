// Golden files: the positioned boxes of small documents (fake monospace font,
// so that only the layout decides), dumped as text rounded to 0.01 pt and
// compared with tests/fixtures/golden/<name>.txt, which were reviewed by eye.
// UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "layout_fixtures.hpp"
#include "typeset/box_dump.hpp"

namespace typeset {
namespace {

using testing::lines_block;

void expect_golden(const std::string& name, const DocumentBox& document) {
  const std::string path =
      std::string(BROCHURE_SOURCE_DIR) + "/tests/fixtures/golden/" + name + ".txt";
  const std::string actual = dump_document(document);
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream file(path, std::ios::binary);
  ASSERT_TRUE(file) << "missing " << path << " (run with UPDATE_GOLDEN=1, then review it)";
  std::stringstream expected;
  expected << file.rdbuf();
  EXPECT_EQ(actual, expected.str()) << "layout of " << name << " changed; compare with " << path;
}

TableRow row(const std::string& label, std::vector<Block> content, bool header = false) {
  TableRow result;
  result.header = header;
  result.cells.push_back(TableCell{{paragraph_block("", label)}});
  result.cells.push_back(TableCell{std::move(content)});
  return result;
}

TEST(LayoutGolden, SheetRowSplitUnderRepeatedHeader) {
  std::vector<Block> blocks;
  Block heading = paragraph_block("heading", "Fiche T2605");
  heading.anchor = "T2605";
  heading.mark = "T2605";
  blocks.push_back(std::move(heading));
  TableBlock table;
  table.style = "sheet";
  table.rows.push_back(row("Rubrique", {paragraph_block("", "Contenu")}, true));
  table.rows.push_back(row("Public", {paragraph_block("", "Tous les professionnels")}));
  table.rows.push_back(row("Objectifs", {lines_block("", "objectif ", 9)}));
  table.rows.push_back(row("Lieu", {paragraph_block("", "Bruxelles")}));
  blocks.push_back(Block{std::move(table)});
  expect_golden("sheet_split", testing::run_flow(std::move(blocks)).document);
}

TEST(LayoutGolden, ThreeLevelLists) {
  auto item = [](const std::string& text, std::vector<Block> nested = {}) {
    ListItem result{{paragraph_block("", text)}};
    for (Block& block : nested) result.blocks.push_back(std::move(block));
    return result;
  };
  auto list = [](bool ordered, std::vector<ListItem> items) {
    ListBlock block;
    block.style = "items";
    block.ordered = ordered;
    block.items = std::move(items);
    return Block{std::move(block)};
  };
  std::vector<Block> blocks;
  blocks.push_back(paragraph_block("heading", "Matin :"));
  blocks.push_back(list(
      false,
      {item("accueil des participants"),
       item("les étapes", {list(true, {item("préparer"),
                                       item("organiser", {list(false, {item("présenter les lieux"),
                                                                       item("les règles")})}),
                                       item("évaluer")})}),
       item("échanges entre pairs sur des situations vécues au travail")}));
  expect_golden("three_level_lists", testing::run_flow(std::move(blocks)).document);
}

TEST(LayoutGolden, KeepWithNextAndCrossReference) {
  std::vector<Block> blocks;
  Block title = paragraph_block("heading", "Sommaire");
  title.outline = OutlineMark{"Sommaire", 0};
  blocks.push_back(std::move(title));
  blocks.push_back(paragraph_block("", "La fiche est page {page-of:fiche}."));
  blocks.push_back(lines_block("", "ligne ", 6));
  Block heading = paragraph_block("heading", "Fiche");
  heading.anchor = "fiche";
  heading.outline = OutlineMark{"Fiche", 1};
  blocks.push_back(std::move(heading));
  blocks.push_back(lines_block("", "suite ", 3));
  expect_golden("keep_and_reference", testing::run_flow(std::move(blocks)).document);
}

}  // namespace
}  // namespace typeset
