// The finishing pass writes the file itself (file_writer.hpp): what it
// writes must read back, object for object, in a reader that does not
// forgive a wrong offset (qpdf warns and rebuilds the table when one is off),
// and objects reserved for the structure tree must land where the catalogue
// points.
#include "pdf/finishing/file_writer.hpp"

#include <gtest/gtest.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>
#include <string>

#include "pdf_test_support.hpp"

namespace {

using pdf::finishing::FileBytes;
using pdf::finishing::FileWriter;
using pdf_test::OpenedPdf;

// A small document holding every kind of object the writer meets.
std::string sample_source() {
  QPDF pdf;
  pdf.emptyPDF();
  QPDFObjectHandle page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
      "<< /Type /Page /MediaBox [0 0 595.276 841.89] /Rotate -0 /UserUnit 1.5 >>"));
  QPDFObjectHandle contents = QPDFObjectHandle::newStream(&pdf, "BT /F1 12 Tf (Bonjour) Tj ET\n");
  page.replaceKey("/Contents", contents);
  QPDFObjectHandle pages = pdf.getRoot().getKey("/Pages");
  pages.replaceKey("/Kids", QPDFObjectHandle::newArray({page}));
  pages.replaceKey("/Count", QPDFObjectHandle::newInteger(1));
  page.replaceKey("/Parent", pages);
  QPDFObjectHandle catalog = pdf.getRoot();
  catalog.replaceKey("/Lang", QPDFObjectHandle::newString("fr-BE"));
  catalog.replaceKey("/Odd name", QPDFObjectHandle::newName("/a b(c)\xc3\xa9"));
  catalog.replaceKey("/Mixed",
                     QPDFObjectHandle::parse("[true false null 0 -12 3.25 (a(b)c\\\\) <00ff7f> /N "
                                             "<< /Empty << >> /List [] >>]"));
  catalog.replaceKey("/Title", QPDFObjectHandle::newUnicodeString("Éditions 2026–2027"));
  QPDFObjectHandle xmp = QPDFObjectHandle::newStream(&pdf, "<x:xmpmeta/>");
  xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
  catalog.replaceKey("/Metadata", xmp);
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.setStaticID(true);
  writer.setCompressStreams(false);
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

std::string written(bool deflate, int reserved = 0, std::string catalog_entry = {}) {
  OpenedPdf source(sample_source());
  // Made, never referred to: not written.
  source.pdf.makeIndirectObject(QPDFObjectHandle::newString("orphan"));
  // A name holding "#" (set here: qpdf 11.3's own writer leaves it unescaped).
  source.pdf.getRoot().replaceKey("/Hash", QPDFObjectHandle::newName("/a#1"));
  FileBytes bytes;
  FileWriter writer(source.pdf, {.minimum_version = "1.4", .deflate_plain_streams = deflate},
                    bytes);
  const int first = reserved > 0 ? writer.reserve(reserved) : 0;
  if (!catalog_entry.empty()) writer.add_to_catalog("/StructTreeRoot", catalog_entry);
  writer.write_document();
  for (int i = 0; i < reserved; ++i) {
    writer.write_object(
        first + i, i == 0
                       ? "<</Type/StructTreeRoot/K " + pdf::finishing::reference(first + 1) + ">>"
                       : "<</S/Document/P " + pdf::finishing::reference(first) + ">>");
  }
  writer.finish();
  return bytes.joined();
}

TEST(FileWriter, WhatItWritesReadsBackWithoutARepair) {
  const std::string bytes = written(false);
  OpenedPdf back(bytes);
  EXPECT_FALSE(back.pdf.anyWarnings()) << "a wrong offset or length makes qpdf repair the file\n"
                                       << bytes;
  EXPECT_TRUE(bytes.starts_with("%PDF-1.4\n%\xbf\xf7\xa2\xfe\n"));
  EXPECT_TRUE(bytes.ends_with("%%EOF\n"));

  QPDFObjectHandle catalog = back.pdf.getRoot();
  EXPECT_EQ(catalog.getObjectID(), 1);  // the catalogue first, as readers expect to find it
  EXPECT_EQ(catalog.getKey("/Lang").getUTF8Value(), "fr-BE");
  EXPECT_EQ(catalog.getKey("/Odd name").getName(), "/a b(c)\xc3\xa9");
  EXPECT_EQ(catalog.getKey("/Hash").getName(), "/a#1");
  EXPECT_EQ(catalog.getKey("/Title").getUTF8Value(), "Éditions 2026–2027");
  EXPECT_EQ(
      catalog.getKey("/Mixed").unparse(),
      "[ true false null 0 -12 3.25 (a\\(b\\)c\\\\) <00ff7f> /N << /Empty << >> /List [ ] >> ]");
  QPDFObjectHandle page = catalog.getKey("/Pages").getKey("/Kids").getArrayItem(0);
  EXPECT_EQ(page.getKey("/MediaBox").unparse(), "[ 0 0 595.276 841.89 ]");
  EXPECT_EQ(page.getKey("/UserUnit").unparse(), "1.5");
  EXPECT_EQ(page.getKey("/Parent").getObjGen(), catalog.getKey("/Pages").getObjGen());
  EXPECT_EQ(page.getKey("/Contents").getStreamData()->getSize(), 29u);
  for (QPDFObjectHandle& object : back.pdf.getAllObjects()) {
    EXPECT_FALSE(object.isString() && object.getUTF8Value() == "orphan");
  }
  // Every object written once, none missing: the table counts them all.
  EXPECT_EQ(back.pdf.getTrailer().getKey("/Size").getIntValue(),
            static_cast<long long>(back.pdf.getObjectCount()) + 1);
}

TEST(FileWriter, SameDocumentSameBytesAndAnIdentifierFromTheContent) {
  const std::string bytes = written(false);
  EXPECT_EQ(bytes, written(false));
  OpenedPdf back(bytes);
  QPDFObjectHandle id = back.pdf.getTrailer().getKey("/ID");
  ASSERT_TRUE(id.isArray());
  ASSERT_EQ(id.getArrayNItems(), 2);
  EXPECT_EQ(id.getArrayItem(0).getStringValue().size(), 16u);
  EXPECT_EQ(id.getArrayItem(0).getStringValue(), id.getArrayItem(1).getStringValue());
  OpenedPdf deflated(written(true));
  EXPECT_NE(deflated.pdf.getTrailer().getKey("/ID").getArrayItem(0).getStringValue(),
            id.getArrayItem(0).getStringValue());
}

TEST(FileWriter, PlainStreamsDeflatedButTheXmpPacket) {
  OpenedPdf back(written(true));
  EXPECT_FALSE(back.pdf.anyWarnings());
  QPDFObjectHandle catalog = back.pdf.getRoot();
  QPDFObjectHandle contents =
      catalog.getKey("/Pages").getKey("/Kids").getArrayItem(0).getKey("/Contents");
  EXPECT_TRUE(contents.getDict().getKey("/Filter").isNameAndEquals("/FlateDecode"));
  const std::shared_ptr<Buffer> data = contents.getStreamData(qpdf_dl_generalized);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()),
            "BT /F1 12 Tf (Bonjour) Tj ET\n");
  EXPECT_FALSE(catalog.getKey("/Metadata").getDict().hasKey("/Filter"));
}

TEST(FileWriter, ReservedObjectsAreWhereTheCatalogueSays) {
  // The catalogue's entry names the first reserved object, written after
  // the document's own.
  const std::string bytes = written(false, 2, "2 0 R");
  OpenedPdf back(bytes);
  EXPECT_FALSE(back.pdf.anyWarnings());
  QPDFObjectHandle root = back.pdf.getRoot().getKey("/StructTreeRoot");
  EXPECT_EQ(root.getObjectID(), 2);
  EXPECT_EQ(root.getKey("/Type").getName(), "/StructTreeRoot");
  EXPECT_EQ(root.getKey("/K").getKey("/S").getName(), "/Document");
  EXPECT_EQ(root.getKey("/K").getKey("/P").getObjGen(), root.getObjGen());
  EXPECT_LT(bytes.find("\n1 0 obj\n"), bytes.find("\n2 0 obj\n"));
  EXPECT_GT(bytes.find("\n2 0 obj\n"), bytes.find("\n4 0 obj\n"));
}

TEST(FileWriter, AReservedObjectNeverWrittenIsAnErrorNotABrokenFile) {
  OpenedPdf source(sample_source());
  FileBytes bytes;
  FileWriter writer(source.pdf, {}, bytes);
  const int first = writer.reserve(2);
  writer.write_document();
  writer.write_object(first, "<<>>");
  EXPECT_THROW(writer.write_object(first, "<<>>"), std::logic_error);
  EXPECT_THROW(writer.finish(), std::logic_error);
}

}  // namespace

namespace {

// Bytes appended in uneven chunks across the pieces' boundaries (64 KiB, then
// doubling up to 1 MiB) come back whole and in order.
TEST(FileBytes, GivesBackEveryByteAppendedInOrder) {
  FileBytes bytes;
  std::string expected;
  std::size_t chunk = 1;
  while (expected.size() < (std::size_t{5} << 20)) {
    std::string piece(chunk, '\0');
    for (std::size_t i = 0; i < chunk; ++i)
      piece[i] = static_cast<char>('a' + (expected.size() + i) % 23);
    bytes.append(piece);
    expected += piece;
    chunk = chunk * 7 + 3;
    if (chunk > 300000) chunk = chunk % 300000 + 1;
  }
  EXPECT_EQ(bytes.size(), expected.size());
  EXPECT_TRUE(bytes.joined() == expected);
  EXPECT_EQ(bytes.size(), 0u);
}

}  // namespace
