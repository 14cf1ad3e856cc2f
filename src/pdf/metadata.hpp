// The document information dictionary's strings and the catalogue's
// language, as libharu writes them. The dates, the Producer and the XMP
// packet that must agree with them are the finishing pass's (finishing.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "typeset/boxes.hpp"

namespace pdf {

class HaruDocument;

// Writes Title, Author, Subject, Keywords, Creator (UTF-16 strings) and /Lang
// in the catalogue. Failures reach `pdf`'s error state.
void write_metadata(HaruDocument& pdf, const typeset::DocumentMetadata& metadata);

// SOURCE_DATE_EPOCH as a number of seconds; nullopt when unset. A value that
// is not a non-negative integer is an error (French text in `error`).
std::optional<std::int64_t> parse_source_date_epoch(const char* value, std::string& error);

}  // namespace pdf
