// Strict UTF-8 decoding of glyph runs and ASCII-only link addresses.
#include <gtest/gtest.h>

#include <vector>

#include "pdf/navigation.hpp"
#include "pdf/utf8.hpp"

namespace {

std::vector<std::optional<char32_t>> decode_all(std::string_view text) {
  std::vector<std::optional<char32_t>> code_points;
  std::size_t offset = 0;
  while (offset < text.size()) code_points.push_back(pdf::decode_utf8(text, offset));
  return code_points;
}

TEST(DecodeUtf8, DecodesOneToFourByteSequences) {
  const auto decoded = decode_all("aé€😀");
  ASSERT_EQ(decoded.size(), 4u);
  EXPECT_EQ(decoded[0], U'a');
  EXPECT_EQ(decoded[1], U'é');
  EXPECT_EQ(decoded[2], U'€');
  EXPECT_EQ(decoded[3], U'😀');
}

TEST(DecodeUtf8, RejectsMalformedSequences) {
  EXPECT_EQ(decode_all("\xC0\xAF")[0], std::nullopt);          // overlong "/"
  EXPECT_EQ(decode_all("\xED\xA0\x80")[0], std::nullopt);      // surrogate
  EXPECT_EQ(decode_all("\xF4\x90\x80\x80")[0], std::nullopt);  // above U+10FFFF
  EXPECT_EQ(decode_all("\xE2\x82")[0], std::nullopt);          // truncated
  EXPECT_EQ(decode_all("\x80")[0], std::nullopt);              // stray continuation
}

TEST(DecodeUtf8, ResumesAfterABadByte) {
  const auto decoded = decode_all("\xFFok");
  ASSERT_EQ(decoded.size(), 3u);
  EXPECT_EQ(decoded[1], U'o');
}

TEST(AsciiUri, PercentEncodesWhatAPdfUriCannotHold) {
  EXPECT_EQ(pdf::ascii_uri("https://www.example.be/inscription?nom=Élève&x=a b"),
            "https://www.example.be/inscription?nom=%C3%89l%C3%A8ve&x=a%20b");
  EXPECT_EQ(pdf::ascii_uri("mailto:formation@example.be?subject=Demande%20d'inscription"),
            "mailto:formation@example.be?subject=Demande%20d'inscription");
}

}  // namespace
