// The finishing pass, read back with libqpdf: what PDF/A asks for beyond what
// PDFBox Preflight checks (the edition's files go through Preflight in
// tests/cli/pdfa_edition_test.cpp) — Info and XMP saying the same, the output
// intent carrying our profile, font descriptors describing the fonts, and the
// same bytes for the same input.
#include "pdf/finishing.hpp"

#include <hpdf.h>

#include <cmath>
#include <pugixml.hpp>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <set>

#include "base/utf8.hpp"
#include "pdf/finishing/finishing_steps.hpp"
#include "pdf/writer.hpp"
#include "pdf/xmp.hpp"
#include "pdf_test_support.hpp"
#include "typeset/data_dir.hpp"

namespace {

std::string messages(const base::Diagnostics& diagnostics) {
  std::string all;
  for (const base::Diagnostic& item : diagnostics.items())
    all += base::format_diagnostic(item) + "\n";
  return all;
}

// Whether a /CIDSet's bits hold `cid` (high bit first).
bool has_cid(const std::string& bits, std::size_t cid) {
  return cid / 8 < bits.size() && (static_cast<unsigned char>(bits[cid / 8]) & (0x80 >> (cid % 8)));
}

std::string stream_text(QPDFObjectHandle stream) {
  const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
  return {reinterpret_cast<const char*>(data->getBuffer()), data->getSize()};
}

// One finished PDF, opened with libqpdf.
class Finished {
 public:
  explicit Finished(std::string bytes) : bytes_(std::move(bytes)) {
    pdf_.processMemoryFile("test", bytes_.data(), bytes_.size());
  }
  QPDF& pdf() { return pdf_; }
  QPDFObjectHandle root() { return pdf_.getRoot(); }
  QPDFObjectHandle info() { return pdf_.getTrailer().getKey("/Info"); }
  std::string info_text(const std::string& key) {
    QPDFObjectHandle value = info().getKey(key);
    return value.isString() ? value.getUTF8Value() : std::string("(absent)");
  }
  std::string xmp() { return stream_text(root().getKey("/Metadata")); }
  const std::string& bytes() const { return bytes_; }

  // Every CID font descriptor of every page.
  std::vector<QPDFObjectHandle> cid_fonts() {
    std::vector<QPDFObjectHandle> fonts;
    std::set<QPDFObjGen> seen;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf_).getAllPages()) {
      QPDFObjectHandle resources = page.getAttribute("/Resources", false);
      for (auto& [name, font] : resources.getKey("/Font").ditems()) {
        if (!seen.insert(font.getObjGen()).second) continue;
        fonts.push_back(font.getKey("/DescendantFonts").getArrayItem(0));
      }
    }
    return fonts;
  }

 private:
  std::string bytes_;
  QPDF pdf_;
};

class Finishing : public ::testing::Test {
 protected:
  std::string render(const pdf::WriteOptions& options) {
    const pdf::RenderResult result = pdf::render_pdf(document_, fonts_, options);
    EXPECT_TRUE(result.ok()) << messages(result.diagnostics);
    return result.bytes;
  }
  std::string dated() {
    pdf::WriteOptions options;
    options.date = 1788220800;  // 2026-09-01 00:00 UTC
    return render(options);
  }

  const typeset::FontLibrary& fonts_ = pdf_test::carlito_library();
  typeset::DocumentBox document_ = pdf_test::sample_document(fonts_);
};

TEST_F(Finishing, InfoAndXmpSayTheSameThings) {
  document_.metadata.title = "Ateliers & Intervisions <2026> « été »";
  Finished finished(dated());
  pugi::xml_document xmp;
  const std::string packet = finished.xmp();
  ASSERT_TRUE(xmp.load_string(packet.c_str())) << packet;
  const pugi::xml_node rdf = xmp.child("x:xmpmeta").child("rdf:RDF");
  const auto value = [&](const char* tag) -> std::string {
    for (pugi::xml_node description : rdf.children("rdf:Description")) {
      pugi::xml_node node = description.child(tag);
      if (!node) continue;
      pugi::xml_node item = node.find_child([](pugi::xml_node n) { return !n.children().empty(); });
      return item ? item.child_value("rdf:li") : node.child_value();
    }
    return "(absent)";
  };
  EXPECT_EQ(finished.info_text("/Title"), document_.metadata.title);
  EXPECT_EQ(value("dc:title"), finished.info_text("/Title"));
  EXPECT_EQ(value("dc:creator"), finished.info_text("/Author"));
  EXPECT_EQ(value("dc:description"), finished.info_text("/Subject"));
  EXPECT_EQ(value("pdf:Keywords"), finished.info_text("/Keywords"));
  EXPECT_EQ(value("xmp:CreatorTool"), finished.info_text("/Creator"));
  EXPECT_EQ(value("pdf:Producer"), finished.info_text("/Producer"));
  EXPECT_EQ(finished.info_text("/Producer"), pdf::producer_name());
  EXPECT_EQ(finished.info_text("/CreationDate"), "D:20260901000000+00'00'");
  EXPECT_EQ(finished.info_text("/ModDate"), "D:20260901000000+00'00'");
  EXPECT_EQ(value("xmp:CreateDate"), "2026-09-01T00:00:00+00:00");
  EXPECT_EQ(value("xmp:ModifyDate"), "2026-09-01T00:00:00+00:00");
  EXPECT_EQ(value("dc:language"), "fr-BE");
  EXPECT_EQ(value("pdfaid:part"), "1");
  EXPECT_EQ(value("pdfaid:conformance"), "B");
  // PDF/A-1: the packet is not filtered, so that any tool can find it.
  EXPECT_FALSE(finished.root().getKey("/Metadata").getDict().hasKey("/Filter"));
}

TEST_F(Finishing, WithoutADateNeitherInfoNorXmpHasOne) {
  Finished finished(render({}));
  EXPECT_EQ(finished.info_text("/CreationDate"), "(absent)");
  EXPECT_EQ(finished.info_text("/ModDate"), "(absent)");
  EXPECT_EQ(finished.xmp().find("Date>"), std::string::npos);
}

TEST_F(Finishing, OutputIntentCarriesTheShippedSrgbProfile) {
  Finished finished(dated());
  QPDFObjectHandle intents = finished.root().getKey("/OutputIntents");
  ASSERT_TRUE(intents.isArray());
  ASSERT_EQ(intents.getArrayNItems(), 1);
  QPDFObjectHandle intent = intents.getArrayItem(0);
  EXPECT_EQ(intent.getKey("/S").getName(), "/GTS_PDFA1");
  EXPECT_EQ(intent.getKey("/OutputConditionIdentifier").getUTF8Value(), "sRGB IEC61966-2.1");
  QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
  EXPECT_EQ(profile.getDict().getKey("/N").getIntValue(), 3);
  EXPECT_TRUE(stream_text(profile) ==
              pdf_test::read_file(typeset::resolve_data_path(pdf::kSrgbProfilePath)));
}

TEST_F(Finishing, FontDescriptorsHaveCapHeightAndACidSetCoveringEveryCharacterShown) {
  Finished finished(dated());
  std::set<char32_t> shown;
  for (const typeset::PageBox& page : document_.pages)
    for (const typeset::GlyphRun& run : page.glyphs)
      base::utf8::for_each_code_point(run.text, [&](const base::utf8::Sequence& sequence) {
        shown.insert(sequence.code_point);
      });

  // The capital heights the layout read from the same faces, in 1/1000 em.
  std::set<long long> cap_heights;
  for (std::size_t face = 0; face < fonts_.face_count(); ++face)
    cap_heights.insert(
        std::llround(fonts_.face(static_cast<typeset::FaceId>(face)).metrics().cap_height * 1000));

  const std::vector<QPDFObjectHandle> fonts = finished.cid_fonts();
  ASSERT_EQ(fonts.size(), 4u);  // Carlito's four faces
  for (QPDFObjectHandle font : fonts) {
    QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
    ASSERT_TRUE(descriptor.getKey("/CapHeight").isInteger()) << font.unparse();
    EXPECT_TRUE(cap_heights.contains(descriptor.getKey("/CapHeight").getIntValue()))
        << descriptor.getKey("/CapHeight").getIntValue();
    const std::string bits = stream_text(descriptor.getKey("/CIDSet"));
    const std::string map = stream_text(font.getKey("/CIDToGIDMap"));
    EXPECT_TRUE(has_cid(bits, 0));  // .notdef is in every font
    // Each CID (= code point here) the CIDToGIDMap sends to a glyph is set,
    // and no other.
    for (std::size_t cid = 1; 2 * cid + 1 < map.size(); ++cid) {
      const bool mapped = map[2 * cid] != 0 || map[2 * cid + 1] != 0;
      EXPECT_EQ(has_cid(bits, cid), mapped) << "CID " << cid;
    }
  }
  // And what the pages show is among them, whichever face shows it.
  for (char32_t code_point : shown) {
    bool found = false;
    for (QPDFObjectHandle font : fonts) {
      const std::string bits = stream_text(font.getKey("/FontDescriptor").getKey("/CIDSet"));
      found = found || has_cid(bits, code_point);
    }
    EXPECT_TRUE(found) << "U+" << std::hex << static_cast<unsigned>(code_point);
  }
}

TEST_F(Finishing, AnnotationsArePrintableAndDestinationsInline) {
  Finished finished(dated());
  int links = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(finished.pdf()).getAllPages()) {
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    for (QPDFObjectHandle annotation : annots.aitems()) {
      ++links;
      EXPECT_EQ(annotation.getKey("/F").getIntValue(), 4);
      if (annotation.hasKey("/Dest")) {
        EXPECT_FALSE(annotation.getKey("/Dest").isIndirect());
        EXPECT_TRUE(annotation.getKey("/Dest").isArray());
      }
    }
  }
  EXPECT_EQ(links, 2);
  for (QPDFObjectHandle item = finished.root().getKey("/Outlines").getKey("/First");
       item.isDictionary(); item = item.getKey("/Next")) {
    EXPECT_FALSE(item.getKey("/Dest").isIndirect());
    for (QPDFObjectHandle kid = item.getKey("/First"); kid.isDictionary();
         kid = kid.getKey("/Next"))
      EXPECT_FALSE(kid.getKey("/Dest").isIndirect());
  }
}

TEST_F(Finishing, SameInputSameBytesAndAnIdentifierThatFollowsTheContent) {
  const std::string first = dated();
  EXPECT_TRUE(first == dated());
  Finished a(first);
  QPDFObjectHandle id = a.pdf().getTrailer().getKey("/ID");
  ASSERT_TRUE(id.isArray());
  EXPECT_EQ(id.getArrayItem(0).getStringValue().size(), 16u);

  pdf::WriteOptions later;
  later.date = 1788220801;
  Finished b(render(later));
  EXPECT_NE(b.pdf().getTrailer().getKey("/ID").getArrayItem(0).getStringValue(),
            id.getArrayItem(0).getStringValue());
}

TEST_F(Finishing, PdfA1IsPdf14WithoutObjectStreams) {
  const std::string bytes = dated();
  EXPECT_TRUE(bytes.starts_with("%PDF-1.4\n%")) << bytes.substr(0, 16);
  EXPECT_EQ(bytes.find("/ObjStm"), std::string::npos);
  EXPECT_EQ(bytes.find("/XRefStm"), std::string::npos);
  // PDF/A-1 wants an end of line before each endstream.
  for (std::size_t at = bytes.find("endstream"); at != std::string::npos;
       at = bytes.find("endstream", at + 1))
    EXPECT_EQ(bytes[at - 1], '\n');
}

// libharu writes its streams plain and the finishing pass deflates them all
// (libdeflate): a stream left plain would only make every email heavier.
TEST_F(Finishing, EveryStreamIsDeflatedButTheXmpPacket) {
  Finished finished(dated());
  int deflated = 0;
  for (QPDFObjectHandle& object : finished.pdf().getAllObjects()) {
    if (!object.isStream()) continue;
    QPDFObjectHandle dict = object.getDict();
    if (dict.getKey("/Type").isNameAndEquals("/Metadata")) {
      EXPECT_FALSE(dict.hasKey("/Filter"));  // PDF/A readers expect it plain
      continue;
    }
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1) filter = filter.getArrayItem(0);
    EXPECT_TRUE(filter.isNameAndEquals("/FlateDecode"))
        << object.unparse() << " " << dict.unparse().substr(0, 200);
    ++deflated;
    // Each inflates back (qpdf's own zlib: an independent reader).
    EXPECT_NO_THROW(object.getStreamData(qpdf_dl_generalized));
  }
  // Page contents, ToUnicode maps, font programs, CIDSets, CIDToGIDMaps, the
  // colour profile at least.
  EXPECT_GE(deflated, 6);
  // Without compression (the developers' option), nothing is deflated.
  pdf::WriteOptions plain;
  plain.date = 1788220800;
  plain.compress = false;
  Finished uncompressed(render(plain));
  for (QPDFObjectHandle& object : uncompressed.pdf().getAllObjects()) {
    if (object.isStream() && object.getDict().hasKey("/Filter"))
      ADD_FAILURE() << object.unparse() << " " << object.getDict().unparse().substr(0, 200);
  }
}

TEST_F(Finishing, ArchiveProfileCarriesItsFilesAsPdfA3) {
  pdf::WriteOptions options;
  options.date = 1788220800;
  const std::string catalogue = "<catalogue edition=\"2026-2027\">é & co</catalogue>\n";
  options.finishing = pdf::FinishingProfile::archive(
      {{"2026-2027.xml", "Le catalogue", "application/xml", "Source", catalogue},
       {"outil.json", "Le programme", "application/json", "Source", "{}\n"}});
  const std::string bytes = render(options);
  EXPECT_TRUE(bytes.starts_with("%PDF-1.7\n"));
  Finished finished(bytes);
  EXPECT_NE(finished.xmp().find("<pdfaid:part>3</pdfaid:part>"), std::string::npos);

  QPDFObjectHandle associated = finished.root().getKey("/AF");
  ASSERT_TRUE(associated.isArray());
  ASSERT_EQ(associated.getArrayNItems(), 2);
  QPDFObjectHandle spec = associated.getArrayItem(0);
  EXPECT_EQ(spec.getKey("/Type").getName(), "/Filespec");
  EXPECT_EQ(spec.getKey("/AFRelationship").getName(), "/Source");
  EXPECT_EQ(spec.getKey("/UF").getUTF8Value(), "2026-2027.xml");
  EXPECT_EQ(spec.getKey("/F").getUTF8Value(), "2026-2027.xml");
  QPDFObjectHandle stream = spec.getKey("/EF").getKey("/F");
  EXPECT_EQ(stream.getDict().getKey("/Subtype").getName(), "/application/xml");
  QPDFObjectHandle params = stream.getDict().getKey("/Params");
  EXPECT_EQ(params.getKey("/Size").getIntValue(), static_cast<long long>(catalogue.size()));
  EXPECT_EQ(params.getKey("/ModDate").getUTF8Value(), "D:20260901000000+00'00'");
  EXPECT_TRUE(params.getKey("/CheckSum").isString());
  EXPECT_TRUE(finished.root().getKey("/Names").getKey("/EmbeddedFiles").isDictionary());

  std::string error;
  const std::vector<pdf::AssociatedFile> files = pdf::read_associated_files(bytes, error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].name, "2026-2027.xml");
  EXPECT_EQ(files[0].bytes, catalogue);
  EXPECT_EQ(files[0].mime_type, "application/xml");
  EXPECT_EQ(files[0].relationship, "Source");
  EXPECT_EQ(files[1].name, "outil.json");
}

TEST_F(Finishing, PdfA1RefusesAttachedFiles) {
  pdf::WriteOptions options;
  options.finishing.associated_files.push_back({"a.xml", "", "application/xml", "Source", "x"});
  const pdf::RenderResult result = pdf::render_pdf(document_, fonts_, options);
  EXPECT_FALSE(result.ok());
  EXPECT_NE(messages(result.diagnostics).find("il faut un PDF/A-3"), std::string::npos)
      << messages(result.diagnostics);
}

TEST(OutputIntentLoading, RefusesWhatIsNotAnIccProfileInFrench) {
  pdf_test::ScratchDirectory scratch;
  std::string error;
  EXPECT_EQ(pdf::load_output_intent(scratch.file("absent.icc"), "x", error), nullptr);
  EXPECT_NE(error.find("introuvable"), std::string::npos) << error;

  const std::string fake = scratch.file("faux.icc");
  pdf_test::write_text_file(fake, std::string(200, 'x'));
  error.clear();
  EXPECT_EQ(pdf::load_output_intent(fake, "x", error), nullptr);
  EXPECT_NE(error.find("ce n'est pas un profil ICC"), std::string::npos) << error;

  error.clear();
  const auto srgb = pdf::load_srgb_output_intent(error);
  ASSERT_NE(srgb, nullptr) << error;
  EXPECT_EQ(srgb->components, 3);
  EXPECT_FALSE(srgb->deflated_profile.empty());
}

TEST(Finish, ReportsAFileThatIsNotAPdf) {
  const pdf::FinishingResult result =
      pdf::finish_pdf("ceci n'est pas un PDF", pdf::FinishingProfile::screen(), std::nullopt);
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(result.bytes.empty());
  EXPECT_TRUE(result.error.starts_with("impossible de finir le PDF")) << result.error;
}

}  // namespace

namespace {

// icc/README.md says where the profile comes from: it must stay that file.
TEST(ShippedProfile, IsDebiansSrgbProfileUnchanged) {
  const std::string shipped = pdf_test::read_file(std::string(BROCHURE_SOURCE_DIR) + "/" +
                                                  std::string(pdf::kSrgbProfilePath));
  const std::string debian = pdf_test::read_file("/usr/share/color/icc/sRGB.icc");
  ASSERT_FALSE(debian.empty()) << "icc-profiles-free manque (tools/missing-packages.sh)";
  EXPECT_TRUE(shipped == debian);
  EXPECT_EQ(shipped.substr(8, 2), std::string("\x02\x30", 2));  // ICC version 2.3, for PDF/A-1
}

}  // namespace

namespace {

// A 2 × 1 PNG with an alpha channel (one pixel half transparent).
const std::string kTransparentPng(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00\x00"
    "\x01\x08\x06\x00\x00\x00\xf4\x22\x7f\x8a\x00\x00\x00\x11\x49\x44\x41\x54\x78\x9c\x63\x38\x21"
    "\x27\xd7\x20\x77\x42\xee\x3f\x00\x0e\x5a\x03\x88\x5e\x2f\xf3\x51\x00\x00\x00\x00\x49\x45\x4e"
    "\x44\xae\x42\x60\x82",
    74);

// A transparent logo is flattened onto the colour behind it before libharu
// sees it (embedded_images.hpp): no soft mask, so PDF/A-1 accepts the page.
// The finishing pass still refuses any transparency that would slip through.
TEST(Transparency, ATransparentPngIsFlattenedSoPdfA1AcceptsIt) {
  pdf_test::ScratchDirectory scratch;
  const std::string image = scratch.file("logo.png");
  pdf_test::write_text_file(image, kTransparentPng);
  const typeset::FontLibrary& fonts = pdf_test::carlito_library();
  typeset::DocumentBox document = pdf_test::sample_document(fonts);
  document.pages.back().images.push_back({{50, 20, 120, 60}, image});

  pdf::WriteOptions plain;
  plain.compress = false;
  const pdf::RenderResult pdfa1 = pdf::render_pdf(document, fonts, plain);
  EXPECT_TRUE(pdfa1.ok()) << messages(pdfa1.diagnostics);
  EXPECT_EQ(pdfa1.bytes.find("/SMask"), std::string::npos);

  pdf::WriteOptions archive;
  archive.finishing = pdf::FinishingProfile::archive({});
  EXPECT_TRUE(pdf::render_pdf(document, fonts, archive).ok());
}

// The safety net: an image with a soft mask (what libharu makes of a PNG it
// loads itself) is named with its page.
TEST(Transparency, ASoftMaskIsRefusedByPage) {
  pdf_test::ScratchDirectory scratch;
  const std::string image_path = scratch.file("logo.png");
  pdf_test::write_text_file(image_path, kTransparentPng);
  HPDF_Doc haru = HPDF_New(nullptr, nullptr);
  ASSERT_NE(haru, nullptr);
  HPDF_AddPage(haru);
  HPDF_Page page = HPDF_AddPage(haru);
  HPDF_Image image = HPDF_LoadPngImageFromFile(haru, image_path.c_str());
  ASSERT_NE(image, nullptr);
  HPDF_Page_DrawImage(page, image, 10, 10, 20, 10);
  HPDF_SaveToStream(haru);
  std::string bytes(HPDF_GetStreamSize(haru), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(haru, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  HPDF_Free(haru);

  QPDF qpdf;
  qpdf.processMemoryFile("logo.pdf", bytes.data(), bytes.size());
  std::string error;
  EXPECT_FALSE(pdf::finishing::check_no_transparency(qpdf, error));
  EXPECT_EQ(error.rfind("la page 2 contient une image avec un canal de transparence (alpha), ce "
                        "qu'un PDF/A-1 n'admet pas",
                        0),
            0u)
      << error;
}
}  // namespace
