// Finishing step: the Info dictionary and the XMP packet, written from the
// same values so that they agree (see finishing_steps.hpp).
#include <qpdf/QPDFObjectHandle.hh>

#include "pdf/finishing/finishing_steps.hpp"
#include "pdf/xmp.hpp"

namespace pdf::finishing {
namespace {

// Info's string `key`, cleaned to what XMP can hold, written back the same
// way (PDFDocEncoding when it can, else UTF-16), and returned.
std::string settle_string(QPDFObjectHandle info, const std::string& key) {
  QPDFObjectHandle value = info.getKey(key);
  if (!value.isString()) {
    info.removeKey(key);
    return {};
  }
  const std::string text = metadata_text(value.getUTF8Value());
  if (text.empty()) {
    info.removeKey(key);
  } else {
    info.replaceKey(key, QPDFObjectHandle::newUnicodeString(text));
  }
  return text;
}

}  // namespace

void write_document_metadata(QPDF& pdf, Conformance conformance, std::optional<std::int64_t> date,
                             bool pdfua) {
  QPDFObjectHandle trailer = pdf.getTrailer();
  QPDFObjectHandle info = trailer.getKey("/Info");
  if (!info.isDictionary()) {
    info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    trailer.replaceKey("/Info", info);
  }
  info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(producer_name()));
  if (date) {
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdf_date(*date)));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdf_date(*date)));
  } else {
    info.removeKey("/CreationDate");
    info.removeKey("/ModDate");
  }

  XmpFields fields;
  fields.title = settle_string(info, "/Title");
  fields.author = settle_string(info, "/Author");
  fields.subject = settle_string(info, "/Subject");
  fields.keywords = settle_string(info, "/Keywords");
  fields.creator_tool = settle_string(info, "/Creator");
  fields.producer = settle_string(info, "/Producer");
  QPDFObjectHandle root = pdf.getRoot();
  if (QPDFObjectHandle language = root.getKey("/Lang"); language.isString())
    fields.language = metadata_text(language.getUTF8Value());
  fields.date = date;
  if (conformance != Conformance::none) {
    fields.pdfa_part = conformance == Conformance::pdfa_1b ? 1 : 3;
    fields.pdfa_conformance = std::string(1, 'B');  // both parts at level B
  }
  if (pdfua) fields.pdfua_part = 1;

  QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, xmp_packet(fields));
  metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
  metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
  root.replaceKey("/Metadata", metadata);
}

}  // namespace pdf::finishing
