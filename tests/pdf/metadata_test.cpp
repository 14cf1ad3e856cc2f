#include "pdf/metadata.hpp"

#include <gtest/gtest.h>

#include "pdf/finishing.hpp"

namespace {

TEST(SourceDateEpoch, ReadsSecondsSince1970) {
  std::string error;
  EXPECT_EQ(pdf::parse_source_date_epoch("1700000000", error), 1700000000);
  EXPECT_EQ(pdf::parse_source_date_epoch("0", error), 0);
  EXPECT_TRUE(error.empty());
}

TEST(SourceDateEpoch, UnsetOrEmptyMeansNoDate) {
  std::string error;
  EXPECT_EQ(pdf::parse_source_date_epoch(nullptr, error), std::nullopt);
  EXPECT_EQ(pdf::parse_source_date_epoch("", error), std::nullopt);
  EXPECT_TRUE(error.empty());
}

TEST(SourceDateEpoch, RejectsWhatIsNotAPlainCount) {
  for (const char* bad : {"-1", "12abc", "1.5", " 12", "99999999999999"}) {
    std::string error;
    EXPECT_EQ(pdf::parse_source_date_epoch(bad, error), std::nullopt) << bad;
    EXPECT_NE(error.find(std::string("reçu « ") + bad + " »"), std::string::npos) << error;
  }
}

TEST(Producer, NamesTheProgramAndBothPdfLibraries) {
  EXPECT_EQ(pdf::producer_name().rfind("brochure ", 0), 0u);
  EXPECT_NE(pdf::producer_name().find("(libharu 2."), std::string::npos);
  EXPECT_NE(pdf::producer_name().find(", qpdf 11."), std::string::npos);
}

}  // namespace
