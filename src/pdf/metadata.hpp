// The document information dictionary, the catalogue's language and the
// dates. No wall clock: a date is written only when the caller gives one
// (SOURCE_DATE_EPOCH), so that the same input gives the same bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "typeset/boxes.hpp"

namespace pdf {

class HaruDocument;

// "brochure 0.1.0 (libharu 2.3.0)".
std::string producer_name();

// Writes Title, Author, Subject, Keywords, Creator, Producer (UTF-16 strings),
// /Lang in the catalogue and, when `date` is given (seconds since 1970 UTC),
// CreationDate and ModDate. Failures reach `pdf`'s error state.
void write_metadata(HaruDocument& pdf, const typeset::DocumentMetadata& metadata,
                    std::optional<std::int64_t> date);

// SOURCE_DATE_EPOCH as a number of seconds; nullopt when unset. A value that
// is not a non-negative integer is an error (French text in `error`).
std::optional<std::int64_t> parse_source_date_epoch(const char* value, std::string& error);

}  // namespace pdf
