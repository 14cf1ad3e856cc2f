#include "pdf/to_unicode.hpp"

#include <gtest/gtest.h>

namespace {

TEST(IdentityToUnicodeCmap, MapsEachUsedBlockToItself) {
  const std::string cmap = pdf::identity_to_unicode_cmap({U'A', U'é', U'—', U'€', U'œ'});
  EXPECT_NE(cmap.find("3 beginbfrange\n"
                      "<0000> <00FF> <0000>\n"
                      "<0100> <01FF> <0100>\n"
                      "<2000> <20FF> <2000>\n"
                      "endbfrange\n"),
            std::string::npos)
      << cmap;
  EXPECT_NE(cmap.find("/CMapType 2 def"), std::string::npos);
  EXPECT_EQ(cmap.find("cidrange"), std::string::npos);  // what libharu wrongly writes
}

TEST(IdentityToUnicodeCmap, SplitsIntoGroupsOfAHundred) {
  std::set<char32_t> code_points;
  for (char32_t block = 0; block < 150; ++block) code_points.insert(block << 8);
  const std::string cmap = pdf::identity_to_unicode_cmap(code_points);
  EXPECT_NE(cmap.find("100 beginbfrange\n<0000> <00FF> <0000>\n"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfrange\n<6400> <64FF> <6400>\n"), std::string::npos);
}

}  // namespace
