// Templates: every style value read from XML, and every mistake reported with
// its line and column, in French, without stopping at the first.
#include <gtest/gtest.h>

#include <filesystem>

#include "typeset/template.hpp"

namespace typeset {
namespace {

std::vector<std::string> messages(const TemplateResult& result) {
  std::vector<std::string> lines;
  for (const auto& diagnostic : result.diagnostics.items()) {
    lines.push_back(base::format_diagnostic(diagnostic));
  }
  return lines;
}

TEST(TemplateReader, ReadsStylesWithUnits) {
  TemplateResult result = parse_template(R"xml(<template>
  <fonts fallback="Sans"><family name="Sans" regular="fonts/a.ttf" bold="fonts/b.ttf"/></fonts>
  <color name="brand" value="#1f4e79"/>
  <length name="band" value="10mm"/>
  <text name="suite">(suite)</text>
  <paragraph-style name="body" family="Sans" size="10" leading="13" color="#333333" align="left"
     hyphenate="false" space-after="4pt" widows="3"/>
  <paragraph-style name="label" based-on="body" weight="bold" slant="italic"/>
  <list-style name="items"><level bullet="–" indent="5mm" gap="2"/><level number="a)"/></list-style>
  <table-style name="sheet" columns="30% *" padding="3 6" label-column="1" label-fill="#eeeeee"
     continuation="suite" split-rows="true" min-lines="2">
    <outer-border width="0.8" color="#000000"/>
  </table-style>
  <page-master name="page" size="A4" margins="2cm 15mm">
    <footer top="800" height="12" style="body" center="page {page} / {pages}" rule-width="0.3"/>
  </page-master>
</template>)xml",
                                         "templates/t.xml");
  ASSERT_TRUE(result.value) << (messages(result).empty() ? "" : messages(result)[0]);
  const Template& tmpl = *result.value;
  EXPECT_EQ(tmpl.families.at(0).italic, "fonts/a.ttf");  // missing faces repeat the regular
  EXPECT_EQ(tmpl.families.at(0).bold_italic, "fonts/b.ttf");
  EXPECT_EQ(tmpl.color("brand"), (Color{0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0}));
  EXPECT_NEAR(*tmpl.length("band"), 28.3465, 1e-3);
  EXPECT_EQ(tmpl.text("suite"), "(suite)");
  const ParagraphStyle& label = *tmpl.paragraph_style("label");
  EXPECT_EQ(label.base_style, FontStyle::bold_italic);
  EXPECT_EQ(label.alignment, Alignment::left);  // inherited from body
  EXPECT_DOUBLE_EQ(label.leading, 13);
  EXPECT_FALSE(label.hyphenate);
  EXPECT_EQ(label.widows, 3);
  EXPECT_NEAR(tmpl.list_style("items")->level(0).indent, 14.173, 1e-3);
  EXPECT_EQ(tmpl.list_style("items")->level(5).number, "a)");  // the last level repeats
  const TableStyle& sheet = *tmpl.table_style("sheet");
  EXPECT_EQ(sheet.columns.size(), 2u);
  EXPECT_EQ(sheet.label_column, 0);
  EXPECT_DOUBLE_EQ(sheet.padding.left, 6);
  EXPECT_DOUBLE_EQ(sheet.outer_border.width, 0.8);
  const PageMaster& page = *tmpl.page_master("page");
  EXPECT_NEAR(page.margins.top, 56.693, 1e-3);
  EXPECT_NEAR(page.margins.left, 42.520, 1e-3);
  ASSERT_EQ(page.zones.size(), 1u);
  ASSERT_EQ(page.zones[0].center.size(), 1u);
  EXPECT_EQ(page.zones[0].center[0].text, "page {page} / {pages}");
  EXPECT_TRUE(page.zones[0].rule_at_top);  // a footer's rule runs over it
}

TEST(TemplateReader, ReadsPageFurnitureAndTheNextMaster) {
  TemplateResult result = parse_template(R"xml(<template language="fr-BE">
  <fonts><family name="Sans" regular="fonts/a.ttf"/></fonts>
  <color name="accent" value="#1f4e79"/>
  <paragraph-style name="body" family="Sans" size="10"/>
  <paragraph-style name="big" based-on="body" size="20"/>
  <page-master name="first" size="A4" margins="96 42 58 42" next="rest" label="Recto"
               numbered="false">
    <band top="0" height="72" fill="accent" edges="top left right"/>
    <zone top="0" height="72" align="middle" style="body">
      <left><line style="big">{publisher}</line><line>{title}</line></left>
      <right><line link="{website}">{kind}</line></right>
    </zone>
    <image slot="logo" x="42" y="10" width="80" height="50" align="right"/>
  </page-master>
  <page-master name="rest" size="A4" margins="60 42 58 42" background="#ffffff">
    <header top="20" height="14" style="body" left="{code} (suite)" rule="top"/>
  </page-master>
</template>)xml",
                                         "templates/t.xml");
  ASSERT_TRUE(result.value) << (messages(result).empty() ? "" : messages(result)[0]);
  const Template& tmpl = *result.value;
  EXPECT_EQ(tmpl.language, "fr-BE");
  const PageMaster& first = *tmpl.page_master("first");
  EXPECT_EQ(first.next, "rest");
  EXPECT_EQ(first.label, "Recto");
  EXPECT_FALSE(first.numbered);
  ASSERT_EQ(first.bands.size(), 1u);
  EXPECT_EQ(first.bands[0].fill, *tmpl.color("accent"));  // a colour by its name
  EXPECT_TRUE(first.bands[0].edges.top && first.bands[0].edges.left && first.bands[0].edges.right);
  EXPECT_FALSE(first.bands[0].edges.bottom);
  ASSERT_EQ(first.zones.size(), 1u);
  const PageZone& band = first.zones[0];
  EXPECT_EQ(band.align, ZoneAlign::middle);
  ASSERT_EQ(band.left.size(), 2u);
  EXPECT_EQ(band.left[0].style, "big");
  EXPECT_EQ(band.left[1].text, "{title}");
  ASSERT_EQ(band.right.size(), 1u);
  EXPECT_EQ(band.right[0].link, "{website}");
  ASSERT_EQ(first.images.size(), 1u);
  EXPECT_EQ(first.images[0].name, "logo");
  EXPECT_EQ(first.images[0].align, Alignment::right);
  const PageMaster& rest = *tmpl.page_master("rest");
  ASSERT_EQ(rest.bands.size(), 1u);  // the background: a band to every edge
  EXPECT_TRUE(rest.bands[0].edges.bottom);
  ASSERT_EQ(rest.zones.size(), 1u);
  EXPECT_TRUE(rest.zones[0].rule_at_top);  // rule="top" overrides a header's own
}

TEST(TemplateReader, ReportsFurnitureMistakes) {
  TemplateResult result = parse_template(R"xml(<template>
  <fonts><family name="Sans" regular="fonts/a.ttf"/></fonts>
  <paragraph-style name="body" family="Sans" size="10"/>
  <page-master name="a" size="A4" margins="96 42 58 42" next="nowhere">
    <band top="0" height="72" fill="blue" edges="top sideways"/>
    <zone top="60" height="72" align="center"/>
  </page-master>
  <page-master name="b" size="A4" margins="96 42 58 42" next="c"/>
  <page-master name="c" size="A4" margins="96 60 58 42"/>
</template>)xml",
                                         "templates/f.xml");
  EXPECT_FALSE(result.value);
  const std::vector<std::string> expected = {
      "templates/f.xml:5:31: error: couleur « blue » inconnue : écrivez #rrvvbb ou le nom d'une "
      "<color> définie plus haut",
      "templates/f.xml:5:43: error: bord « sideways » inconnu ; attendu : top, right, bottom ou "
      "left",
      "templates/f.xml:6:32: error: la valeur « center » de l'attribut « align » est inconnue "
      "(valeurs permises : « top », « middle », « bottom »)",
      "templates/f.xml:6:5: error: la zone (60.0 à 132.0 pt du haut de la page) empiète sur le "
      "contenu, qui va de 96.0 à 783.9 pt : changez top, height ou les marges",
      "templates/f.xml:4:57: error: gabarit de page « nowhere » inconnu",
      "templates/f.xml:8:57: error: le gabarit « c » suit « b » mais son cadre n'a pas la même "
      "largeur (493.3 pt au lieu de 511.3 pt)"};
  EXPECT_EQ(messages(result), expected);
}

TEST(TemplateReader, ReportsEveryMistakeWithItsPosition) {
  TemplateResult result = parse_template(R"xml(<template>
  <colour name="x" value="#000000"/>
  <paragraph-style name="body" size="12px" colr="#000000" align="middle"/>
  <paragraph-style name="body"/>
  <table-style name="t" columns="30% abc" label-style="missing"/>
  <text name="t">x</text>
</template>)xml",
                                         "templates/x.xml");
  EXPECT_FALSE(result.value);
  const std::vector<std::string> lines = messages(result);
  const std::vector<std::string> expected = {
      "templates/x.xml:2:3: error: élément inconnu <colour> ; vouliez-vous dire <color> ?",
      "templates/x.xml:3:44: error: attribut inconnu « colr » ; vouliez-vous dire « color » ?",
      "templates/x.xml:3:32: error: l'attribut « size » vaut « 12px » ; attendu : une longueur "
      "plus grande que zéro (12, 12pt, 4mm)",
      "templates/x.xml:3:59: error: la valeur « middle » de l'attribut « align » est inconnue "
      "(valeurs permises : « justify », « left », « center », « right »)",
      "templates/x.xml:4:20: error: le style de paragraphe « body » est défini deux fois",
      "templates/x.xml:5:25: error: l'attribut « columns » vaut « 30% abc » ; attendu : des "
      "largeurs séparées par des espaces (120pt, 30%, *, 2*)",
      "templates/x.xml:5:43: error: style de paragraphe « missing » inconnu",
  };
  EXPECT_EQ(lines, expected);
}

TEST(TemplateReader, ReadsColumnsStylesBoxFillsAndWhereTextsAre) {
  TemplateResult result = parse_template(R"xml(<template>
  <color name="rule" value="#b7c6d8"/>
  <color name="tint" value="#e9eff6"/>
  <text name="greeting">Bonjour {code}</text>
  <columns-style name="sheet" count="3" gap="4mm" space-before="2" space-after="6">
    <column-rule width="0.5" color="rule"/>
  </columns-style>
  <table-style name="box" columns="20% *" label-column="1" cell-fill="tint"/>
</template>)xml",
                                         "templates/c.xml");
  ASSERT_TRUE(result.value) << messages(result).front();
  const ColumnsStyle& sheet = *result.value->columns_style("sheet");
  EXPECT_EQ(sheet.count, 3);
  EXPECT_NEAR(sheet.gap, 11.339, 1e-3);
  EXPECT_DOUBLE_EQ(sheet.space_before, 2);
  EXPECT_DOUBLE_EQ(sheet.space_after, 6);
  EXPECT_DOUBLE_EQ(sheet.rule.width, 0.5);
  EXPECT_NEAR(sheet.column_width(300), (300 - 2 * 11.339) / 3, 1e-3);
  EXPECT_EQ(result.value->table_style("box")->cell_fill, result.value->color("tint"));
  EXPECT_EQ(result.value->text_positions.at("greeting").line, 4);
  EXPECT_EQ(result.value->text_positions.at("greeting").column, 3);
}

TEST(TemplateReader, ReportsColumnsStylesMistakes) {
  TemplateResult result = parse_template(R"xml(<template>
  <columns-style name="a" count="9" gapp="4"/>
  <columns-style name="a"><rule width="1"/></columns-style>
</template>)xml",
                                         "templates/c.xml");
  EXPECT_FALSE(result.value);
  const std::vector<std::string> expected = {
      "templates/c.xml:2:37: error: attribut inconnu « gapp » ; vouliez-vous dire « gap » ?",
      "templates/c.xml:2:27: error: le nombre de colonnes doit aller de 1 à 6",
      "templates/c.xml:3:18: error: le style de colonnes « a » est défini deux fois",
      "templates/c.xml:3:27: error: élément inconnu <rule>"};
  EXPECT_EQ(messages(result), expected);
}

TEST(TemplateReader, ZeroSizeOrLeadingIsRefused) {
  TemplateResult result = parse_template(
      "<template>\n  <paragraph-style name=\"a\" size=\"0\" leading=\"0pt\"/>\n</template>",
      "templates/zero.xml");
  EXPECT_FALSE(result.value);
  ASSERT_EQ(result.diagnostics.items().size(), 2u);
  EXPECT_EQ(base::format_diagnostic(result.diagnostics.items()[0]),
            "templates/zero.xml:2:29: error: l'attribut « size » vaut « 0 » ; attendu : une "
            "longueur plus grande que zéro (12, 12pt, 4mm)");
}

TEST(TemplateReader, MalformedXmlIsAPositionedError) {
  TemplateResult result =
      parse_template("<template>\n  <text name=\"a\">x</txt>\n</template>", "templates/bad.xml");
  EXPECT_FALSE(result.value);
  ASSERT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(result.diagnostics.items()[0].position.line, 2);
}

// Templates are read by the catalogue's rules: every byte positioned, the
// root element checked, nothing that pugixml lets through.
TEST(TemplateReader, LoadingRulesAreTheCatalogues) {
  const auto only_message = [](std::string_view xml) {
    const TemplateResult result = parse_template(xml, "templates/x.xml");
    EXPECT_FALSE(result.value);
    return result.diagnostics.items().size() == 1
               ? base::format_diagnostic(result.diagnostics.items()[0])
               : std::to_string(result.diagnostics.items().size()) + " messages";
  };
  EXPECT_EQ(only_message("<template>\n  <text name=\"a\">x\fy</text>\n</template>"),
            "templates/x.xml:2:19: error: caractère interdit (U+000C, saut de page) : ce caractère "
            "invisible n'a pas sa place dans le texte ; supprimez-le");
  EXPECT_EQ(only_message(std::string_view("<template>\n\0</template>", 23)),
            "templates/x.xml:2:1: error: caractère interdit (U+0000, caractère nul) : ce caractère "
            "invisible n'a pas sa place dans le texte ; supprimez-le");
  EXPECT_EQ(only_message("<template>\n  <!-- couleurs -- à revoir -->\n</template>"),
            "templates/x.xml:2:17: error: « -- » est interdit à l'intérieur d'un commentaire : "
            "écrivez un seul tiret");
  EXPECT_EQ(only_message("<brochure/>"),
            "templates/x.xml:1:1: error: l'élément principal doit être <template>, pas <brochure>");
  EXPECT_EQ(only_message("<template>\n  <level/>\n</template>"),
            "templates/x.xml:2:3: error: l'élément <level> n'a pas sa place dans <template>");
}

TEST(TemplateReader, MissingFileIsReported) {
  TemplateResult result = load_template("templates/does-not-exist.xml");
  EXPECT_FALSE(result.value);
  ASSERT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(
      base::format_diagnostic(result.diagnostics.items()[0]),
      "templates/does-not-exist.xml: error: le fichier n'existe pas : vérifiez son nom et son "
      "dossier");
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST(TemplateReader, EveryShippedTemplateLoadsWithoutADiagnostic) {
  const std::filesystem::path directory = std::filesystem::path(BROCHURE_SOURCE_DIR) / "templates";
  int templates = 0;
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    if (entry.path().extension() != ".xml") continue;
    ++templates;
    TemplateResult result = load_template(entry.path().string());
    EXPECT_TRUE(result.value) << entry.path();
    for (const auto& diagnostic : result.diagnostics.items()) {
      ADD_FAILURE() << base::format_diagnostic(diagnostic);
    }
  }
  EXPECT_GE(templates, 1);
}

}  // namespace
}  // namespace typeset
