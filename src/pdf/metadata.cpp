#include "pdf/metadata.hpp"

#include <hpdf_objects.h>

#include <charconv>

#include "pdf/haru_document.hpp"

namespace pdf {
namespace {

void set_text(HPDF_Doc doc, HPDF_InfoType type, const std::string& value) {
  if (!value.empty()) HPDF_SetInfoAttr(doc, type, value.c_str());
}

}  // namespace

void write_metadata(HaruDocument& pdf, const typeset::DocumentMetadata& metadata) {
  HPDF_Doc doc = pdf.get();
  // Info strings take the current encoder (UTF-8 here) and come out as UTF-16.
  set_text(doc, HPDF_INFO_TITLE, metadata.title);
  set_text(doc, HPDF_INFO_AUTHOR, metadata.author);
  set_text(doc, HPDF_INFO_SUBJECT, metadata.subject);
  set_text(doc, HPDF_INFO_KEYWORDS, metadata.keywords);
  set_text(doc, HPDF_INFO_CREATOR, metadata.creator);
  // libharu has no setter for /Lang (screen readers, hyphenation on reflow).
  if (!metadata.language.empty())
    HPDF_Dict_Add(doc->catalog, "Lang",
                  HPDF_String_New(doc->mmgr, metadata.language.c_str(), nullptr));
}

std::optional<std::int64_t> parse_source_date_epoch(const char* value, std::string& error) {
  if (value == nullptr || *value == '\0') return std::nullopt;
  const std::string_view text(value);
  std::int64_t seconds = 0;
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  // Up to the year 9999: PDF dates have four digits for the year.
  if (status != std::errc() || end != text.data() + text.size() || seconds < 0 ||
      seconds > 253402300799) {
    error = "SOURCE_DATE_EPOCH doit être un nombre entier de secondes depuis 1970 (reçu « " +
            std::string(text) + " »)";
    return std::nullopt;
  }
  return seconds;
}

}  // namespace pdf
