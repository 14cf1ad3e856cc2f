// XMP, the XML metadata packet that PDF/A requires beside the Info
// dictionary: the same title, author, subject, keywords, tools and dates,
// written so that any XML reader (and PDF/A validators) reads back exactly
// the strings of the Info dictionary. Plain strings in, a packet out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pdf {

struct XmpFields {
  std::string title;         // dc:title         ↔ Info /Title
  std::string author;        // dc:creator       ↔ Info /Author
  std::string subject;       // dc:description   ↔ Info /Subject
  std::string keywords;      // pdf:Keywords     ↔ Info /Keywords
  std::string creator_tool;  // xmp:CreatorTool  ↔ Info /Creator
  std::string producer;      // pdf:Producer     ↔ Info /Producer
  std::string language;      // dc:language      ↔ catalogue /Lang
  // xmp:CreateDate, ModifyDate, MetadataDate ↔ Info /CreationDate, /ModDate.
  std::optional<std::int64_t> date;
  int pdfa_part = 0;             // pdfaid:part (1, 3); 0: no PDF/A claim
  std::string pdfa_conformance;  // pdfaid:conformance ("B")
  // pdfuaid:part (1); 0: no PDF/UA claim. With a PDF/A claim, the packet
  // declares the pdfuaid schema as a PDF/A extension schema (PDF/A knows
  // only the schemas of XMP 2004 and its own).
  int pdfua_part = 0;
};

// The whole packet, <?xpacket begin …?> to <?xpacket end="w"?>, UTF-8.
std::string xmp_packet(const XmpFields& fields);

// `text` as XML character data or attribute value: & < > " ' escaped.
std::string xml_escaped(std::string_view text);

// What a metadata string may hold: XML 1.0 has no way to write most control
// characters, so they become spaces (in the Info dictionary too, so that the
// two agree). Invalid UTF-8 becomes U+FFFD.
std::string metadata_text(std::string_view utf8);

// "D:20260901000000+00'00'": a PDF date (UTC) that every reader and PDF/A
// validator parses the same way.
std::string pdf_date(std::int64_t seconds);
// "2026-09-01T00:00:00+00:00": the same instant in XMP's form (ISO 8601).
std::string xmp_date(std::int64_t seconds);

}  // namespace pdf
