#include "typeset/typographic_runs.hpp"

#include <gtest/gtest.h>

namespace typeset {
namespace {

InlineRun plain(std::string text) {
  InlineRun run;
  run.text = std::move(text);
  return run;
}

// The runs as "text" and "^text" for superscripts, "[text→link]" for links.
std::string shown(const std::vector<InlineRun>& runs) {
  const std::optional<std::vector<InlineRun>> set = typographic_runs(runs);
  std::string result;
  for (const InlineRun& run : set ? *set : runs) {
    if (run.superscript) {
      result += "^" + run.text + "|";
    } else if (!run.link.empty()) {
      result += "[" + run.text + "→" + run.link + "]";
    } else {
      result += run.text + "|";
    }
  }
  return result;
}

TEST(TypographicRuns, TypedOrdinalsBecomeSuperscripts) {
  EXPECT_EQ(shown({plain("le 1er jour et le 2eme, au 9ème étage")}),
            "le 1|^er| jour et le 2|^e|, au 9|^e| étage|");
  EXPECT_EQ(shown({plain("la 1ère et la 1re fois, le 2e, la 2nde")}),
            "la 1|^re| et la 1|^re| fois, le 2|^e|, la 2|^de|");
  // Modifier letters, which no font has, take the same way.
  EXPECT_EQ(shown({plain("la 9ᵉ, le 1ᵉʳ, la 1ʳᵉ, le 2ᵈ")}),
            "la 9|^e|, le 1|^er|, la 1|^re|, le 2|^d|");
}

TEST(TypographicRuns, OrdinalSuffixLengthSaysWhatIsSetAsSuperscript) {
  EXPECT_EQ(ordinal_suffix_length(U"la 9ᵉ", 4), 1u);
  EXPECT_EQ(ordinal_suffix_length(U"le 1ᵉʳ jour", 4), 2u);
  EXPECT_EQ(ordinal_suffix_length(U"le 1er", 4), 2u);
  EXPECT_EQ(ordinal_suffix_length(U"Mᵐᵉ", 1), 0u);     // no number
  EXPECT_EQ(ordinal_suffix_length(U"1234ᵉ", 4), 0u);   // four digits: not an ordinal
  EXPECT_EQ(ordinal_suffix_length(U"T2605ᵉ", 5), 0u);  // the number does not start a word
  EXPECT_EQ(ordinal_suffix_length(U"9ᵉx", 1), 0u);     // the suffix does not end the word
}

TEST(TypographicRuns, MarkedSuperscriptsTakeTheShortForm) {
  InlineRun sup = plain("ème");
  sup.superscript = true;
  EXPECT_EQ(shown({plain("APEF – 9"), sup, plain(" étage")}), "APEF – 9|^e| étage|");
}

TEST(TypographicRuns, WhatIsNotAnOrdinalIsLeftAlone) {
  const std::vector<InlineRun> runs = {
      plain("T2605e, 2026e, 3D, 9h30, 1e-5, 0-12 ans, 1° sensibilisation, les 2emes")};
  EXPECT_FALSE(typographic_runs(runs).has_value());
}

TEST(TypographicRuns, EmailAddressesBecomeMailtoLinks) {
  EXPECT_EQ(shown({plain("Écrire à info@fonds.be.")}),
            "Écrire à |[info@fonds.be→mailto:info@fonds.be].|");
  InlineRun linked = plain("info@fonds.be");
  linked.link = "mailto:info@fonds.be";
  EXPECT_FALSE(typographic_runs({linked}).has_value());
  EXPECT_FALSE(typographic_runs({plain("@fonds et a@b")}).has_value());
}

}  // namespace
}  // namespace typeset
