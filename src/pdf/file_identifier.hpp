// The trailer's /ID: a fingerprint that print shops' preflight, PDF/A and
// PDF 2.0 expect. libharu writes none unless encrypting. Ours is the MD5 of
// the file's own bytes, so the same document keeps the same identifier (no
// clock, no random number) and a changed document gets a new one.
#pragma once

#include <string>

namespace pdf {

// `pdf` with "/ID [<md5> <md5>]" added to its last trailer dictionary. The
// trailer follows the cross-reference table, so no offset moves. Returned
// unchanged when it already has an /ID or no trailer is found.
std::string with_file_identifier(std::string pdf);

}  // namespace pdf
