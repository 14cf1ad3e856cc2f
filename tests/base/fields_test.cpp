// Fields in template texts: one expander for page fields, document fields and
// cross-references, so that every text reads them the same way.
#include "base/fields.hpp"

#include <gtest/gtest.h>

namespace {

TEST(Fields, ExpandKnownFieldsAndKeepTheOthers) {
  const base::Fields fields{{"page", "3"}, {"pages", "12"}, {"mark", "T2605 Le Grain"}};
  EXPECT_EQ(base::expand_fields("page {page} / {pages} — {mark}", fields),
            "page 3 / 12 — T2605 Le Grain");
  EXPECT_EQ(base::expand_fields("{unknown} et {page}", fields), "{unknown} et 3");
}

TEST(Fields, BracesThatAreNotFieldsAreText) {
  const base::Fields fields{{"a", "x"}};
  EXPECT_EQ(base::expand_fields("{ a } {a {a} {} }{", fields), "{ a } {a x {} }{");
}

TEST(Fields, SplitKeepsTheOrderAndNamesWithColons) {
  const std::vector<base::TextPiece> pieces = base::split_fields("p. {page-of:session-T2605}.");
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[0].text, "p. ");
  EXPECT_FALSE(pieces[0].field);
  EXPECT_EQ(pieces[1].text, "page-of:session-T2605");
  EXPECT_TRUE(pieces[1].field);
  EXPECT_EQ(pieces[2].text, ".");
}

TEST(Fields, LaterValuesWinAndLinksAreKept) {
  base::Fields fields{{"website", "ancien"}};
  fields.set("website", "tutorats.org", "https://www.tutorats.org");
  const base::Field* website = fields.find("website");
  ASSERT_NE(website, nullptr);
  EXPECT_EQ(website->value, "tutorats.org");
  EXPECT_EQ(website->link, "https://www.tutorats.org");
  EXPECT_EQ(fields.items().size(), 1u);
  const base::Fields merged = fields.with({{"website", "autre"}, {"code", "T2605"}});
  EXPECT_EQ(merged.find("website")->value, "autre");
  EXPECT_EQ(merged.find("code")->value, "T2605");
}

TEST(Fields, UnknownFieldsAreListedOnce) {
  EXPECT_EQ(base::unknown_fields("{titre} {page} {titre} {code}", {"page", "code"}),
            std::vector<std::string>{"titre"});
}

}  // namespace
