// File names from titles: folded accents, separators, the 40-character cut at
// a word boundary, and names that can never leave the flyers folder.
#include "documents/slug.hpp"

#include <gtest/gtest.h>

#include "documents/output_paths.hpp"

namespace {

using documents::flyer_file_name;
using documents::slug;

TEST(Slug, FoldsAccentsAndLigatures) {
  EXPECT_EQ(slug("Élève à l'école"), "eleve-a-l-ecole");
  EXPECT_EQ(slug("Œuvre cœur ÇA Ÿ ß"), "oeuvre-coeur-ca-y-ss");
  EXPECT_EQ(slug("Développement de l'observation"), "developpement-de-l-observation");
}

// No letter is dropped: other alphabets and Latin letters beyond French are
// transliterated, capitals included.
TEST(Slug, TransliteratesOtherLetters) {
  EXPECT_EQ(slug("Łódź et Æsop"), "lodz-et-aesop");
  EXPECT_EQ(slug("Şahin Čapek Ørsted Ștefan"), "sahin-capek-orsted-stefan");
  EXPECT_EQ(slug("α et β"), "a-et-b");
  EXPECT_EQ(slug("La 9ᵉ rencontre"), "la-9e-rencontre");
  EXPECT_EQ(slug("ﬁne ☎ Straße"), "fine-strasse");
}

TEST(Slug, ApostrophesAndPunctuationBecomeOneSeparator) {
  EXPECT_EQ(slug("Echange et... change : renforcer"), "echange-et-change-renforcer");
  EXPECT_EQ(slug("L’art d’accueillir"), "l-art-d-accueillir");
  EXPECT_EQ(slug("  « Repères » – 0-12 ans !  "), "reperes-0-12-ans");
  EXPECT_EQ(slug("a\tb\nc"), "a-b-c");
}

TEST(Slug, CutAtAWordBoundaryWithinFortyCharactersWithoutADanglingWord) {
  // "anticiper-la-venue-d-un-stagiaire-au-sein" is 41: cut before "sein",
  // then "au" cannot end a name.
  EXPECT_EQ(slug("Anticiper la venue d'un stagiaire au sein de l'équipe du milieu d'accueil"),
            "anticiper-la-venue-d-un-stagiaire");
  const std::string long_title =
      "Enseignants et tuteurs de stage : construire ensemble des partenariats";
  const std::string name = slug(long_title);
  EXPECT_EQ(name, "enseignants-et-tuteurs-de-stage");
  EXPECT_LE(slug("Relations entre le milieu d'accueil et le lieu de formation").size(), 40u);
  // A title of exactly 40 characters is kept whole.
  EXPECT_EQ(slug(std::string(40, 'a')), std::string(40, 'a'));
}

TEST(Slug, AWordLongerThanTheLimitIsCutInside) {
  EXPECT_EQ(slug(std::string(50, 'x')), std::string(40, 'x'));
  EXPECT_EQ(slug("ab " + std::string(50, 'x')), "ab");
}

TEST(Slug, NothingButSeparatorsGivesAnEmptyName) {
  EXPECT_EQ(slug(""), "");
  EXPECT_EQ(slug("… — !"), "");
  EXPECT_EQ(flyer_file_name("T2605", "… !"), "T2605.pdf");
}

TEST(Slug, NamesHoldOnlyLettersDigitsAndHyphens) {
  for (const char* title : {"../../etc/passwd", "a/b\\c", "..", "C:\\Windows"}) {
    const std::string name = slug(title);
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos)
        << name;
    EXPECT_FALSE(name.starts_with("-") || name.ends_with("-")) << name;
  }
  EXPECT_EQ(slug("../../etc/passwd"), "etc-passwd");
}

TEST(OutputPaths, FlyerFilesStayInTheFlyersFolder) {
  EXPECT_EQ(flyer_file_name("T2605", "Anticiper la venue d'un stagiaire au sein de l'équipe"),
            "T2605-anticiper-la-venue-d-un-stagiaire.pdf");
  // A code the catalogue's checks would refuse still cannot climb out.
  EXPECT_EQ(flyer_file_name("../T1", "../x"), "---T1-x.pdf");
  const documents::EditionPaths paths{documents::default_edition_directory("2026-2027")};
  EXPECT_EQ(paths.directory, std::filesystem::path("out/2026-2027"));
  EXPECT_EQ(paths.brochure("2026-2027"), "out/2026-2027/brochure-2026-2027.pdf");
  const std::filesystem::path flyer = paths.flyer("../../T2605", "../../x");
  EXPECT_EQ(flyer.parent_path(), "out/2026-2027/flyers");
  EXPECT_EQ(flyer.lexically_normal().parent_path(), "out/2026-2027/flyers");
}

}  // namespace
