// A mail draft for one session (`brochure mail`): a MIME message marked as a
// draft (X-Unsent: 1, which mail programs open as a message to send), its
// subject and plain-text body from templates/mail.xml with the session's
// fields (session_fields.hpp), the flyer attached as application/pdf and,
// when given, the session's calendar as text/calendar; method=PUBLISH. Built
// with GMime: encoded words, line folding, quoted-printable and base64 are
// the library's. The bytes depend only on the inputs: the date is given, the
// boundary and the Message-ID are made from the edition and the code.
//
//   const std::optional<MailSettings> settings = read_mail_settings(tmpl, diagnostics);
//   MailDraft draft = build_mail_draft({…, .flyer = {name, pdf_bytes}}, *settings);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/session_fields.hpp"
#include "typeset/template.hpp"

namespace documents {

struct MailSettings {
  std::string subject;        // one line, with fields
  std::string body;           // lines, with fields ({flyer}, {calendar}: the attachments' names)
  std::string calendar_note;  // the body's {calendar-note} when a calendar is attached
  SessionTexts session;
};

// The fields the mail's texts may use.
std::vector<std::string_view> mail_field_names();

// Reads templates/mail.xml's texts; a missing one, or a field none of
// mail_field_names() gives, is reported at its place. nullopt on error.
std::optional<MailSettings> read_mail_settings(const typeset::Template& tmpl,
                                               base::Diagnostics& diagnostics);

struct MailAttachment {
  std::string file_name;  // as the recipient sees it: "T2605-anticiper-….pdf"
  std::string bytes;
};

struct MailDraftInput {
  const catalogue::Catalogue* catalogue = nullptr;
  catalogue::SessionRef session;
  std::vector<std::string> recipients;  // To:, each a checked address; may be empty
  std::int64_t date = 0;                // the Date: header, seconds since 1970 UTC
  MailAttachment flyer;
  std::optional<MailAttachment> calendar;
};

struct MailDraft {
  std::string bytes;  // the .eml file: RFC 5322, CRLF line ends
  base::Diagnostics diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

MailDraft build_mail_draft(const MailDraftInput& input, const MailSettings& settings);

// Why mail drafts cannot be made by this installation (its mail module, which
// loads GMime, is missing), in French; empty when they can.
std::string mail_drafts_unavailable();

}  // namespace documents
