#include "pdf/file_identifier.hpp"

#include <fmt/format.h>
#include <hpdf.h>
#include <hpdf_encrypt.h>

namespace pdf {
namespace {

std::string md5_hex(const std::string& bytes) {
  HPDF_MD5_CTX context;
  HPDF_MD5Init(&context);
  HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                 static_cast<HPDF_UINT32>(bytes.size()));
  HPDF_BYTE digest[HPDF_MD5_KEY_LEN];
  HPDF_MD5Final(digest, &context);
  std::string hex;
  for (const HPDF_BYTE byte : digest) hex += fmt::format("{:02x}", byte);
  return hex;
}

}  // namespace

std::string with_file_identifier(std::string pdf) {
  const std::size_t trailer = pdf.rfind("\ntrailer");
  if (trailer == std::string::npos) return pdf;
  const std::size_t dictionary = pdf.find("<<", trailer);
  const std::size_t startxref = pdf.find("startxref", trailer);
  if (dictionary == std::string::npos || startxref == std::string::npos || dictionary > startxref)
    return pdf;
  if (pdf.find("/ID", dictionary) < startxref) return pdf;
  // Both halves equal: this is the document's first version (PDF 1.7, 14.4).
  const std::string digest = md5_hex(pdf);
  pdf.insert(dictionary + 2, fmt::format("\n/ID [<{0}> <{0}>]", digest));
  return pdf;
}

}  // namespace pdf
