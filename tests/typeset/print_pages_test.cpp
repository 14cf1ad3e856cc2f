// Pages for a print shop (issue 12): the template's bleed, CMYK values and
// shop profile as read, the mistakes reported at their place, and what a
// master's page holds beyond its trim — bands into the bleed, crop marks
// beyond it.
#include <gtest/gtest.h>

#include "typeset/page_furniture.hpp"
#include "typeset/template.hpp"
#include "typeset/template_values.hpp"

namespace typeset {
namespace {

std::vector<std::string> messages(const TemplateResult& result) {
  std::vector<std::string> lines;
  for (const auto& diagnostic : result.diagnostics.items())
    lines.push_back(base::format_diagnostic(diagnostic));
  return lines;
}

// A template around `body` (its elements after the fonts).
TemplateResult template_with(const std::string& body) {
  return parse_template(R"xml(<template>
  <fonts fallback="Sans"><family name="Sans" regular="fonts/a.ttf"/></fonts>
)xml" + body + "\n</template>",
                        "templates/print.xml");
}

TEST(PrintTemplate, BleedIsThreeMillimetresUnlessTheMasterSaysOtherwise) {
  const TemplateResult result =
      template_with(R"xml(  <paragraph-style name="body" family="Sans" size="10"/>
  <page-master name="page" size="A4"/>
  <page-master name="wide" size="A4" bleed="5mm"/>
  <page-master name="none" size="A4" bleed="0"/>)xml");
  ASSERT_TRUE(result.value) << messages(result).at(0);
  EXPECT_NEAR(result.value->page_master("page")->bleed, 8.5039, 1e-3);
  EXPECT_NEAR(result.value->page_master("wide")->bleed, 14.1732, 1e-3);
  EXPECT_EQ(result.value->page_master("none")->bleed, 0);
}

TEST(PrintTemplate, ReportsABleedOutOfRangeACmykOutOfRangeAndASmallBody) {
  const TemplateResult result =
      template_with(R"xml(  <color name="accent" value="#1f4e79" cmyk="100 60 0 140"/>
  <color name="half" value="#1f4e79" cmyk="100 60"/>
  <paragraph-style name="body" family="Sans" size="7pt" color="accent"/>
  <page-master name="page" size="A5" bleed="-2mm"/>
  <page-master name="cover" size="A5" bleed="12mm"/>)xml");
  // The style naming the colour with a wrong cmyk is not reported again.
  const std::vector<std::string> lines = messages(result);
  ASSERT_EQ(lines.size(), 5u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0],
            "templates/print.xml:3:40: error: l'attribut « cmyk » vaut « 100 60 0 140 » ; "
            "attendu : quatre pourcentages de 0 à 100, cyan magenta jaune noir (par ex. « 100 60 "
            "0 40 »)");
  EXPECT_TRUE(
      lines[1].starts_with("templates/print.xml:4:38: error: l'attribut « cmyk » vaut "
                           "« 100 60 »"))
      << lines[1];
  EXPECT_EQ(lines[2],
            "templates/print.xml:6:38: error: l'attribut « bleed » vaut « -2mm » ; attendu : une "
            "longueur de 0 à 10 mm (les imprimeurs demandent 3mm d'habitude)");
  EXPECT_TRUE(
      lines[3].starts_with("templates/print.xml:7:39: error: l'attribut « bleed » vaut "
                           "« 12mm »"))
      << lines[3];
  EXPECT_EQ(lines[4],
            "templates/print.xml:5:3: error: le style « body » fait 7 pt : sur une page de 148 × "
            "210 mm (gabarit « cover »), le texte courant doit faire au moins 8 pt pour rester "
            "lisible une fois imprimé");
}

TEST(PrintTemplate, ABodyAtTheMinimumOnA5AndAnySizeOnA4AreAccepted) {
  EXPECT_TRUE(template_with(R"xml(  <paragraph-style name="body" family="Sans" size="8pt"/>
  <page-master name="page" size="A5"/>)xml")
                  .value);
  EXPECT_TRUE(template_with(R"xml(  <paragraph-style name="body" family="Sans" size="6pt"/>
  <page-master name="page" size="A4"/>)xml")
                  .value);
}

TEST(PrintTemplate, ColoursKeepTheirCmykAndThoseWithoutAreListedOnce) {
  const TemplateResult result =
      template_with(R"xml(  <color name="accent" value="#1f4e79" cmyk="85 50 0 45%"/>
  <color name="grey" value="#5a6672"/>
  <paragraph-style name="body" family="Sans" size="10" color="#1a1a1a" link-color="accent"/>
  <paragraph-style name="small" based-on="body" color="#1a1a1a"/>
  <paragraph-style name="note" based-on="body" color="grey"/>
  <page-master name="page" size="A4"/>)xml");
  ASSERT_TRUE(result.value) << messages(result).at(0);
  const Template& tmpl = *result.value;
  EXPECT_EQ(tmpl.color("accent")->cmyk, (Cmyk{0.85, 0.5, 0, 0.45}));
  // A style naming a colour prints it with the colour's CMYK value.
  EXPECT_EQ(tmpl.paragraph_style("body")->link_color, *tmpl.color("accent"));
  ASSERT_EQ(tmpl.colors_without_cmyk.size(), 2u);
  EXPECT_EQ(tmpl.colors_without_cmyk[0].name, "grey");
  EXPECT_EQ(tmpl.colors_without_cmyk[0].place.position.line, 4);
  EXPECT_EQ(tmpl.colors_without_cmyk[1].name, "");  // #1a1a1a, written twice
  EXPECT_EQ(tmpl.colors_without_cmyk[1].place.position.line, 5);
  EXPECT_EQ(tmpl.colors_without_cmyk[1].other_places, 1);
}

TEST(PrintTemplate, DerivedCmykPrintsGreysOnBlackInkAlone) {
  EXPECT_EQ(derived_cmyk({0, 0, 0}), (Cmyk{0, 0, 0, 1}));
  EXPECT_EQ(derived_cmyk({1, 1, 1}), (Cmyk{0, 0, 0, 0}));
  const Cmyk grey = derived_cmyk({0.4, 0.4, 0.4});
  EXPECT_EQ(grey.c, 0);
  EXPECT_EQ(grey.m, 0);
  EXPECT_EQ(grey.y, 0);
  EXPECT_NEAR(grey.k, 0.6, 1e-9);
  const Cmyk accent = derived_cmyk({0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0});
  EXPECT_NEAR(accent.c, 0.744, 1e-3);
  EXPECT_NEAR(accent.m, 0.355, 1e-3);
  EXPECT_EQ(accent.y, 0);
  EXPECT_NEAR(accent.k, 0.525, 1e-3);
  EXPECT_EQ(print_cmyk(Color{0, 0, 0, Cmyk{0.1, 0.2, 0.3, 0.4}}), (Cmyk{0.1, 0.2, 0.3, 0.4}));
}

TEST(PrintTemplate, ParsesCmykAsFourPercentages) {
  EXPECT_EQ(parse_cmyk("100 60 0 40"), (Cmyk{1, 0.6, 0, 0.4}));
  EXPECT_EQ(parse_cmyk("0% 0% 0% 100%"), (Cmyk{0, 0, 0, 1}));
  EXPECT_FALSE(parse_cmyk("100 60 0"));
  EXPECT_FALSE(parse_cmyk("100 60 0 40 5"));
  EXPECT_FALSE(parse_cmyk("-1 0 0 0"));
  EXPECT_FALSE(parse_cmyk("0 0 0 100.5"));
  EXPECT_FALSE(parse_cmyk("cyan 0 0 0"));
}

PageMaster master_with_bands() {
  PageMaster master;  // A4, 3 mm of bleed
  PageBand top;
  top.top = 0;
  top.height = 200;
  top.edges = {.top = true, .right = true, .bottom = false, .left = true};
  master.bands.push_back(top);
  PageBand inner;  // runs to no edge: stays in the frame
  inner.top = 300;
  inner.height = 20;
  master.bands.push_back(inner);
  return master;
}

TEST(PrintPages, BandsThatRunToAnEdgeRunIntoTheBleed) {
  const PageMaster master = master_with_bands();
  PageBox page;
  paint_bands(master, master.bleed, page);
  ASSERT_EQ(page.fills.size(), 2u);
  const Rect& top = page.fills[0].rect;
  EXPECT_DOUBLE_EQ(top.x, -master.bleed);
  EXPECT_DOUBLE_EQ(top.y, -master.bleed);
  EXPECT_DOUBLE_EQ(top.right(), master.width + master.bleed);
  EXPECT_DOUBLE_EQ(top.bottom(), 200);  // its own bottom edge is not the page's
  const Rect& inner = page.fills[1].rect;
  EXPECT_DOUBLE_EQ(inner.x, master.frame().x);
  EXPECT_DOUBLE_EQ(inner.right(), master.frame().right());

  PageBox screen;  // no bleed: the same band stops at the page's edge
  paint_bands(master, 0, screen);
  EXPECT_DOUBLE_EQ(screen.fills[0].rect.x, 0);
  EXPECT_DOUBLE_EQ(screen.fills[0].rect.right(), master.width);
}

TEST(PrintPages, CropMarksLieBeyondTheBleedOnTheTrimLines) {
  const PageMaster master = master_with_bands();
  PageBox page;
  page.print = print_margins(master, {.crop_marks = true});
  const double bleed = master.bleed;
  EXPECT_DOUBLE_EQ(page.print->bleed, bleed);
  EXPECT_GT(page.print->slug, 0);
  paint_crop_marks(page);
  ASSERT_EQ(page.rules.size(), 8u);  // two at each corner
  const double outside = page.print->outside();
  for (const RuleBox& rule : page.rules) {
    const bool horizontal = rule.from.y == rule.to.y;
    const double along_from = horizontal ? rule.from.x : rule.from.y;
    const double along_to = horizontal ? rule.to.x : rule.to.y;
    const double size = horizontal ? page.width : page.height;
    const double across = horizontal ? rule.from.y : rule.from.x;
    // On a trim line…
    EXPECT_TRUE(across == 0 || across == (horizontal ? page.height : page.width));
    // …wholly beyond the bleed, and within the page's slug.
    const double low = std::min(along_from, along_to);
    const double high = std::max(along_from, along_to);
    EXPECT_TRUE(high <= -bleed - 2.8 || low >= size + bleed + 2.8) << low << " " << high;
    EXPECT_TRUE(low >= -outside && high <= size + outside) << low << " " << high;
    EXPECT_EQ(rule.color.cmyk, (Cmyk{1, 1, 1, 1}));  // on every plate
  }
  PageBox plain;
  plain.print = print_margins(master, {});
  EXPECT_EQ(plain.print->slug, 0);  // no marks: the page is the bleed box
}

}  // namespace
}  // namespace typeset
