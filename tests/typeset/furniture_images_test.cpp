// Images in page masters' slots: each knows the colour painted behind it (its
// transparency is flattened onto it), and a zone's text starts beside the
// image of the slot it names, or at the frame when the slot shows nothing.
#include <gtest/gtest.h>

#include "layout_fixtures.hpp"
#include "typeset/flow.hpp"
#include "typeset/page_furniture.hpp"

namespace typeset {
namespace {

const Color kBand{0.1, 0.3, 0.5};

Template template_with_logo_in_a_band() {
  Template tmpl = testing::test_template(120);
  PageMaster& master = tmpl.page_masters["page"];
  master.bands.push_back({0, 12, kBand, {.top = true, .right = true, .left = true}});
  master.images.push_back({"logo", {master.frame().x, 1, 30, 10}, Alignment::left});
  master.images.push_back({"seal", {master.frame().x, 40, 30, 10}, Alignment::left});
  PageZone zone;
  zone.top = 0;
  zone.height = 12;
  zone.style = "footer";
  zone.left = {{"Fonds", {}, {}}};
  zone.beside = "logo";
  zone.beside_gap = 6;
  master.zones.push_back(zone);
  return tmpl;
}

DocumentBox lay_out(const Template& tmpl, const PageImages& images) {
  base::Diagnostics diagnostics;
  Flow flow(tmpl, testing::fake_set_paragraph, diagnostics, "page");
  flow.set_furniture({.fields = {}, .images = images});
  flow.add(paragraph_block("", "texte"));
  return flow.finish();
}

double x_of(const DocumentBox& document, const std::string& text) {
  for (const GlyphRun& run : document.pages.at(0).glyphs) {
    if (run.text == text) return run.origin.x;
  }
  ADD_FAILURE() << text << " absent";
  return -1;
}

TEST(FurnitureImages, KnowTheColourBehindThem) {
  const Template tmpl = template_with_logo_in_a_band();
  const DocumentBox document =
      lay_out(tmpl, {{"logo", {"logo.png", 300, 100}}, {"seal", {"seal.png", 100, 100}}});
  const std::vector<ImageBox>& images = document.pages.at(0).images;
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0].background, kBand);             // over the band
  EXPECT_EQ(images[1].background, (Color{1, 1, 1}));  // over the paper
}

TEST(FurnitureImages, AZonesTextStartsBesideTheImageItNames) {
  const Template tmpl = template_with_logo_in_a_band();
  const double frame_x = tmpl.page_master("page")->frame().x;
  const DocumentBox with_logo = lay_out(tmpl, {{"logo", {"logo.png", 300, 100}}});
  EXPECT_DOUBLE_EQ(x_of(with_logo, "Fonds"), frame_x + 30 + 6);
  const DocumentBox without = lay_out(tmpl, {});
  EXPECT_DOUBLE_EQ(x_of(without, "Fonds"), frame_x);
}

TEST(FurnitureImages, TheTemplatesImagesGoToTheirSlots) {
  Template tmpl;
  tmpl.images["logo"] = {"/x/logo.png", "logo.png", 400, 100};
  const PageImages images = template_images(tmpl);
  ASSERT_EQ(images.count("logo"), 1u);
  EXPECT_EQ(images.at("logo").path, "/x/logo.png");
  EXPECT_DOUBLE_EQ(images.at("logo").width / images.at("logo").height, 4);
}

}  // namespace
}  // namespace typeset
