// The XMP packet and the dates: what an XML reader and a PDF/A validator read
// back must be exactly the Info dictionary's strings and instants.
#include "pdf/xmp.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>

namespace {

pugi::xml_node description_with(const pugi::xml_document& xmp, const char* child) {
  for (pugi::xml_node description :
       xmp.child("x:xmpmeta").child("rdf:RDF").children("rdf:Description")) {
    if (description.child(child)) return description.child(child);
  }
  return {};
}

TEST(XmlEscaping, EscapesTheFiveMarkupCharacters) {
  EXPECT_EQ(pdf::xml_escaped(R"(Ateliers & "Intervisions" <2026> l'an)"),
            "Ateliers &amp; &quot;Intervisions&quot; &lt;2026&gt; l&apos;an");
  EXPECT_EQ(pdf::xml_escaped("Élève — œuvre"), "Élève — œuvre");
}

TEST(MetadataText, ControlCharactersBecomeSpacesAndBadUtf8AReplacementCharacter) {
  EXPECT_EQ(pdf::metadata_text("a\tb\nc\x01"
                               "d"),
            "a b c d");
  EXPECT_EQ(pdf::metadata_text("caf\xC3"), "caf\xEF\xBF\xBD");
  EXPECT_EQ(pdf::metadata_text("Élève 🙂"), "Élève 🙂");
}

TEST(Dates, PdfAndXmpFormsOfTheSameInstant) {
  EXPECT_EQ(pdf::pdf_date(0), "D:19700101000000+00'00'");
  EXPECT_EQ(pdf::xmp_date(0), "1970-01-01T00:00:00+00:00");
  EXPECT_EQ(pdf::pdf_date(1788220800), "D:20260901000000+00'00'");  // 2026-09-01
  EXPECT_EQ(pdf::xmp_date(1788220800), "2026-09-01T00:00:00+00:00");
  EXPECT_EQ(pdf::xmp_date(951825599), "2000-02-29T11:59:59+00:00");  // a leap day
}

TEST(XmpPacket, IsWellFormedAndGivesBackEveryString) {
  pdf::XmpFields fields;
  fields.title = "Ateliers & Intervisions <Tutorat> 2026-2027";
  fields.author = "Fonds social des Milieux d'Accueil d'Enfants";
  fields.subject = "Programme « 2026 – 2027 »";
  fields.keywords = "tutorat, ateliers";
  fields.creator_tool = "brochure";
  fields.producer = "brochure 0.1.0 (libharu 2.3.0, qpdf 11.3.0)";
  fields.language = "fr";
  fields.date = 1788220800;
  fields.pdfa_part = 1;
  fields.pdfa_conformance = std::string(1, 'B');  // not = "B": GCC 12 warns wrongly (-Wrestrict)
  const std::string packet = pdf::xmp_packet(fields);
  EXPECT_TRUE(
      packet.starts_with("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"));
  EXPECT_TRUE(packet.ends_with("<?xpacket end=\"w\"?>"));

  pugi::xml_document xmp;
  const pugi::xml_parse_result parsed = xmp.load_string(packet.c_str());
  ASSERT_TRUE(parsed) << parsed.description() << "\n" << packet;
  EXPECT_EQ(std::string(description_with(xmp, "dc:title").child("rdf:Alt").child_value("rdf:li")),
            fields.title);
  EXPECT_STREQ(description_with(xmp, "dc:title")
                   .child("rdf:Alt")
                   .child("rdf:li")
                   .attribute("xml:lang")
                   .value(),
               "x-default");
  EXPECT_EQ(std::string(description_with(xmp, "dc:creator").child("rdf:Seq").child_value("rdf:li")),
            fields.author);
  EXPECT_EQ(
      std::string(description_with(xmp, "dc:description").child("rdf:Alt").child_value("rdf:li")),
      fields.subject);
  EXPECT_EQ(std::string(description_with(xmp, "pdf:Keywords").child_value()), fields.keywords);
  EXPECT_EQ(std::string(description_with(xmp, "pdf:Producer").child_value()), fields.producer);
  EXPECT_EQ(std::string(description_with(xmp, "xmp:CreatorTool").child_value()), "brochure");
  for (const char* date : {"xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"})
    EXPECT_EQ(std::string(description_with(xmp, date).child_value()), "2026-09-01T00:00:00+00:00")
        << date;
  EXPECT_EQ(std::string(description_with(xmp, "pdfaid:part").child_value()), "1");
  EXPECT_EQ(std::string(description_with(xmp, "pdfaid:conformance").child_value()), "B");
}

TEST(XmpPacket, NoDateNoPdfaClaimWhenNotAsked) {
  pdf::XmpFields fields;
  fields.title = "Démo";
  const std::string packet = pdf::xmp_packet(fields);
  EXPECT_EQ(packet.find("xmp:CreateDate"), std::string::npos);
  EXPECT_EQ(packet.find("pdfaid"), std::string::npos);
  EXPECT_EQ(packet.find("dc:creator"), std::string::npos);  // no author given
  EXPECT_EQ(packet.find("pdfuaid"), std::string::npos);
  pugi::xml_document xmp;
  EXPECT_TRUE(xmp.load_string(packet.c_str()));
}

// PDF/UA's identification beside PDF/A's; PDF/A-1 knows no pdfuaid schema,
// so the packet describes it (Preflight refuses the file otherwise: 7.3).
TEST(XmpPacket, PdfUaIsIdentifiedAndItsSchemaDescribedForPdfA) {
  pdf::XmpFields fields;
  fields.title = "Brochure";
  fields.pdfa_part = 1;
  fields.pdfa_conformance = std::string(1, 'B');
  fields.pdfua_part = 1;
  const std::string packet = pdf::xmp_packet(fields);
  pugi::xml_document xmp;
  ASSERT_TRUE(xmp.load_string(packet.c_str())) << packet;
  EXPECT_EQ(std::string(description_with(xmp, "pdfuaid:part").child_value()), "1");
  pugi::xml_node schema =
      description_with(xmp, "pdfaExtension:schemas").child("rdf:Bag").child("rdf:li");
  EXPECT_EQ(std::string(schema.child_value("pdfaSchema:namespaceURI")),
            "http://www.aiim.org/pdfua/ns/id/");
  EXPECT_EQ(std::string(schema.child_value("pdfaSchema:prefix")), "pdfuaid");
  pugi::xml_node property = schema.child("pdfaSchema:property").child("rdf:Seq").child("rdf:li");
  EXPECT_EQ(std::string(property.child_value("pdfaProperty:name")), "part");
  EXPECT_EQ(std::string(property.child_value("pdfaProperty:valueType")), "Integer");
  EXPECT_EQ(std::string(property.child_value("pdfaProperty:category")), "internal");

  // Without a PDF/A claim there is nothing to describe.
  fields.pdfa_part = 0;
  EXPECT_EQ(pdf::xmp_packet(fields).find("pdfaExtension"), std::string::npos);
}

}  // namespace
