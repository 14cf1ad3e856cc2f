// The fund's identity in the shared palette: a changed accent changes every
// accent colour and tint of the brochure and of every flyer (compared with the
// unchanged render, box by box), and a logo named there appears on the
// brochure's cover and in every flyer's band, the band's text beside it.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "../support/temp_dir.hpp"
#include "../support/test_images.hpp"
#include "documents/brochure.hpp"
#include "documents/flyer.hpp"
#include "documents_test_support.hpp"

namespace documents_test {
namespace {

namespace fs = std::filesystem;
using typeset::Color;

const Color kAccent{0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0};
const Color kRed{0xb0 / 255.0, 0x3a / 255.0, 0x2e / 255.0};

// The templates copied to `dir`, the palette changed by `edit`.
void copy_templates(const fs::path& dir, const std::string& from, const std::string& to) {
  fs::create_directories(dir);
  for (const char* name : {"brochure.xml", "flyer.xml", "palette.xml"}) {
    std::string text = read_file(kSourceDir + "/templates/" + name);
    if (std::string(name) == "palette.xml") {
      const std::size_t at = text.find(from);
      ASSERT_NE(at, std::string::npos) << from;
      text.replace(at, from.size(), to);
    }
    test_support::write_text_file((dir / name).string(), text);
  }
}

struct Edition {
  typeset::DocumentBox brochure;
  std::vector<typeset::DocumentBox> flyers;
};

Edition lay_out_edition(const fs::path& templates) {
  const std::string brochure = (templates / "brochure.xml").string();
  const std::string flyer = (templates / "flyer.xml").string();
  const documents::Resources resources = load_test_resources({brochure, flyer});
  base::Diagnostics diagnostics;
  Edition edition;
  edition.brochure = documents::build_brochure(
      edition_catalogue(), *resources.find_template(brochure), resources, diagnostics);
  for (const catalogue::SessionRef& session : catalogue::sessions_by_date(edition_catalogue())) {
    edition.flyers.push_back(documents::build_flyer(
        edition_catalogue(), session, *resources.find_template(flyer), resources, diagnostics));
  }
  EXPECT_FALSE(diagnostics.has_errors()) << all_diagnostics(diagnostics);
  return edition;
}

// The strength t at which `colour` is `accent` over white (1 for the accent
// itself), or nullopt when it is not one of its tints.
std::optional<double> tint_of(const Color& colour, const Color& accent) {
  const double t = (1 - colour.r) / (1 - accent.r);
  if (t <= 0 || t > 1 + 1e-9) return std::nullopt;
  const auto fits = [&](double c, double a) { return std::abs(1 - t * (1 - a) - c) < 1e-9; };
  if (!fits(colour.g, accent.g) || !fits(colour.b, accent.b)) return std::nullopt;
  return t;
}

// Counts, by kind of box, the colours that followed the accent.
struct Changes {
  int fills = 0;
  int rules = 0;
  int texts = 0;
};

void expect_follows(const Color& before, const Color& after, int& changed,
                    const std::string& where) {
  if (const std::optional<double> t = tint_of(before, kAccent)) {
    const Color expected{1 - *t * (1 - kRed.r), 1 - *t * (1 - kRed.g), 1 - *t * (1 - kRed.b)};
    EXPECT_NEAR(after.r, expected.r, 1e-9) << where;
    EXPECT_NEAR(after.g, expected.g, 1e-9) << where;
    EXPECT_NEAR(after.b, expected.b, 1e-9) << where;
    ++changed;
  } else {
    EXPECT_EQ(after, before) << where << ": a colour that is not the accent's changed";
  }
}

Changes compare(const typeset::DocumentBox& before, const typeset::DocumentBox& after,
                const std::string& name) {
  Changes changes;
  EXPECT_EQ(before.pages.size(), after.pages.size()) << name;
  for (std::size_t p = 0; p < std::min(before.pages.size(), after.pages.size()); ++p) {
    const typeset::PageBox& a = before.pages[p];
    const typeset::PageBox& b = after.pages[p];
    const std::string where = name + " page " + std::to_string(p + 1);
    EXPECT_EQ(a.fills.size(), b.fills.size()) << where;
    EXPECT_EQ(a.rules.size(), b.rules.size()) << where;
    EXPECT_EQ(a.glyphs.size(), b.glyphs.size()) << where;
    for (std::size_t i = 0; i < std::min(a.fills.size(), b.fills.size()); ++i) {
      expect_follows(a.fills[i].color, b.fills[i].color, changes.fills, where + " fill");
    }
    for (std::size_t i = 0; i < std::min(a.rules.size(), b.rules.size()); ++i) {
      expect_follows(a.rules[i].color, b.rules[i].color, changes.rules, where + " rule");
    }
    for (std::size_t i = 0; i < std::min(a.glyphs.size(), b.glyphs.size()); ++i) {
      expect_follows(a.glyphs[i].color, b.glyphs[i].color, changes.texts,
                     where + " « " + a.glyphs[i].text + " »");
    }
  }
  return changes;
}

TEST(Palette, AChangedAccentChangesEveryAccentColourOfBothDocuments) {
  test_support::TempDir dir;
  copy_templates(dir.path() / "bleu", "#1f4e79", "#1f4e79");
  copy_templates(dir.path() / "rouge", "<color name=\"accent\" value=\"#1f4e79\"/>",
                 "<color name=\"accent\" value=\"#b03a2e\"/>");
  const Edition blue = lay_out_edition(dir.path() / "bleu");
  const Edition red = lay_out_edition(dir.path() / "rouge");

  const Changes brochure = compare(blue.brochure, red.brochure, "brochure");
  // The cover band, table heads, zebra rows, label columns; borders and rules;
  // titles, headings, labels, links.
  EXPECT_GT(brochure.fills, 100);
  EXPECT_GT(brochure.rules, 100);
  EXPECT_GT(brochure.texts, 100);
  ASSERT_EQ(blue.flyers.size(), red.flyers.size());
  for (std::size_t i = 0; i < blue.flyers.size(); ++i) {
    const Changes flyer =
        compare(blue.flyers[i], red.flyers[i], "flyer " + blue.flyers[i].metadata.keywords);
    EXPECT_GT(flyer.fills, 1);  // the band and the label column of the key facts
    EXPECT_GT(flyer.rules, 1);
    EXPECT_GT(flyer.texts, 3);  // the title, the key facts' labels, headings, markers
  }
}

TEST(Logo, OnTheCoverAndInEveryFlyersBandTheTextBesideIt) {
  test_support::TempDir dir;
  const fs::path templates = dir.path() / "modeles";
  copy_templates(templates, "  <image name=\"logo\" file=\"logo.png\"/>\n  -->",
                 "  -->\n  <image name=\"logo\" file=\"logo.png\"/>");
  ASSERT_TRUE(test_support::write_png((templates / "logo.png").string(), 300, 100, [](int x, int) {
    return test_support::Rgba{255, 255, 255, static_cast<std::uint8_t>(x < 150 ? 255 : 0)};
  }));
  const Edition edition = lay_out_edition(templates);

  const std::vector<typeset::PageBox>& pages = edition.brochure.pages;
  ASSERT_EQ(pages.front().images.size(), 1u);
  const typeset::ImageBox& cover_logo = pages.front().images.front();
  EXPECT_EQ(cover_logo.path, (templates / "logo.png").string());
  EXPECT_NEAR(cover_logo.rect.width / cover_logo.rect.height, 3, 1e-9);
  EXPECT_LE(cover_logo.rect.bottom(), 230);   // inside the cover's band
  EXPECT_EQ(cover_logo.background, kAccent);  // its transparency goes onto the band
  for (std::size_t p = 1; p < pages.size(); ++p) EXPECT_TRUE(pages[p].images.empty());

  // Every flyer's first page has the band (the pages after it, a compact
  // running head without a logo).
  constexpr double kBandHeight = 44;
  for (const typeset::DocumentBox& flyer : edition.flyers) {
    ASSERT_FALSE(flyer.pages.empty());
    const typeset::PageBox& page = flyer.pages.front();
    ASSERT_EQ(page.images.size(), 1u) << flyer.metadata.keywords;
    const typeset::ImageBox& logo = page.images.front();
    EXPECT_LE(logo.rect.bottom(), kBandHeight);  // inside the band
    EXPECT_EQ(logo.background, kAccent);
    // The band's texts (white, in the band) start right of the logo.
    for (const typeset::GlyphRun& run : page.glyphs) {
      if (run.origin.y < kBandHeight) {
        EXPECT_GT(run.origin.x, logo.rect.right()) << run.text;
      }
    }
    for (std::size_t p = 1; p < flyer.pages.size(); ++p) EXPECT_TRUE(flyer.pages[p].images.empty());
  }
}

}  // namespace
}  // namespace documents_test
