// What XML forbids and pugixml lets through, each at its own offset.
#include "base/xml_wellformed.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace base {
namespace {

struct Found {
  std::size_t offset;
  std::string message;
  friend bool operator==(const Found&, const Found&) = default;
};

std::ostream& operator<<(std::ostream& out, const Found& found) {
  return out << found.offset << ": " << found.message;
}

std::vector<Found> found(const std::vector<XmlProblem>& problems) {
  std::vector<Found> result;
  for (const XmlProblem& problem : problems) result.push_back({problem.offset, problem.message});
  return result;
}

std::vector<Found> characters(std::string_view xml) {
  return found(find_character_problems(xml, "un catalogue"));
}

std::vector<Found> syntax(std::string_view xml) {
  return found(find_syntax_problems(xml));
}

TEST(XmlCharacters, EachForbiddenCharacterAtItsOffset) {
  EXPECT_EQ(characters(std::string_view("<a>x\0y\fz</a>", 12)),
            (std::vector<Found>{
                {4,
                 "caractère interdit (U+0000, caractère nul) : ce caractère invisible n'a pas sa "
                 "place dans le texte ; supprimez-le"},
                {6,
                 "caractère interdit (U+000C, saut de page) : ce caractère invisible n'a pas sa "
                 "place dans le texte ; supprimez-le"}}));
}

TEST(XmlCharacters, TabsLineBreaksAndTextAreFine) {
  EXPECT_TRUE(characters("<a>\tété\r\n« x » 😀</a>").empty());
}

TEST(XmlCharacters, C1ControlsAndNonCharactersAreForbiddenToo) {
  const std::vector<Found> problems = characters("<a>\xC2\x85 \xEF\xBF\xBE</a>");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].offset, 3u);
  EXPECT_TRUE(problems[0].message.starts_with("caractère interdit (U+0085, fin de ligne)"));
  EXPECT_EQ(problems[1].offset, 6u);
  EXPECT_TRUE(problems[1].message.starts_with("caractère interdit (U+FFFE)"));
}

TEST(XmlCharacters, NotUtf8StopsAtTheFirstBadByte) {
  EXPECT_EQ(characters("<a>\xE9t\xE9</a>"),
            (std::vector<Found>{
                {3, "ce caractère n'est pas de l'UTF-8 : enregistrez le fichier en UTF-8"}}));
}

TEST(XmlCharacters, BinaryFileAtItsFirstByte) {
  EXPECT_EQ(characters("GIF89a\x01\x02<"),
            (std::vector<Found>{{6,
                                 "ce fichier n'est pas du texte XML (octet 0x01 illisible) : "
                                 "est-ce bien un catalogue ?"}}));
}

TEST(XmlCharacters, Utf16IsNamed) {
  EXPECT_EQ(
      characters(std::string_view("<\0a\0/\0>\0", 8)),
      (std::vector<Found>{{0, "le fichier est enregistré en UTF-16 : enregistrez-le en UTF-8"}}));
}

TEST(XmlCharacters, ManyAreReportedUpToABound) {
  const std::vector<Found> problems = characters("<a>" + std::string(1000, '\x01') + "</a>");
  ASSERT_EQ(problems.size(), 21u);
  EXPECT_EQ(
      problems.back(),
      (Found{23, "d'autres caractères interdits suivent ; les premiers seuls sont signalés"}));
}

TEST(XmlSyntax, DoubleHyphenInAComment) {
  EXPECT_EQ(
      syntax("<a><!-- un -- deux --></a>"),
      (std::vector<Found>{
          {11, "« -- » est interdit à l'intérieur d'un commentaire : écrivez un seul tiret"}}));
  EXPECT_EQ(syntax("<a><!-- fin ---></a>").size(), 1u);  // a comment may not end with "-"
  EXPECT_TRUE(syntax("<a><!-- un - deux --></a>").empty());
}

TEST(XmlSyntax, EntityDeclarationsAreRefused) {
  EXPECT_EQ(syntax("<!DOCTYPE a [\n<!ENTITY x \"y\">\n]><a>&x;</a>"),
            (std::vector<Found>{{14,
                                 "les déclarations d'entités ne sont pas acceptées : écrivez le "
                                 "texte voulu à chaque endroit"}}));
  EXPECT_EQ(syntax("<!DOCTYPE a [<!ATTLIST a b CDATA \"c\">]><a/>").size(), 1u);
  // A DOCTYPE that declares nothing (or names an outside DTD) is harmless.
  EXPECT_TRUE(syntax("<!DOCTYPE a SYSTEM \"a.dtd\"><a/>").empty());
  EXPECT_TRUE(syntax("<!DOCTYPE a [<!-- <!ENTITY in a comment> -->]><a/>").empty());
}

TEST(XmlSyntax, DoctypeAndDeclarationInTheirPlace) {
  EXPECT_EQ(syntax("<a/><!DOCTYPE a>"),
            (std::vector<Found>{
                {4, "la déclaration <!DOCTYPE …> doit venir avant l'élément principal"}}));
  EXPECT_EQ(
      syntax("<!-- x --><?xml version=\"1.0\"?><a/>"),
      (std::vector<Found>{{10, "la déclaration <?xml …?> doit être au tout début du fichier"}}));
  EXPECT_TRUE(syntax("\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>").empty());  // after a BOM
}

TEST(XmlSyntax, NothingOutsideTheRootElement) {
  EXPECT_EQ(syntax("<a/>\n<b/>"),
            (std::vector<Found>{{5,
                                 "l'élément <b> vient après la fin de l'élément principal <a> : "
                                 "tout le contenu va à l'intérieur"}}));
  EXPECT_EQ(syntax("<a></a>\n  fin"),
            (std::vector<Found>{{10,
                                 "texte après la fin de l'élément principal <a> : « fin » ; tout "
                                 "le contenu va à l'intérieur"}}));
  EXPECT_TRUE(syntax("<a>x</a>\n<!-- fin -->\n<?pi x?>\n").empty());
}

TEST(XmlSyntax, CharactersXmlReservesInTextAndAttributes) {
  EXPECT_EQ(syntax("<a>x ]]> y</a>"),
            (std::vector<Found>{{5, "« ]]> » est interdit dans un texte : écrivez ]]&gt;"}}));
  EXPECT_EQ(
      syntax("<a b=\"1 < 2\"/>"),
      (std::vector<Found>{{8, "le caractère < doit s'écrire &lt; dans la valeur d'un attribut"}}));
  EXPECT_TRUE(syntax("<a b=\"1 > 2\">x > y <![CDATA[ ]] ]]></a>").empty());
}

TEST(XmlSyntax, CharacterReferencesToForbiddenCharacters) {
  EXPECT_EQ(syntax("<a b=\"&#0;\">&#x1B;&#233;&#x110000;</a>"),
            (std::vector<Found>{
                {6, "la référence « &#0; » désigne un caractère interdit (U+0000, caractère nul)"},
                {12, "la référence « &#x1B; » désigne un caractère interdit (U+001B, échappement)"},
                {24, "la référence « &#x110000; » ne désigne aucun caractère"}}));
}

// However many digits: pugixml turns any number into bytes, which past
// U+10FFFF are not UTF-8 (the template fuzzer's find, in an image's path).
TEST(XmlSyntax, CharacterReferencesOfAnyLength) {
  EXPECT_EQ(
      syntax("<a b=\"x &#55525511491; y\">&#x0000000041;&#00000000000000233;</a>"),
      (std::vector<Found>{{8, "la référence « &#55525511491; » ne désigne aucun caractère"}}));
  EXPECT_EQ(syntax("<a>&#x1234567890ABCDEF1234567890ABCDEF1234567890ABCDEF1234567890;</a>"),
            (std::vector<Found>{{3,
                                 "la référence « &#x1234567890ABCDEF1234567890ABCDEF12345… » "
                                 "(62 caractères) ne désigne aucun caractère"}}));
}

}  // namespace
}  // namespace base
