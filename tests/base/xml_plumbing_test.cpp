// The XML plumbing every reader shares: positions in characters, suggestions
// for misspelt names, loading with its checks, messages kept short.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/load_xml.hpp"
#include "base/message_text.hpp"
#include "base/source_map.hpp"
#include "base/suggest.hpp"
#include "base/utf8.hpp"

namespace base {
namespace {

TEST(SourceMap, LinesAndColumnsInCharacters) {
  const SourceMap map("ab\n\xC3\xA9t\xC3\xA9 x\r\n\tz");
  EXPECT_EQ(map.position_at(0), (SourcePosition{1, 1}));
  EXPECT_EQ(map.position_at(2), (SourcePosition{1, 3}));  // the newline itself
  EXPECT_EQ(map.position_at(3), (SourcePosition{2, 1}));
  EXPECT_EQ(map.position_at(9), (SourcePosition{2, 5}));   // "x" after "été "
  EXPECT_EQ(map.position_at(13), (SourcePosition{3, 2}));  // a tab is one column
  EXPECT_EQ(map.position_at(1000), (SourcePosition{3, 3}));
}

TEST(SourceMap, ByteOrderMarkTakesNoColumn) {
  const SourceMap map("\xEF\xBB\xBF<a/>");
  EXPECT_EQ(map.position_at(3), (SourcePosition{1, 1}));
  EXPECT_EQ(map.position_at(0), (SourcePosition{1, 1}));
  EXPECT_EQ(map.position_at(4), (SourcePosition{1, 2}));
}

TEST(Suggest, CloseNamesOnly) {
  const std::vector<std::string_view> names = {"title", "session", "sheet", "day", "place"};
  EXPECT_EQ(closest_name("dat", names), "day");
  EXPECT_EQ(closest_name("tilte", names), "title");  // a swap is one edit
  EXPECT_EQ(closest_name("Session", names), "session");
  EXPECT_EQ(closest_name("sess", names), "session");  // a prefix
  EXPECT_EQ(closest_name("sessions", names), "session");
  EXPECT_EQ(closest_name("tableau", names), std::nullopt);
  EXPECT_EQ(closest_name("x", names), std::nullopt);  // too short to guess
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
  EXPECT_EQ(edit_distance("", "abc"), 3);
}

TEST(Excerpt, FirstLineCutOnACharacterBoundary) {
  EXPECT_EQ(excerpt("été comme hiver", 3), "été…");
  EXPECT_EQ(excerpt("première ligne\nseconde", 40), "première ligne…");
  EXPECT_EQ(excerpt("court  \n", 40), "court");
  EXPECT_EQ(in_guillemets("x"), "« x »");
}

// A list in a message is bounded in items and in characters: the catalogue
// fuzzer found seven 40-character codes making a 330-character message.
TEST(ShortList, BoundedInItemsAndInCharacters) {
  const std::vector<std::string> codes = {"T2605", "T2606", "T2607"};
  EXPECT_EQ(short_list(codes, 10), "T2605, T2606, T2607");
  EXPECT_EQ(short_list(codes, 2), "T2605, T2606, …");
  const std::vector<std::string> long_codes(7, "T2" + std::string(60, 'g'));
  const std::string list = short_list(long_codes, 10);
  EXPECT_LE(utf8::code_point_count(list), kMaxListCharacters + 3);
  EXPECT_TRUE(list.ends_with(", …")) << list;
  EXPECT_TRUE(list.starts_with("T2ggg")) << list;  // the first item, cut, always shown
  const std::vector<std::string> one = {std::string(500, 'x')};
  EXPECT_LE(utf8::code_point_count(short_list(one, 10)), 45u);
}

// A path is bytes to the system: in a message, what is not UTF-8 shows as
// U+FFFD and control characters as spaces, the rest whole.
TEST(QuotedPath, OneLineOfUtf8WhateverTheBytes) {
  EXPECT_EQ(quoted_path("modèles/logo.png"), "« modèles/logo.png »");
  EXPECT_EQ(quoted_path("a\xF4\x90\x80\x80"
                        "b\xC3"),
            "« a\uFFFD\uFFFD\uFFFD\uFFFDb\uFFFD »");
  EXPECT_EQ(quoted_path("a\nb\tc\x7F"), "« a b c  »");
  // A path of unusual length keeps its last 100 characters: the file's name.
  const std::string deep = std::string(300, 'd') + "/é" + std::string(80, 'x') + "/logo.png";
  EXPECT_EQ(quoted_path(deep), "« …" + deep.substr(deep.size() - 101) + " »");
}

constexpr XmlFileRules kRules = {.root = "doc",
                                 .what = "un document d'essai",
                                 .file_kind = "un fichier d'essai",
                                 .max_bytes = 1024 * 1024};

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    lines.push_back(format_diagnostic(diagnostic));
  }
  return lines;
}

TEST(LoadXml, GivesTheDocumentAndPositionsItsNodes) {
  Diagnostics diagnostics;
  const auto document =
      parse_xml("<doc>\n  <é-t a=\"1\"  b=\"2\"/>\n</doc>", "essai.xml", kRules, diagnostics);
  ASSERT_TRUE(document);
  EXPECT_TRUE(diagnostics.empty());
  const pugi::xml_node child = document->root().first_child();
  EXPECT_EQ(document->source().node_position(child), (SourcePosition{2, 3}));
  EXPECT_EQ(document->source().attribute_position(child, "b"), (SourcePosition{2, 15}));
}

TEST(LoadXml, ReportsTheFirstByteThatIsNotUtf8) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse_xml("<doc>\n  ét\xE9 </doc>", "essai.xml", kRules, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            std::vector<std::string>{"essai.xml:2:5: error: ce caractère n'est pas de l'UTF-8 : "
                                     "enregistrez le fichier en UTF-8"});
}

TEST(LoadXml, ExplainsParseErrorsAtTheirPlace) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse_xml("<doc>\n  <a>\n</doc>", "essai.xml", kRules, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            std::vector<std::string>{"essai.xml:3:1: error: la balise fermante </doc> ne "
                                     "correspond pas à la balise <a> ouverte à la ligne 2"});
}

TEST(LoadXml, ChecksTheRootElement) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse_xml("<!-- x -->\n<dok/>", "essai.xml", kRules, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            std::vector<std::string>{
                "essai.xml:2:1: error: l'élément principal doit être <doc>, pas <dok>"});
}

TEST(LoadXml, RefusesATooBigFile) {
  Diagnostics diagnostics;
  EXPECT_FALSE(parse_xml(std::string(2 * 1024 * 1024, ' '), "essai.xml", kRules, diagnostics));
  EXPECT_EQ(messages(diagnostics),
            std::vector<std::string>{"essai.xml: error: le fichier est trop grand pour être un "
                                     "document d'essai (1 Mo au plus)"});
}

TEST(LoadXml, SaysWhenThePathIsAFolderOrMissing) {
  Diagnostics diagnostics;
  EXPECT_FALSE(load_xml(BROCHURE_SOURCE_DIR "/xml", kRules, diagnostics));
  EXPECT_FALSE(load_xml(BROCHURE_SOURCE_DIR "/absent.xml", kRules, diagnostics));
  EXPECT_EQ(
      messages(diagnostics),
      (std::vector<std::string>{
          BROCHURE_SOURCE_DIR "/xml: error: ce chemin est un dossier, pas un fichier d'essai",
          BROCHURE_SOURCE_DIR "/absent.xml: error: le fichier n'existe pas : vérifiez son nom "
                              "et son dossier"}));
}

TEST(LoadXml, BlankTextIsKeptOnlyWhenAsked) {
  Diagnostics diagnostics;
  XmlFileRules keeping = kRules;
  keeping.keep_blank_text = true;
  const auto kept = parse_xml("<doc><a/> <b/></doc>", "essai.xml", keeping, diagnostics);
  const auto dropped = parse_xml("<doc><a/> <b/></doc>", "essai.xml", kRules, diagnostics);
  ASSERT_TRUE(kept && dropped);
  EXPECT_EQ(std::distance(kept->root().children().begin(), kept->root().children().end()), 3);
  EXPECT_EQ(std::distance(dropped->root().children().begin(), dropped->root().children().end()), 2);
}

}  // namespace
}  // namespace base
