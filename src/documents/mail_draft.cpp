#include "documents/mail_draft.hpp"

#include <algorithm>

#include "base/program_module.hpp"
#include "documents/mail_module.hpp"
#include "documents/text_fields.hpp"

namespace documents {

namespace {

constexpr std::string_view kAttachmentFields[] = {"flyer", "calendar", "calendar-note"};

// Only characters a Message-ID and a boundary may hold, whatever the code.
std::string token(std::string_view text) {
  std::string result;
  for (char c : text) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    result += keep ? c : '-';
  }
  return result;
}

}  // namespace

std::vector<std::string_view> mail_field_names() {
  return session_field_names(kAttachmentFields);
}

std::optional<MailSettings> read_mail_settings(const typeset::Template& tmpl,
                                               base::Diagnostics& diagnostics) {
  TemplateRequirements needs(tmpl, "le brouillon de mail", diagnostics);
  const std::vector<std::string_view> fields = mail_field_names();
  MailSettings settings;
  settings.subject = needs.text("mail-subject", fields);
  settings.body = needs.text("mail-body", fields);
  settings.calendar_note = needs.text("calendar-note", fields);
  settings.session = read_session_texts(needs);
  if (!needs.ok()) return std::nullopt;
  return settings;
}

std::string mail_drafts_unavailable() {
  const base::ModuleFunction found = base::module_function(kMailModule, kMailFunction);
  return found ? std::string() : "impossible de faire les brouillons de mail : " + found.error;
}

MailDraft build_mail_draft(const MailDraftInput& input, const MailSettings& settings) {
  MailDraft draft;
  const catalogue::Catalogue& catalogue = *input.catalogue;
  const catalogue::Session& session = *input.session.session;
  const auto fail = [&](const std::string& why) {
    draft.diagnostics.error(
        catalogue.source_path, session.position,
        "le brouillon de mail de la session " + session.code + " n'a pas pu être composé : " + why);
    return std::move(draft);
  };
  const base::ModuleFunction found = base::module_function(kMailModule, kMailFunction);
  if (!found) return fail(found.error);

  base::Fields fields = session_fields(catalogue, input.session, settings.session);
  fields.set("flyer", input.flyer.file_name);
  fields.set("calendar", input.calendar ? input.calendar->file_name : std::string());
  fields.set("calendar-note", input.calendar
                                  ? one_line_from_template(settings.calendar_note, fields)
                                  : std::string());
  MimeDraft mime;
  mime.recipients = input.recipients;
  mime.subject = one_line_from_template(settings.subject, fields);
  mime.body = plain_text_from_template(settings.body, fields);
  mime.date = input.date;
  mime.message_id = token(catalogue.edition) + "." + token(session.code) + "@" +
                    website_host(catalogue.publisher.website);
  mime.boundary = "=-brochure-" + token(catalogue.edition) + "-" + token(session.code);
  mime.attachments.push_back({input.flyer.file_name, input.flyer.bytes, "application/pdf", {}});
  if (input.calendar) {
    mime.attachments.push_back({input.calendar->file_name,
                                input.calendar->bytes,
                                "text/calendar",
                                {{"method", "PUBLISH"}, {"charset", "utf-8"}}});
  }
  if (!reinterpret_cast<MailFunction*>(found.address)(mime, draft.bytes)) {
    return fail("GMime n'a pas pu l'écrire");
  }
  return draft;
}

}  // namespace documents
