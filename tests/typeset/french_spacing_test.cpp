#include "typeset/french_spacing.hpp"

#include <gtest/gtest.h>

#include "base/utf8.hpp"

namespace typeset {
namespace {

std::vector<SpacedCharacter> characters(std::string_view text) {
  std::vector<SpacedCharacter> result;
  for (char32_t c : base::utf8::decode_all(text)) result.push_back({c, 0});
  return result;
}

bool contains_digit_around(const std::vector<SpacedCharacter>& text, std::size_t i) {
  std::size_t begin = i;
  while (begin > 0 && !is_space_like(text[begin - 1].code_point)) --begin;
  for (std::size_t k = begin; k < text.size() && !is_space_like(text[k].code_point); ++k) {
    if (text[k].code_point >= U'0' && text[k].code_point <= U'9') return true;
  }
  return false;
}

// Shows the spacing: "_" narrow no-break space, "~" no-break space, "=" an
// ordinary space that is tied (no break there).
std::string shown(std::string_view text) {
  std::u32string result;
  for (const SpacedCharacter& c : apply_french_spacing(characters(text))) {
    if (c.code_point == kNarrowNoBreakSpace) {
      result.push_back(U'_');
    } else if (c.code_point == kNoBreakSpace) {
      result.push_back(U'~');
    } else if (c.code_point == U' ' && c.keep_with_next) {
      result.push_back(U'=');
    } else {
      result.push_back(c.code_point);
    }
  }
  return base::utf8::encode(result);
}

// True when no line may break inside `text` once spaced: the layout breaks at
// ordinary spaces and after hyphens unless they are tied, and inside a word
// after any character not kept with the next (hyphenation, URL breaks).
bool unbreakable(std::string_view text) {
  const auto spaced = apply_french_spacing(characters(text));
  for (std::size_t i = 0; i + 1 < spaced.size(); ++i) {
    const char32_t c = spaced[i].code_point;
    const char32_t next = spaced[i + 1].code_point;
    if (c == kNarrowNoBreakSpace || c == kNoBreakSpace) continue;
    const bool inside_word = !is_space_like(c) && !is_space_like(next);
    if (spaced[i].keep_with_next) continue;
    if (c == U' ' || c == U'-') return false;
    // Inside a plain word hyphenation decides; a token with digits is never cut.
    if (inside_word && contains_digit_around(spaced, i)) return false;
  }
  return true;
}

TEST(FrenchSpacing, NarrowSpaceBeforeSemicolonExclamationAndQuestionMarks) {
  EXPECT_EQ(shown("Pourquoi ? Parce que ; enfin !"), "Pourquoi_? Parce que_; enfin_!");
  EXPECT_EQ(shown("Pourquoi? Parce que; enfin!"), "Pourquoi_? Parce que_; enfin_!");
}

TEST(FrenchSpacing, NoBreakSpaceBeforeColon) {
  EXPECT_EQ(shown("Public cible : éducateurs"), "Public cible~: éducateurs");
  EXPECT_EQ(shown("Public cible: éducateurs"), "Public cible~: éducateurs");
}

TEST(FrenchSpacing, ColonsInTimesAndUrlsAreLeftAlone) {
  EXPECT_EQ(shown("de 9:30 à 16:30"), "de 9:30=à=16:30");
  EXPECT_EQ(shown("voir https://www.fonds.be/inscription?id=3 ou http://x.be"),
            "voir https://www.fonds.be/inscription?id=3 ou http://x.be");
  EXPECT_EQ(shown("écrire à info@fonds.be; merci"), "écrire à info@fonds.be; merci");
}

TEST(FrenchSpacing, GuillemetsGetNarrowSpacesInside) {
  EXPECT_EQ(shown("« Bien-être »"), "«_Bien-être_»");
  EXPECT_EQ(shown("«Bien-être»"), "«_Bien-être_»");
  EXPECT_EQ(shown("le «Bien-être» !"), "le «_Bien-être_»_!");
}

TEST(FrenchSpacing, PunctuationClustersGetOneSpace) {
  EXPECT_EQ(shown("Vraiment ?!"), "Vraiment_?!");
  EXPECT_EQ(shown("Vraiment?!"), "Vraiment_?!");
  EXPECT_EQ(shown("(!)"), "(!)");
}

TEST(FrenchSpacing, InsertedSpacesTakeTheTagOfTheirNeighbour) {
  std::vector<SpacedCharacter> text = characters("mot!");
  text[3].tag = 1;  // the "!" is in another run (e.g. bold)
  const auto spaced = apply_french_spacing(text);
  ASSERT_EQ(spaced.size(), 5u);
  EXPECT_EQ(spaced[3].code_point, kNarrowNoBreakSpace);
  EXPECT_EQ(spaced[3].tag, 1);
}

TEST(FrenchSpacing, TimesDatesAndCodesAreNeverBroken) {
  EXPECT_TRUE(unbreakable("9h30-16h30"));
  EXPECT_TRUE(unbreakable("24-09-2026"));
  EXPECT_TRUE(unbreakable("T2605"));
  EXPECT_FALSE(unbreakable("socio-professionnel"));
}

TEST(FrenchSpacing, NumbersStayWithWhatTheyCount) {
  EXPECT_EQ(shown("de 6 à 15 ans"), "de 6=à=15=ans");
  EXPECT_EQ(shown("enfants de 0-12 ans"), "enfants de 0-12=ans");
  EXPECT_EQ(shown("le n° 3 et la p. 12"), "le n°=3 et la p.=12");
  EXPECT_EQ(shown("coût : 50 € par jour"), "coût~: 50=€ par jour");
  EXPECT_EQ(shown("1 200 participants"), "1_200=participants");
  EXPECT_TRUE(unbreakable("6 à 15"));
  EXPECT_TRUE(unbreakable("0-12 ans"));
}

TEST(FrenchSpacing, WordsAroundNumbersAreStillBreakable) {
  EXPECT_EQ(shown("en 2026 nous"), "en 2026 nous");
  EXPECT_EQ(shown("3 modules et 2 jours"), "3=modules et 2=jours");
}

TEST(FrenchSpacing, ApostropheAfterALetterBecomesTypographic) {
  EXPECT_EQ(shown("l'équipe d'accueil, aujourd'hui, qu'il"),
            "l’équipe d’accueil, aujourd’hui, qu’il");
  EXPECT_EQ(shown("L'art d'accueillir"), "L’art d’accueillir");
  // Not one opening a quotation, nor inside a URL.
  EXPECT_EQ(shown("'cité' et https://x.be/l'a"), "«_cité_» et https://x.be/l'a");
}

TEST(FrenchSpacing, PairedDoubleQuotesBecomeGuillemets) {
  EXPECT_EQ(shown("la fiche-outil \"Motiver et sensibiliser\" pour"),
            "la fiche-outil «_Motiver et sensibiliser_» pour");
  EXPECT_EQ(shown("discuter des \"qui, quand, comment\"."),
            "discuter des «_qui, quand, comment_».");
  EXPECT_EQ(shown("\"Annoncer\", \"Organiser\" (voir \"Décrire\")"),
            "«_Annoncer_», «_Organiser_» (voir «_Décrire_»)");
  EXPECT_EQ(shown("d'une \"checklist d'accueil\" personnalisée"),
            "d’une «_checklist d’accueil_» personnalisée");
  EXPECT_EQ(shown("\"Il est parti.\""), "«_Il est parti._»");
}

TEST(FrenchSpacing, UnpairedDoubleQuotesAndUrlsAreLeftAlone) {
  EXPECT_EQ(shown("un \" seul"), "un \" seul");
  EXPECT_EQ(shown("12\" de diagonale"), "12\" de diagonale");
  EXPECT_EQ(shown("\"ouvert mais jamais fermé"), "\"ouvert mais jamais fermé");
  EXPECT_EQ(shown("\"un\" puis \"deux"), "«_un_» puis \"deux");
  EXPECT_EQ(shown("https://x.be/?q=\"a\" ici"), "https://x.be/?q=\"a\" ici");
}

TEST(FrenchSpacing, RangesOfNumbersAreTiedButTwoDatesBreakAfterTheirJoiner) {
  EXPECT_EQ(shown("de 6 à 15"), "de 6=à=15");
  EXPECT_EQ(shown("entre 6 et 15 personnes"), "entre 6=et=15=personnes");
  EXPECT_EQ(shown("de 9h30 à 16h30"), "de 9h30=à=16h30");
  // "29/09 et" | "24/11/2026": the joiner stays with the first date.
  EXPECT_EQ(shown("mar. 29/09 et 24/11/2026"), "mar.=29/09=et 24/11/2026");
  EXPECT_EQ(shown("17/11 et 15/12/2026"), "17/11=et 15/12/2026");
  EXPECT_EQ(shown("le 24-09-2026 ou 6/10"), "le 24-09-2026=ou 6/10");
  EXPECT_TRUE(unbreakable("24/11/2026"));
  EXPECT_FALSE(unbreakable("29/09 et 24/11/2026"));
  EXPECT_TRUE(unbreakable("6 à 15"));
  // Ends that are not plain numbers or times: an address, two ranges.
  EXPECT_EQ(shown("Square Saintelette 13-15 – 1000 Bruxelles"),
            "Square Saintelette=13-15=–=1000=Bruxelles");
  EXPECT_EQ(shown("0-12 ou 3-6 ans"), "0-12=ou 3-6=ans");
  EXPECT_EQ(shown("de 6 – 15 ans, 2,5 à 3"), "de 6=–=15=ans, 2,5=à=3");
}

TEST(FrenchSpacing, AWeekdayAbbreviationStaysWithItsDateAndItsCount) {
  EXPECT_EQ(shown("jeu. 24/09/2026"), "jeu.=24/09/2026");
  EXPECT_EQ(shown("Mar. 29/09 et 24/11/2026"), "Mar.=29/09=et 24/11/2026");
  // A joiner before a weekday is left as it was: not tied to the date before.
  EXPECT_EQ(shown("lun. 16/11 et jeu. 19/11/2026"), "lun.=16/11 et jeu.=19/11/2026");
  EXPECT_EQ(shown("4 mar. matin : 22/09, 13/10, 17/11 et 15/12/2026"),
            "4=mar. matin~: 22/09, 13/10, 17/11=et 15/12/2026");
  EXPECT_EQ(shown("MER. 7/10 ou Sam. 10/10 ou DIM. 11/10 ou ven. 9/10"),
            "MER.=7/10 ou Sam.=10/10 ou DIM.=11/10 ou ven.=9/10");
  EXPECT_TRUE(unbreakable("4 mar."));
  EXPECT_TRUE(unbreakable("Jeu. 24/09/2026"));
  // Only the abbreviation with its dot, and only before a digit or after a count.
  EXPECT_EQ(shown("la mer 3 fois"), "la mer 3=fois");
  EXPECT_EQ(shown("mar. matin"), "mar. matin");
  EXPECT_EQ(shown("16/11, jeu. 19/11"), "16/11, jeu.=19/11");
  EXPECT_EQ(shown("marché 3 et 4"), "marché 3=et=4");
}

TEST(FrenchSpacing, ForcedLineBreaksSeparateTokens) {
  std::vector<SpacedCharacter> text = characters("mot");
  text.push_back({kLineSeparator, 0});
  for (SpacedCharacter c : characters("! 15 ans")) text.push_back(c);
  const auto spaced = apply_french_spacing(text);
  EXPECT_EQ(spaced[3].code_point, kLineSeparator);
  EXPECT_EQ(spaced[4].code_point, U'!');  // no space at the start of a line
}

TEST(FrenchSpacing, PlainStringVersionInsertsTheCharacters) {
  EXPECT_EQ(apply_french_spacing("Quoi ?"), "Quoi\u202F?");
  EXPECT_EQ(apply_french_spacing("Note : oui"), "Note\u00A0: oui");
}

}  // namespace
}  // namespace typeset

namespace typeset {
namespace {

TEST(FrenchSpacing, AddressesKeepNumberWithStreetAndPostalCodeWithCity) {
  EXPECT_EQ(shown("Le Grain : Rue du Marteau 19 – 1000 Bruxelles"),
            "Le Grain~: Rue du Marteau=19=–=1000=Bruxelles");
  EXPECT_EQ(shown("EMANCIPE, 52 rue Luther à 1000 Bruxelles"),
            "EMANCIPE, 52=rue Luther à=1000=Bruxelles");
  EXPECT_EQ(shown("Rue Basse Marcelle 26, 5000 Namur"), "Rue Basse Marcelle=26, 5000=Namur");
  EXPECT_EQ(shown("B-4000 Liège"), "B-4000=Liège");
  // A comma ends the name: "Sociales, 141" may break.
  EXPECT_EQ(shown("Sociales, 141, 27-43."), "Sociales, 141, 27-43.");
}

TEST(FrenchSpacing, DatesAndTimesAreWholes) {
  EXPECT_EQ(shown("le mardi 24 septembre 2026"), "le mardi=24=septembre=2026");
  EXPECT_EQ(shown("de 9 h 30 à 12 h"), "de 9=h=30=à=12=h");
}

TEST(FrenchSpacing, SingleAndEnglishQuotesBecomeGuillemets) {
  EXPECT_EQ(shown("Maison de l'écologie ('Salle Grenier'), Rue"),
            "Maison de l’écologie («_Salle Grenier_»), Rue");
  EXPECT_EQ(shown("un “projet” d'équipe"), "un «_projet_» d’équipe");
  // An apostrophe inside the quotation is one: it does not close it.
  EXPECT_EQ(shown("('l'accueil')"), "(«_l’accueil_»)");
  // Unpaired: left as typed, apostrophes still curled.
  EXPECT_EQ(shown("l'enfant 'seul"), "l’enfant 'seul");
}

}  // namespace
}  // namespace typeset
