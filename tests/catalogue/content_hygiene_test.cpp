// Content typed as in a word processor: a bullet or a dash at the start of a
// list item (the list draws its own: "• •" on paper), an e-mail address in a
// description (a link, like a URL).
#include <gtest/gtest.h>

#include "catalogue/links.hpp"
#include "catalogue/reader.hpp"

namespace catalogue {
namespace {

// A catalogue whose first sheet row (line 16) is `row`.
std::string catalogue_with_row(std::string_view row) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers</title>
  <publisher website="https://www.tutorats.org">Fonds social</publisher>
  <operators>
    <operator id="le-grain">Le Grain</operator>
  </operators>
  <section kind="atelier" title="Ateliers">
    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <place city="Bruxelles"/>
      </session>
      <sheet>
        )") +
         std::string(row) +
         R"(
      </sheet>
    </course>
  </section>
</catalogue>
)";
}

std::vector<std::string> messages(const LoadResult& result) {
  std::vector<std::string> all;
  for (const base::Diagnostic& d : result.diagnostics.items())
    all.push_back(base::format_diagnostic(d));
  return all;
}

const List& first_list(const LoadResult& result) {
  static const List none;
  if (!result.value) return none;
  const RichText& content = result.value->sections[0].courses[0].sheet->rows[0].content;
  for (const Block& block : content.blocks)
    if (block.kind == Block::Kind::list) return block.list;
  return none;
}

std::string item_text(const ListItem& item) {
  return plain_text(RichText{item.blocks});
}

TEST(TypedListMarkers, ABulletOrDashTypedAtTheStartOfAnItemIsRemovedWithAWarning) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(
          R"(<row label="Programme"><ul><li>• Accueil</li><li>- Créer un cadre</li><li>–Évaluer</li><li>-5 % de retard</li><li>Sans puce</li><li>•<strong>Gras</strong> ensuite</li></ul></row>)"),
      "cat.xml");
  ASSERT_TRUE(result.value) << messages(result).front();
  const List& list = first_list(result);
  ASSERT_EQ(list.items.size(), 6u);
  EXPECT_EQ(item_text(list.items[0]), "Accueil");
  EXPECT_EQ(item_text(list.items[1]), "Créer un cadre");
  EXPECT_EQ(item_text(list.items[2]), "Évaluer");
  EXPECT_EQ(item_text(list.items[3]), "-5 % de retard");  // a number, not a marker
  EXPECT_EQ(item_text(list.items[4]), "Sans puce");
  EXPECT_EQ(item_text(list.items[5]), "Gras ensuite");
  // The text that is left starts where it was typed.
  EXPECT_EQ(list.items[0].blocks[0].paragraph.runs[0].position, (base::SourcePosition{16, 42}));

  const std::vector<std::string> warned = messages(result);
  ASSERT_EQ(warned.size(), 4u);
  EXPECT_EQ(warned[0],
            "cat.xml:16:40: warning: « • » tapé au début de l'élément de liste est retiré : la "
            "liste dessine ses puces déjà");
  EXPECT_NE(warned[1].find("cat.xml:16:58: warning: « - » tapé"), std::string::npos) << warned[1];
  EXPECT_NE(warned[2].find("« – » tapé"), std::string::npos);
  EXPECT_NE(warned[3].find("« • » tapé"), std::string::npos);
}

TEST(TypedListMarkers, ANumberTypedInANumberedListIsRemovedButNotInABulletedOne) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(
          R"(<row label="Programme"><ol><li>1. Accueil</li><li>2) Suite</li><li>2027 commence</li></ol><ul><li>3. Trois</li></ul></row>)"),
      "cat.xml");
  ASSERT_TRUE(result.value);
  const List& numbered = first_list(result);
  ASSERT_EQ(numbered.items.size(), 3u);
  EXPECT_EQ(item_text(numbered.items[0]), "Accueil");
  EXPECT_EQ(item_text(numbered.items[1]), "Suite");
  EXPECT_EQ(item_text(numbered.items[2]), "2027 commence");
  const RichText& content = result.value->sections[0].courses[0].sheet->rows[0].content;
  EXPECT_EQ(item_text(content.blocks[1].list.items[0]), "3. Trois");
  const std::vector<std::string> warned = messages(result);
  ASSERT_EQ(warned.size(), 2u);
  EXPECT_NE(warned[0].find("« 1. » tapé au début de l'élément de liste est retiré : la liste "
                           "numérote ses éléments déjà"),
            std::string::npos)
      << warned[0];
}

TEST(EmailAddresses, FoundAsWordsOfTheirOwnWithoutTheSentencePunctuation) {
  const std::string text =
      "Écrire à info@le-grain.be. Ou (marie.dupont+atelier@uliege.ac.be) ; pas a@b, ni "
      "x@y.z, ni mot@exemple.bé ni https://nom@hote.be/page";
  const std::vector<UrlMatch> addresses = find_email_addresses(text);
  ASSERT_EQ(addresses.size(), 2u);  // not the one inside the URL
  EXPECT_EQ(addresses[0].link, "mailto:info@le-grain.be");
  EXPECT_EQ(text.substr(addresses[0].begin, addresses[0].end - addresses[0].begin),
            "info@le-grain.be");
  EXPECT_EQ(addresses[1].link, "mailto:marie.dupont+atelier@uliege.ac.be");
  const std::vector<UrlMatch> links = find_links(text);
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(links[0].link, "mailto:info@le-grain.be");
  EXPECT_EQ(links[1].link, "mailto:marie.dupont+atelier@uliege.ac.be");
  EXPECT_EQ(links[2].link, "https://nom@hote.be/page");
}

TEST(EmailAddresses, AnAddressInADescriptionIsALink) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(
          R"(<row label="Contact">Inscription : inscriptions@le-grain.be, avant le 1er septembre.</row>)"),
      "cat.xml");
  ASSERT_TRUE(result.value);
  const RichText& content = result.value->sections[0].courses[0].sheet->rows[0].content;
  const std::vector<TextRun>& runs = content.blocks[0].paragraph.runs;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[1].text, "inscriptions@le-grain.be");
  EXPECT_EQ(runs[1].link, "mailto:inscriptions@le-grain.be");
  EXPECT_EQ(runs[2].text, ", avant le 1er septembre.");
  EXPECT_TRUE(runs[2].link.empty());
}

}  // namespace
}  // namespace catalogue
