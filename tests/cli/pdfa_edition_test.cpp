// Every PDF for the screen and for mail is PDF/A-1b: the 2026-2027 edition
// (brochure and 16 flyers) and the layout demo, as the program writes them,
// validated by Apache PDFBox Preflight — one Java process for all 18 files —
// then checked for what Preflight leaves aside: XMP and Info agreeing to the
// character, the output intent, the dates used, the same bytes twice.
#include <gtest/gtest.h>

#include <filesystem>
#include <pugixml.hpp>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <regex>

#include "../support/test_images.hpp"
#include "cli_test_support.hpp"

namespace {

using cli_test::read_file;
using cli_test::shell_quoted;
using cli_test::TempDir;
namespace fs = std::filesystem;

// Debian's PDFBox 2 and what its Preflight needs at run time without
// declaring it (see README: test prerequisites).
const std::vector<std::string> kPreflightJars = {
    "preflight.jar",       "pdfbox2.jar",          "fontbox2.jar", "xmpbox.jar",
    "commons-logging.jar", "javax.activation.jar", "jaxb-api.jar"};

std::string class_path() {
  std::string path;
  for (const std::string& jar : kPreflightJars) {
    if (!path.empty()) path += ':';
    path += "/usr/share/java/";
    path += jar;
  }
  return path;
}

// The edition rendered once for the whole test program, and the demo.
class EditionPdfa : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempDir("pdfa");
    const cli_test::RenderedEdition edition = cli_test::render_edition_and_demo(*scratch_);
    out_ = edition.out;
    demo_ = edition.demo;
    files_ = edition.pdfs;
  }
  static void TearDownTestSuite() { delete scratch_; }

  static inline TempDir* scratch_ = nullptr;
  static inline fs::path out_;
  static inline fs::path demo_;
  static inline std::vector<fs::path> files_;
};

TEST_F(EditionPdfa, PreflightFindsEveryFileValidPdfA1b) {
  ASSERT_EQ(files_.size(), 18u);
  for (const std::string& jar : kPreflightJars)
    ASSERT_TRUE(fs::exists("/usr/share/java/" + jar))
        << jar << " manque : installez les paquets de tools/missing-packages.sh";
  // One JVM for every file: Validator_A1b's "group" mode reads a list.
  const fs::path list = scratch_->path() / "fichiers.txt";
  std::string names;
  for (const fs::path& file : files_) names += file.string() + "\n";
  std::ofstream(list) << names;
  const test_support::CommandResult preflight = test_support::run_command(
      "java -cp " + class_path() + " org.apache.pdfbox.preflight.Validator_A1b group " +
          shell_quoted(list.string()),
      test_support::Stderr::merged);
  EXPECT_EQ(preflight.exit_code, 0) << preflight.output;
  for (const fs::path& file : files_) {
    EXPECT_NE(
        preflight.output.find("The file " + file.filename().string() + " is a valid PDF/A-1b file"),
        std::string::npos)
        << file << "\n"
        << preflight.output;
  }
  EXPECT_EQ(preflight.output.find("not a valid"), std::string::npos) << preflight.output;
}

// What Preflight does not check, read with libqpdf and pugixml.
TEST_F(EditionPdfa, XmpAndInfoAgreeAndEveryFileIsDatedByItsEdition) {
  for (const fs::path& file : files_) {
    SCOPED_TRACE(file.string());
    const std::string bytes = read_file(file);
    QPDF pdf;
    pdf.processMemoryFile(file.c_str(), bytes.data(), bytes.size());
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    const std::shared_ptr<Buffer> packet =
        pdf.getRoot().getKey("/Metadata").getStreamData(qpdf_dl_generalized);
    const std::string text(reinterpret_cast<const char*>(packet->getBuffer()), packet->getSize());
    pugi::xml_document xmp;
    ASSERT_TRUE(xmp.load_string(text.c_str())) << text;
    std::map<std::string, std::string> values;
    for (pugi::xml_node description :
         xmp.child("x:xmpmeta").child("rdf:RDF").children("rdf:Description")) {
      for (pugi::xml_node property : description.children()) {
        pugi::xml_node list = property.first_child();
        values[property.name()] =
            list.type() == pugi::node_element ? list.child_value("rdf:li") : property.child_value();
      }
    }
    const auto info_text = [&](const char* key) {
      return info.getKey(key).isString() ? info.getKey(key).getUTF8Value() : std::string();
    };
    EXPECT_EQ(values["dc:title"], info_text("/Title"));
    EXPECT_FALSE(values["dc:title"].empty());
    EXPECT_EQ(values["dc:creator"], info_text("/Author"));
    EXPECT_EQ(values["dc:description"], info_text("/Subject"));
    EXPECT_EQ(values["pdf:Keywords"], info_text("/Keywords"));
    EXPECT_EQ(values["pdf:Producer"], info_text("/Producer"));
    EXPECT_EQ(values["xmp:CreatorTool"], info_text("/Creator"));
    EXPECT_EQ(values["pdfaid:part"], "1");
    EXPECT_EQ(values["pdfaid:conformance"], "B");
    QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
    ASSERT_TRUE(intents.isArray());
    EXPECT_EQ(intents.getArrayItem(0).getKey("/S").getName(), "/GTS_PDFA1");
    if (file == demo_) {
      // No edition, no SOURCE_DATE_EPOCH: no date at all.
      EXPECT_EQ(info_text("/CreationDate"), "");
      EXPECT_EQ(values.count("xmp:CreateDate"), 0u);
    } else {
      // The edition's first day (start="2026-09-01"), without SOURCE_DATE_EPOCH.
      EXPECT_EQ(info_text("/CreationDate"), "D:20260901000000+00'00'");
      EXPECT_EQ(info_text("/ModDate"), "D:20260901000000+00'00'");
      EXPECT_EQ(values["xmp:CreateDate"], "2026-09-01T00:00:00+00:00");
      EXPECT_EQ(values["xmp:ModifyDate"], "2026-09-01T00:00:00+00:00");
    }
  }
}

TEST_F(EditionPdfa, SameCatalogueSameBytesAndSourceDateEpochWins) {
  const fs::path again = scratch_->path() / "encore";
  const std::string catalogue = std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml";
  ASSERT_EQ(cli_test::run_binary(*scratch_, {"render", catalogue, "--out", again.string()},
                                 "env -u SOURCE_DATE_EPOCH")
                .exit_code,
            0);
  for (const auto& entry : fs::recursive_directory_iterator(out_)) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = entry.path().lexically_relative(out_);
    EXPECT_TRUE(read_file(entry.path()) == read_file(again / relative)) << relative;
  }

  const fs::path stamped = scratch_->path() / "date";
  ASSERT_EQ(cli_test::run_binary(
                *scratch_, {"render", catalogue, "--out", stamped.string(), "--only", "brochure"},
                "SOURCE_DATE_EPOCH=1700000000")
                .exit_code,
            0);
  const std::string brochure = read_file(stamped / "brochure-2026-2027.pdf");
  EXPECT_NE(brochure.find("D:20231114221320+00'00'"), std::string::npos);
  EXPECT_NE(brochure.find("2023-11-14T22:13:20+00:00"), std::string::npos);
}

}  // namespace

namespace {

// The fund's logo, a PNG with transparency, on the cover's band and every
// flyer's: flattened onto the band, the files stay valid PDF/A-1b.
TEST(LogoPdfa, ATransparentLogoKeepsTheFilesValidPdfA1b) {
  TempDir dir;
  const fs::path templates = dir.path() / "modeles";
  fs::create_directories(templates);
  for (const char* name : {"brochure.xml", "flyer.xml", "palette.xml"}) {
    std::string text = cli_test::read_file(fs::path(BROCHURE_SOURCE_DIR) / "templates" / name);
    if (std::string(name) == "palette.xml") {
      text = cli_test::replaced(text, "  <image name=\"logo\" file=\"logo.png\"/>\n  -->",
                                "  -->\n  <image name=\"logo\" file=\"logo.png\"/>");
    }
    test_support::write_text_file((templates / name).string(), text);
  }
  ASSERT_TRUE(test_support::write_png((templates / "logo.png").string(), 90, 30, [](int x, int y) {
    return test_support::Rgba{255, static_cast<std::uint8_t>(y * 8), 0,
                              static_cast<std::uint8_t>(x < 30 ? 255 : x * 2)};
  }));
  const fs::path out = dir.path() / "pdf";
  const cli_test::CliResult rendered = cli_test::run_binary(
      dir, {"render", std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml", "--out",
            out.string(), "--template", (templates / "brochure.xml").string(), "--flyer-template",
            (templates / "flyer.xml").string()});
  ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
  const fs::path brochure = out / "brochure-2026-2027.pdf";
  const fs::path flyer = out / "flyers" / "T2605-anticiper-la-venue-d-un-stagiaire.pdf";
  const test_support::CommandResult preflight = test_support::run_command(
      "java -cp " + class_path() + " org.apache.pdfbox.preflight.Validator_A1b " +
          shell_quoted(brochure.string()) + " && java -cp " + class_path() +
          " org.apache.pdfbox.preflight.Validator_A1b " + shell_quoted(flyer.string()),
      test_support::Stderr::merged);
  EXPECT_EQ(preflight.exit_code, 0) << preflight.output;
  EXPECT_EQ(preflight.output.find("not a valid"), std::string::npos) << preflight.output;
  const std::string images =
      test_support::run_command("pdfimages -list " + shell_quoted(brochure.string())).output;
  EXPECT_NE(images.find(" image      90    30  rgb "), std::string::npos) << images;
  EXPECT_EQ(images.find("smask"), std::string::npos) << images;
}

}  // namespace
