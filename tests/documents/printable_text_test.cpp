// Characters no font prints are found where they were typed — in text, in
// attribute values, written as entities — with a hint fitted to each kind
// (superscript letters, separate accents, emoji, symbol fonts); what the
// bundled fonts draw (Greek, symbols) passes.
#include "documents/printable_text.hpp"

#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "documents_test_support.hpp"

namespace documents_test {
namespace {

std::string reported(const std::string& xml, base::Severity severity = base::Severity::error) {
  test_support::TempDir dir;
  const std::string path = dir.write("c.xml", xml);
  base::Diagnostics diagnostics;
  const documents::PrintableCharacters printable(brochure_resources());
  documents::report_unprintable(path, printable, severity, diagnostics);
  std::string text;
  for (const base::Diagnostic& d : diagnostics.items()) {
    EXPECT_EQ(d.file, path);
    base::Diagnostic shown = d;
    shown.file = "c.xml";
    text += base::format_diagnostic(shown) + "\n";
  }
  return text;
}

TEST(PrintableText, GreekAndSymbolsPass) {
  EXPECT_EQ(reported("<c>\n<t>α, β et Ω ; ☎ ★ ✉ ① ⅓ ≈ ∞ ș</t><!-- 中 in a comment --></c>"), "");
}

TEST(PrintableText, OrdinalsTypedWithSuperscriptLettersAreSetAsSuperscripts) {
  // The layout sets them as 9 and a superscript e: nothing is lost.
  EXPECT_EQ(reported("<c>\n  <title>La 9ᵉ, le 1ᵉʳ, la 1ʳᵉ et le 2ᵈ</title>\n</c>"), "");
  EXPECT_EQ(reported("<c>\n<row label=\"Pour les 2&#x1D49; années\">x</row></c>"), "");
}

TEST(PrintableText, OtherSuperscriptLettersAskForSup) {
  EXPECT_EQ(reported("<c>\n  <title>Mᵐᵉ Dupont, la 1234ᵉ et ᵉ seul</title>\n</c>"),
            "c.xml:2:11: error: les lettres en exposant « ᵐᵉ » n'existent dans aucune police : "
            "écrivez M<sup>me</sup> (sinon elles seraient imprimées « ? »)\n"
            "c.xml:2:29: error: la lettre en exposant « ᵉ » n'existe dans aucune police : "
            "écrivez 1234<sup>e</sup> (sinon « ? » serait imprimé)\n"
            "c.xml:2:34: error: la lettre en exposant « ᵉ » n'existe dans aucune police : "
            "écrivez 9<sup>e</sup> (sinon « ? » serait imprimé)\n");
}

TEST(PrintableText, FoundInAttributesAndEntitiesWhereTyped) {
  EXPECT_EQ(reported("<c>\n<row label=\"Pour M&#x1D50;&#x1D49; Dupont\">中</row></c>",
                     base::Severity::warning),
            "c.xml:2:19: warning: les lettres en exposant « ᵐᵉ » n'existent dans aucune police : "
            "écrivez M<sup>me</sup> ; elles sont imprimées « ? »\n"
            "c.xml:2:44: warning: le caractère « 中 » (U+4E2D) n'existe dans aucune police : "
            "remplacez-le ; « ? » est imprimé à sa place\n");
}

// A file whose bytes show only printable characters is not read again as
// XML, unless a character reference may stand for one they do not show.
TEST(PrintableText, ACharacterWrittenOnlyAsAReferenceIsFound) {
  EXPECT_EQ(reported("<c>\n<t>Le &#x4E2D; seul</t></c>"),
            "c.xml:2:7: error: le caractère « 中 » (U+4E2D) n'existe dans aucune police : "
            "remplacez-le (sinon « ? » serait imprimé)\n");
  EXPECT_EQ(reported("<c>\n<t>Le &#233;t&#xE9; &#38; l'hiver</t></c>"), "");
}

TEST(PrintableText, HintsForPastedText) {
  const std::string text = reported("<c>e\u0301t\u00e9 \U0001F600 \uF0B7</c>");
  EXPECT_NE(
      text.find("c.xml:1:4: error: « e\u0301 » : l'accent U+0301 est séparé de sa lettre (texte "
                "collé d'un PDF ou d'un Mac) et n'existe dans aucune police : retapez « \u00e9 »"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("c.xml:1:9: error: l'émoticône « 😀 » (U+1F600)"), std::string::npos) << text;
  EXPECT_NE(text.find("c.xml:1:11: error: le caractère U+F0B7 vient d'une police de symboles"),
            std::string::npos)
      << text;
}

// The edition as shipped prints every character it holds.
TEST(PrintableText, TheEditionHasNone) {
  base::Diagnostics diagnostics;
  EXPECT_EQ(documents::report_unprintable_in_run(kCataloguePath, brochure_resources(),
                                                 base::Severity::error, diagnostics),
            0)
      << all_diagnostics(diagnostics);
}

}  // namespace
}  // namespace documents_test
