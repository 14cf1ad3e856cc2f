// Templates that share a palette: <include> reads another file's definitions
// in place (its problems reported in its own lines), colours may be tints of
// another, and <image> names the logo, read when the template is loaded.
#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "../support/test_images.hpp"
#include "typeset/template.hpp"

namespace typeset {
namespace {

using test_support::TempDir;

std::string messages(const TemplateResult& result) {
  std::string text;
  for (const auto& diagnostic : result.diagnostics.items()) {
    text += base::format_diagnostic(diagnostic) + "\n";
  }
  return text;
}

constexpr const char* kPalette = R"(<template>
  <color name="accent" value="#1f4e79"/>
  <color name="accent-light" value="accent" tint="10%"/>
  <paragraph-style name="body" size="10" color="accent"/>
</template>
)";

TEST(TemplateInclude, ReadsTheIncludedDefinitionsInPlace) {
  TempDir dir;
  dir.write("palette.xml", kPalette);
  const std::string path = dir.write("brochure.xml", R"(<template>
  <include file="palette.xml"/>
  <paragraph-style name="title" based-on="body" color="accent-light"/>
  <page-master name="page"><band top="0" height="10" fill="accent"/></page-master>
</template>
)");
  const TemplateResult result = load_template(path);
  ASSERT_TRUE(result.value) << messages(result);
  const Color accent{0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0};
  EXPECT_EQ(result.value->color("accent"), accent);
  const Color light = *result.value->color("accent-light");
  EXPECT_NEAR(light.r, 1 - 0.1 * (1 - accent.r), 1e-9);  // 10 % of the accent over white
  EXPECT_NEAR(light.b, 1 - 0.1 * (1 - accent.b), 1e-9);
  EXPECT_EQ(result.value->paragraph_style("title")->color, light);
  EXPECT_EQ(result.value->page_master("page")->bands.at(0).fill, accent);
  EXPECT_EQ(result.value->source_file, path);
}

TEST(TemplateInclude, ReportsProblemsInTheFileThatHasThem) {
  TempDir dir;
  const std::string palette = dir.write("shared/palette.xml", R"(<template>
  <color name="accent" value="#1f4e7"/>
  <paragraph-style name="body" size="10" family="Nulle"/>
</template>
)");
  const std::string path = dir.write("flyer.xml", R"(<template>
  <include file="shared/palette.xml"/>
  <paragraph-style name="title" based-on="body" color="accent"/>
</template>
)");
  const TemplateResult result = load_template(path);
  EXPECT_FALSE(result.value);
  EXPECT_EQ(messages(result),
            palette +
                ":2:24: error: couleur « #1f4e7 » inconnue : écrivez #rrvvbb ou le nom "
                "d'une <color> définie plus haut\n" +
                path +
                ":3:49: error: couleur « accent » inconnue : écrivez #rrvvbb ou le nom "
                "d'une <color> définie plus haut\n" +
                palette +
                ":3:42: error: famille de polices « Nulle » inconnue (à définir dans "
                "<fonts>)\n");
}

TEST(TemplateInclude, RefusesAMissingFileAndALoop) {
  TempDir dir;
  const std::string missing =
      dir.write("a.xml", "<template>\n  <include file=\"absent.xml\"/>\n</template>\n");
  const TemplateResult absent = load_template(missing);
  EXPECT_FALSE(absent.value);
  EXPECT_NE(messages(absent).find(missing +
                                  ":2:12: error: le fichier inclus « absent.xml » est "
                                  "introuvable : ni à côté de ce modèle (dossier " +
                                  dir.path().lexically_normal().string() +
                                  "), ni parmi les modèles installés (dossier "),
            std::string::npos)
      << messages(absent);
  EXPECT_EQ(absent.diagnostics.items().size(), 1u);
  // A name with folders in it is quoted once; the folder said is the
  // template's (the fuzzer found a long name echoed as the folder).
  const std::string nested =
      dir.write("n.xml", "<template>\n  <include file=\"" + std::string(200, 'y') +
                             "/a.xml\"/>\n</template>\n");
  const std::string said = messages(load_template(nested));
  EXPECT_NE(said.find("(dossier " + dir.path().lexically_normal().string() + ")"),
            std::string::npos)
      << said;
  EXPECT_EQ(said.find(std::string(60, 'y')), std::string::npos) << said;

  const std::string loop =
      dir.write("b.xml", "<template>\n  <include file=\"c.xml\"/>\n</template>\n");
  const std::string back =
      dir.write("c.xml", "<template>\n <include file=\"b.xml\"/>\n</template>\n");
  const TemplateResult looping = load_template(loop);
  EXPECT_FALSE(looping.value);
  EXPECT_EQ(messages(looping), back + ":2:11: error: « " + (dir.path() / "b.xml").string() +
                                   " » s'inclut lui-même (directement ou par un autre fichier) : "
                                   "retirez cette ligne\n");
}

TEST(TemplateInclude, FindsThePaletteAmongTheInstalledTemplates) {
  // A template copied alone, out of templates/, still finds the shared palette.
  TempDir dir;
  const std::string path = dir.write("mien.xml", R"(<template>
  <include file="palette.xml"/>
  <paragraph-style name="body" color="accent"/>
</template>
)");
  const TemplateResult result = load_template(path);
  ASSERT_TRUE(result.value) << messages(result);
  EXPECT_TRUE(result.value->color("accent-light"));
}

TEST(TemplateInclude, ReportsAMissingIncludeOnceNotEachColourItHeld) {
  TempDir dir;
  const std::string path = dir.write("t.xml", R"(<template>
  <include file="couleurs.xml"/>
  <paragraph-style name="body" color="accent" link-color="#12345"/>
</template>
)");
  const TemplateResult result = load_template(path);
  EXPECT_FALSE(result.value);
  ASSERT_EQ(result.diagnostics.items().size(), 2u) << messages(result);
  EXPECT_NE(messages(result).find("couleur « #12345 » inconnue"), std::string::npos);
}

TEST(TemplateInclude, RefusesABadTint) {
  const TemplateResult result = parse_template(
      "<template><color name=\"a\" value=\"#000000\"/>\n<color name=\"b\" value=\"a\" "
      "tint=\"120\"/></template>",
      "t.xml");
  EXPECT_EQ(messages(result),
            "t.xml:2:27: error: l'attribut « tint » vaut « 120 » ; attendu : un pourcentage de 0 "
            "à 100 (10%)\n");
}

TEST(TemplateImages, ReadsTheLogoBesideTheFileThatNamesIt) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "images");
  ASSERT_TRUE(test_support::write_png((dir.path() / "images/logo.png").string(), 300, 100,
                                      [](int, int) { return test_support::Rgba{}; }));
  dir.write("palette.xml", "<template><image name=\"logo\" file=\"images/logo.png\"/></template>");
  const std::string path =
      dir.write("brochure.xml", "<template><include file=\"palette.xml\"/></template>");
  const TemplateResult result = load_template(path);
  ASSERT_TRUE(result.value) << messages(result);
  const TemplateImage& logo = result.value->images.at("logo");
  EXPECT_EQ(logo.path, (dir.path() / "images/logo.png").string());
  EXPECT_EQ(logo.pixel_width, 300);
  EXPECT_EQ(logo.pixel_height, 100);
}

TEST(TemplateImages, ReportsAnUnusableLogoWhereItIsNamed) {
  TempDir dir;
  dir.write("notes.txt", "pas une image");
  const std::string path = dir.write("t.xml", R"(<template>
  <image name="logo" file="logo.png"/>
  <image name="notes" file="notes.txt"/>
</template>
)");
  const TemplateResult result = load_template(path);
  EXPECT_FALSE(result.value);
  EXPECT_EQ(messages(result),
            path + ":2:22: error: l'image « " + (dir.path() / "logo.png").string() +
                " » est introuvable\n" + path + ":3:23: error: « " +
                (dir.path() / "notes.txt").string() +
                " » n'est pas une image PNG ni JPEG (le seul nom du fichier ne suffit pas : "
                "enregistrez-la dans l'un de ces formats)\n");
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST(TemplateImages, AZoneBesideAnImageNamesASlotOfItsMaster) {
  const TemplateResult result = parse_template(R"(<template>
  <paragraph-style name="body"/>
  <page-master name="flyer" margins="96 42 58 42">
    <image slot="logo" x="42" y="14" width="110" height="44"/>
    <zone top="0" height="72" style="body" beside="logo" beside-gap="12" left="{publisher}"/>
    <zone top="72" height="20" style="body" beside="sceau" left="{title}"/>
  </page-master>
</template>)",
                                               "t.xml");
  EXPECT_EQ(messages(result),
            "t.xml:6:45: error: aucun emplacement d'image « sceau » dans ce "
            "gabarit de page (<image slot=…>)\n");
  const TemplateResult good = parse_template(R"(<template>
  <paragraph-style name="body"/>
  <page-master name="flyer" margins="96 42 58 42">
    <image slot="logo" x="42" y="14" width="110" height="44"/>
    <zone top="0" height="72" style="body" beside="logo" beside-gap="12" left="{publisher}"/>
  </page-master>
</template>)",
                                             "t.xml");
  ASSERT_TRUE(good.value) << messages(good);
  const PageZone& zone = good.value->page_master("flyer")->zones.at(0);
  EXPECT_EQ(zone.beside, "logo");
  EXPECT_DOUBLE_EQ(zone.beside_gap, 12);
}

}  // namespace
}  // namespace typeset
