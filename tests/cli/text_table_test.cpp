#include "cli/text_table.hpp"

#include <gtest/gtest.h>

namespace cli {
namespace {

TEST(DisplayWidth, CountsCharactersNotBytes) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("Namur"), 5u);
  EXPECT_EQ(display_width("Opérateur"), 9u);  // é is two bytes
  EXPECT_EQ(display_width("ULiège – «x»"), 12u);
  EXPECT_EQ(display_width("…"), 1u);  // three bytes
}

TEST(DisplayWidth, CombiningAccentAddsNoColumn) {
  EXPECT_EQ(display_width("e\xCC\x81t\xC3\xA9"), 3u);  // "e" + U+0301, "t", "é"
}

TEST(TruncateToWidth, KeepsTextThatFits) {
  EXPECT_EQ(truncate_to_width("Bâtir", 5), "Bâtir");
  EXPECT_EQ(truncate_to_width("Bâtir", 9), "Bâtir");
}

TEST(TruncateToWidth, EndsWithEllipsisWithinWidth) {
  EXPECT_EQ(truncate_to_width("Développement", 6), "Dével…");
  EXPECT_EQ(display_width(truncate_to_width("Développement", 6)), 6u);
  EXPECT_EQ(truncate_to_width("abc", 1), "…");
  EXPECT_EQ(truncate_to_width("abc", 0), "");
}

TEST(TruncateToWidth, NeverSplitsAnAccentedLetter) {
  EXPECT_EQ(truncate_to_width("ééééé", 3), "éé…");
  EXPECT_EQ(truncate_to_width("e\xCC\x81"
                              "e\xCC\x81"
                              "e\xCC\x81",
                              2),
            "e\xCC\x81…");
}

TEST(TruncateToWidth, DropsTheSpaceBeforeTheEllipsis) {
  EXPECT_EQ(truncate_to_width("Bâtir une culture", 11), "Bâtir une…");
}

TEST(RenderTable, AlignsAccentedCellsByColumns) {
  const std::string table =
      render_table({{"Code"}, {"Opérateur"}, {"Lieu"}},
                   {{"T2606", "ULiège", "Bruxelles"}, {"T2604", "CERSO", "Namur"}}, 120);
  EXPECT_EQ(table,
            "Code   Opérateur  Lieu\n"
            "---------------------------\n"
            "T2606  ULiège     Bruxelles\n"
            "T2604  CERSO      Namur\n");
}

TEST(RenderTable, ShrinksTheWidestShrinkableColumnFirst) {
  const std::vector<TableColumn> columns = {{"Code"}, {"Titre", true, 4}, {"Lieu", true, 4}};
  const std::vector<std::vector<std::string>> rows = {
      {"T1", "Un titre vraiment très long", "Louvain-la-Neuve"}};
  // Natural width 4 + 2 + 27 + 2 + 16 = 51; at 40 only the title gives way.
  EXPECT_EQ(render_table(columns, rows, 40),
            "Code  Titre             Lieu\n"
            "----------------------------------------\n"
            "T1    Un titre vraime…  Louvain-la-Neuve\n");
  // At 30 both are narrowed, in turn, down to 11 columns each.
  const std::string narrow = render_table(columns, rows, 30);
  EXPECT_EQ(narrow,
            "Code  Titre        Lieu\n"
            "------------------------------\n"
            "T1    Un titre v…  Louvain-la…\n");
}

TEST(RenderTable, NeverNarrowsBelowMinimumsOrFixedColumns) {
  const std::string table = render_table({{"Dates"}, {"Titre", true, 5}},
                                         {{"22/09, 13/10 et 17/11/2026", "Un long titre"}}, 10);
  EXPECT_EQ(table,
            "Dates                       Titre\n"
            "---------------------------------\n"
            "22/09, 13/10 et 17/11/2026  Un l…\n");
}

}  // namespace
}  // namespace cli
