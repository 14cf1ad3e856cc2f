// One UTF-8 decoder for the whole program: what it accepts is exactly Unicode's
// well-formed UTF-8, and what it replaces follows the "maximal subpart" practice.
#include "base/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace base::utf8 {
namespace {

struct Step {
  std::size_t length;
  char32_t code_point;
  bool valid;
  friend bool operator==(const Step&, const Step&) = default;
};

std::ostream& operator<<(std::ostream& out, const Step& step) {
  return out << "{" << step.length << ", U+" << std::hex
             << static_cast<std::uint32_t>(step.code_point) << std::dec << ", "
             << (step.valid ? "valid" : "invalid") << "}";
}

std::vector<Step> steps(std::string_view text) {
  std::vector<Step> result;
  for_each_code_point(text, [&](const Sequence& sequence) {
    result.push_back({sequence.length, sequence.code_point, sequence.valid});
  });
  return result;
}

constexpr Step kBad1{1, kReplacementCharacter, false};

TEST(Utf8Decode, OneToFourBytes) {
  EXPECT_EQ(
      steps("aé€😀"),
      (std::vector<Step>{{1, U'a', true}, {2, U'é', true}, {3, U'€', true}, {4, U'😀', true}}));
  EXPECT_EQ(steps("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"),
            (std::vector<Step>{{1, 0x7F, true},
                               {2, 0x80, true},
                               {2, 0x7FF, true},
                               {3, 0x800, true},
                               {3, 0xFFFF, true},
                               {4, 0x10000, true},
                               {4, 0x10FFFF, true}}));
}

TEST(Utf8Decode, NulIsACharacter) {
  EXPECT_EQ(steps(std::string_view("a\0b", 3)),
            (std::vector<Step>{{1, U'a', true}, {1, 0, true}, {1, U'b', true}}));
}

TEST(Utf8Decode, OverlongFormsAreRefused) {
  EXPECT_EQ(steps("\xC0\xAF"), (std::vector<Step>{kBad1, kBad1}));  // "/" in two bytes
  EXPECT_EQ(steps("\xC1\xBF"), (std::vector<Step>{kBad1, kBad1}));
  EXPECT_EQ(steps("\xE0\x80\xAF"), (std::vector<Step>{kBad1, kBad1, kBad1}));
  EXPECT_EQ(steps("\xE0\x9F\xBF"), (std::vector<Step>{kBad1, kBad1, kBad1}));  // U+07FF
  EXPECT_EQ(steps("\xF0\x8F\xBF\xBF"), (std::vector<Step>{kBad1, kBad1, kBad1, kBad1}));
}

TEST(Utf8Decode, SurrogatesAreRefused) {
  EXPECT_EQ(steps("\xED\xA0\x80"), (std::vector<Step>{kBad1, kBad1, kBad1}));  // U+D800
  EXPECT_EQ(steps("\xED\xBF\xBF"), (std::vector<Step>{kBad1, kBad1, kBad1}));  // U+DFFF
  EXPECT_EQ(steps("\xED\x9F\xBF"), (std::vector<Step>{{3, 0xD7FF, true}}));    // just below
  EXPECT_EQ(steps("\xEE\x80\x80"), (std::vector<Step>{{3, 0xE000, true}}));    // just above
}

TEST(Utf8Decode, NothingAboveU10FFFF) {
  EXPECT_EQ(steps("\xF4\x90\x80\x80"), (std::vector<Step>{kBad1, kBad1, kBad1, kBad1}));
  EXPECT_EQ(steps("\xF5\x80\x80\x80"), (std::vector<Step>{kBad1, kBad1, kBad1, kBad1}));
  EXPECT_EQ(steps("\xFF\xFE"), (std::vector<Step>{kBad1, kBad1}));
}

TEST(Utf8Decode, TruncatedSequenceIsOneMaximalSubpart) {
  EXPECT_EQ(steps("\xE2\x82"), (std::vector<Step>{{2, kReplacementCharacter, false}}));
  EXPECT_EQ(steps("\xF0\x9F\x98"), (std::vector<Step>{{3, kReplacementCharacter, false}}));
  EXPECT_EQ(steps("\xE2\x82x"),
            (std::vector<Step>{{2, kReplacementCharacter, false}, {1, U'x', true}}));
  EXPECT_EQ(steps("\xC3"), (std::vector<Step>{kBad1}));
}

TEST(Utf8Decode, StrayContinuationByte) {
  EXPECT_EQ(steps("\x80z"), (std::vector<Step>{kBad1, {1, U'z', true}}));
}

TEST(Utf8Decode, LenientDecodingResumesAfterTheBadBytes) {
  EXPECT_EQ(decode_all("a\xFF"
                       "b\xE2\x82"
                       "c"),
            U"a\uFFFDb\uFFFDc");
  std::size_t offset = 1;
  EXPECT_EQ(decode_lenient("a\xE2\x82\xAC", offset), U'€');
  EXPECT_EQ(offset, 4u);
}

TEST(Utf8FirstInvalid, OffsetOfTheFirstBadByte) {
  EXPECT_EQ(first_invalid("été"), std::string_view::npos);
  EXPECT_EQ(first_invalid(""), std::string_view::npos);
  EXPECT_EQ(first_invalid("ét\xE9"), 3u);
  EXPECT_EQ(first_invalid("ab\xED\xA0\x80"), 2u);
  EXPECT_EQ(first_invalid("abc\xF0\x9F\x98"), 3u);
}

TEST(Utf8Count, CharactersNotBytes) {
  EXPECT_EQ(code_point_count("élève"), 5u);
  EXPECT_EQ(code_point_count("a\xE2\x82"
                             "b"),
            3u);  // the truncated "€" counts once
}

TEST(Utf8Encode, RoundTripsAndReplacesWhatCannotBeEncoded) {
  const std::u32string text = U"aé€😀\U0010FFFF";
  EXPECT_EQ(decode_all(encode(text)), text);
  std::string out;
  append(out, 0xD800);
  append(out, 0x110000);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(encoded_length(U'a'), 1u);
  EXPECT_EQ(encoded_length(U'é'), 2u);
  EXPECT_EQ(encoded_length(U'€'), 3u);
  EXPECT_EQ(encoded_length(U'😀'), 4u);
  EXPECT_EQ(encoded_length(0xDFFF), 3u);  // as its U+FFFD
}

TEST(Utf8Encode, EveryCodePointRoundTrips) {
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string out;
    append(out, c);
    ASSERT_EQ(out.size(), encoded_length(c));
    const Sequence sequence = decode(out, 0);
    ASSERT_TRUE(sequence.valid) << std::hex << static_cast<std::uint32_t>(c);
    ASSERT_EQ(sequence.code_point, c);
    ASSERT_EQ(sequence.length, out.size());
  }
}

TEST(Utf8ForEach, StopsWhenAsked) {
  std::size_t seen = 0;
  for_each_code_point("abcdef", [&](const Sequence&) { return ++seen < 3; });
  EXPECT_EQ(seen, 3u);
}

}  // namespace
}  // namespace base::utf8
