#include "pdf/xmp.hpp"

#include <fmt/format.h>

#include <ctime>

#include "base/utf8.hpp"

namespace pdf {
namespace {

// The pdfuaid schema described for PDF/A (ISO 19005-1, 6.7.8): its
// namespace, prefix and one property, part, an Integer.
constexpr std::string_view kPdfuaExtensionSchema =
    "  <rdf:Description rdf:about=\"\"\n"
    "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
    "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
    "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
    "   <pdfaExtension:schemas>\n"
    "    <rdf:Bag>\n"
    "     <rdf:li rdf:parseType=\"Resource\">\n"
    "      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
    "      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    "      <pdfaSchema:property>\n"
    "       <rdf:Seq>\n"
    "        <rdf:li rdf:parseType=\"Resource\">\n"
    "         <pdfaProperty:name>part</pdfaProperty:name>\n"
    "         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "         <pdfaProperty:category>internal</pdfaProperty:category>\n"
    "         <pdfaProperty:description>Part of ISO 14289 the file conforms "
    "to</pdfaProperty:description>\n"
    "        </rdf:li>\n"
    "       </rdf:Seq>\n"
    "      </pdfaSchema:property>\n"
    "     </rdf:li>\n"
    "    </rdf:Bag>\n"
    "   </pdfaExtension:schemas>\n"
    "  </rdf:Description>\n";

std::tm utc_time(std::int64_t seconds) {
  const auto time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  return utc;
}

// XML 1.0's Char production, less tab, line feed and carriage return, which
// an attribute-free text node would keep but the Info string would not show.
bool is_xml_text(char32_t c) {
  return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

// <tag><rdf:Alt><rdf:li xml:lang="x-default">text</rdf:li></rdf:Alt></tag>
std::string alternative(std::string_view tag, const std::string& text) {
  return fmt::format(
      "   <{0}><rdf:Alt><rdf:li xml:lang=\"x-default\">{1}</rdf:li></rdf:Alt></{0}>\n", tag,
      xml_escaped(text));
}

std::string simple(std::string_view tag, const std::string& text) {
  return fmt::format("   <{0}>{1}</{0}>\n", tag, xml_escaped(text));
}

}  // namespace

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string metadata_text(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  base::utf8::for_each_code_point(utf8, [&](const base::utf8::Sequence& sequence) {
    // An ill-formed sequence comes as U+FFFD, which XML holds.
    if (is_xml_text(sequence.code_point)) {
      base::utf8::append(out, sequence.code_point);
    } else {
      out += ' ';
    }
  });
  return out;
}

std::string pdf_date(std::int64_t seconds) {
  const std::tm t = utc_time(seconds);
  return fmt::format("D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00'", t.tm_year + 1900, t.tm_mon + 1,
                     t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
}

std::string xmp_date(std::int64_t seconds) {
  const std::tm t = utc_time(seconds);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00", t.tm_year + 1900, t.tm_mon + 1,
                     t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec);
}

std::string xmp_packet(const XmpFields& fields) {
  std::string dublin_core = "   <dc:format>application/pdf</dc:format>\n";
  if (!fields.title.empty()) dublin_core += alternative("dc:title", fields.title);
  if (!fields.author.empty()) {
    dublin_core +=
        fmt::format("   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n",
                    xml_escaped(fields.author));
  }
  if (!fields.subject.empty()) dublin_core += alternative("dc:description", fields.subject);
  if (!fields.language.empty()) {
    dublin_core +=
        fmt::format("   <dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\n",
                    xml_escaped(fields.language));
  }

  std::string basic;
  if (!fields.creator_tool.empty()) basic += simple("xmp:CreatorTool", fields.creator_tool);
  if (fields.date) {
    const std::string date = xmp_date(*fields.date);
    basic += simple("xmp:CreateDate", date) + simple("xmp:ModifyDate", date) +
             simple("xmp:MetadataDate", date);
  }

  std::string pdf;
  if (!fields.producer.empty()) pdf += simple("pdf:Producer", fields.producer);
  if (!fields.keywords.empty()) pdf += simple("pdf:Keywords", fields.keywords);

  std::string identification;
  if (fields.pdfa_part > 0) {
    identification = fmt::format(
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "   <pdfaid:part>{}</pdfaid:part>\n"
        "   <pdfaid:conformance>{}</pdfaid:conformance>\n"
        "  </rdf:Description>\n",
        fields.pdfa_part, xml_escaped(fields.pdfa_conformance));
  }

  if (fields.pdfua_part > 0) {
    identification += fmt::format(
        "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        "   <pdfuaid:part>{}</pdfuaid:part>\n"
        "  </rdf:Description>\n",
        fields.pdfua_part);
    if (fields.pdfa_part > 0) identification += kPdfuaExtensionSchema;
  }

  // The byte order mark in `begin` is what the XMP specification asks for.
  return fmt::format(
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      "{}"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
      "{}"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "{}"
      "  </rdf:Description>\n"
      "{}"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"w\"?>",
      dublin_core, basic, pdf, identification);
}

}  // namespace pdf
