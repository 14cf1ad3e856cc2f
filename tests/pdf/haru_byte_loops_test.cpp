// The program's HPDF_MemSet and HPDF_MemCpy (src/haru_byte_loops.cpp, linked
// into this test program too) keep libharu's contract: the end of what they
// wrote is returned, and a forward copy between overlapping ranges gives
// what libharu's byte loop gives.
#include <gtest/gtest.h>
#include <hpdf.h>
#include <hpdf_utils.h>

#include <array>
#include <string>

#include "pdf_test_support.hpp"

namespace {

TEST(HaruByteLoops, FillAndCopyReturnTheEndOfWhatTheyWrote) {
  std::array<HPDF_BYTE, 16> bytes{};
  EXPECT_EQ(HPDF_MemSet(bytes.data(), 0x2A, 10), bytes.data() + 10);
  EXPECT_EQ(bytes[9], 0x2A);
  EXPECT_EQ(bytes[10], 0);
  std::array<HPDF_BYTE, 16> copy{};
  EXPECT_EQ(HPDF_MemCpy(copy.data(), bytes.data(), 12), copy.data() + 12);
  EXPECT_EQ(copy, bytes);
  EXPECT_EQ(HPDF_MemCpy(copy.data(), bytes.data(), 0), copy.data());
}

TEST(HaruByteLoops, OverlappingCopiesGoForwardsAsLibharusLoop) {
  std::string text = "abcdefgh";
  auto* data = reinterpret_cast<HPDF_BYTE*>(text.data());
  HPDF_MemCpy(data + 2, data, 6);  // the loop reads what it just wrote
  EXPECT_EQ(text, "abababab");
  text = "abcdefgh";
  HPDF_MemCpy(data, data + 2, 6);
  EXPECT_EQ(text, "cdefghgh");
}

// The program exports them, so that libharu's own calls (through its PLT)
// reach them rather than its byte loops.
TEST(HaruByteLoops, TheProgramExportsThemToLibharu) {
  const pdf_test::CommandResult symbols =
      pdf_test::run_command("nm -D --defined-only " + pdf_test::shell_quoted(BROCHURE_BINARY));
  ASSERT_EQ(symbols.exit_code, 0) << symbols.output;
  EXPECT_NE(symbols.output.find(" T HPDF_MemSet\n"), std::string::npos) << symbols.output;
  EXPECT_NE(symbols.output.find(" T HPDF_MemCpy\n"), std::string::npos) << symbols.output;
}

}  // namespace
