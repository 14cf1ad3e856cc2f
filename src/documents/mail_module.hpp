// What the mail module (src/documents/module/mail_module.cpp, built as
// libbrochure-mail.so with GMime; base/program_module.hpp) offers: a MIME
// message written from its parts — encoded words, folding, quoted-printable
// and base64 are GMime's. Shared by the module and by mail_draft.cpp, both
// built from this tree by the same compiler.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace documents {

struct MimeAttachment {
  std::string file_name;
  std::string_view bytes;
  std::string type;                                             // "application/pdf"
  std::vector<std::pair<std::string, std::string>> parameters;  // of its Content-Type
};

// A draft (X-Unsent: 1): a plain-text part in UTF-8, then the attachments.
struct MimeDraft {
  std::vector<std::string> recipients;  // To:
  std::string subject;
  std::int64_t date = 0;  // seconds since 1970 UTC
  std::string message_id;
  std::string boundary;
  std::string body;
  std::vector<MimeAttachment> attachments;
};

inline constexpr char kMailModule[] = "mail";
inline constexpr char kMailFunction[] = "brochure_mail_message";
// The message with CRLF line ends in `bytes`; false when GMime could not write it.
using MailFunction = bool(const MimeDraft& draft, std::string& bytes);

}  // namespace documents

extern "C" bool brochure_mail_message(const documents::MimeDraft& draft, std::string& bytes);
