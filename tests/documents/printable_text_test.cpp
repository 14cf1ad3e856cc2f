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

TEST(PrintableText, SuperscriptLettersAskForSup) {
  EXPECT_EQ(reported("<c>\n  <title>La 9ᵉ et le 1ᵉʳ</title>\n</c>"),
            "c.xml:2:14: error: la lettre en exposant « ᵉ » n'existe dans aucune police : "
            "écrivez 9<sup>e</sup> (sinon « ? » serait imprimé)\n"
            "c.xml:2:23: error: les lettres en exposant « ᵉʳ » n'existent dans aucune police : "
            "écrivez 1<sup>er</sup> (sinon elles seraient imprimées « ? »)\n");
}

TEST(PrintableText, FoundInAttributesAndEntitiesWhereTyped) {
  EXPECT_EQ(reported("<c>\n<row label=\"Pour les 2&#x1D49; années\">中</row></c>",
                     base::Severity::warning),
            "c.xml:2:23: warning: la lettre en exposant « ᵉ » n'existe dans aucune police : "
            "écrivez 2<sup>e</sup> ; « ? » est imprimé à sa place\n"
            "c.xml:2:40: warning: le caractère « 中 » (U+4E2D) n'existe dans aucune police : "
            "remplacez-le ; « ? » est imprimé à sa place\n");
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
