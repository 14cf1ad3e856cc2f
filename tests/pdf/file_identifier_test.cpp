#include "pdf/file_identifier.hpp"

#include <regex>

#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

const std::string minimal_tail =
    "xref\n0 1\n0000000000 65535 f\r\ntrailer\n<<\n/Root 1 0 R\n/Size 1\n>>\nstartxref\n9\n%%EOF\n";

TEST(FileIdentifier, AddsTheSameDigestTwiceAfterTheTrailerOpens) {
  const std::string original = "%PDF-1.3\n" + minimal_tail;
  const std::string marked = pdf::with_file_identifier(original);
  const std::regex id("trailer\n<<\n/ID \\[<([0-9a-f]{32})> <([0-9a-f]{32})>\\]\n/Root");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(marked, match, id)) << marked;
  EXPECT_EQ(match[1], match[2]);
  // Nothing before the trailer moves, so startxref stays right.
  EXPECT_EQ(marked.substr(0, marked.find("trailer")), original.substr(0, original.find("trailer")));
}

TEST(FileIdentifier, DiffersWhenTheContentDiffers) {
  const std::string first = pdf::with_file_identifier("%PDF-1.3\n" + minimal_tail);
  const std::string second = pdf::with_file_identifier("%PDF-1.4\n" + minimal_tail);
  EXPECT_NE(first.substr(first.find("/ID")), second.substr(second.find("/ID")));
}

TEST(FileIdentifier, LeavesAFileWithAnIdOrWithoutTrailerAlone) {
  const std::string once = pdf::with_file_identifier("%PDF-1.3\n" + minimal_tail);
  EXPECT_EQ(pdf::with_file_identifier(once), once);
  EXPECT_EQ(pdf::with_file_identifier("pas un PDF"), "pas un PDF");
}

TEST(FileIdentifier, WrittenPdfsCarryAStableIdThatQpdfAccepts) {
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  pdf_test::ScratchDirectory scratch;
  const std::string path = scratch.file("id.pdf");
  ASSERT_TRUE(pdf::write_pdf(pdf_test::sample_document(fonts), fonts, path, {}).ok());
  const std::string trailer =
      pdf_test::run_command("qpdf --show-object=trailer " + pdf_test::shell_quoted(path)).output;
  EXPECT_TRUE(std::regex_search(trailer, std::regex("/ID \\[ <[0-9a-f]{32}> <[0-9a-f]{32}> \\]")))
      << trailer;
  EXPECT_EQ(pdf_test::run_command("qpdf --check " + pdf_test::shell_quoted(path)).exit_code, 0);
}

}  // namespace
