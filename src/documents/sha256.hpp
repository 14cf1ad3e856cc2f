// SHA-256 digests, written as 64 lowercase hex digits: what the archive's
// manifest and the output folders' file lists record. Computed by Nettle
// (Debian's nettle-dev, the cryptographic library under GnuTLS, which libqpdf
// already loads): no hand-written cryptography.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace documents {

std::string sha256_hex(std::string_view bytes);

// The digest of a file's content; nullopt when it cannot be read.
std::optional<std::string> sha256_of_file(const std::string& path);

}  // namespace documents
