#include "documents/mail_draft.hpp"

#include <gmime/gmime.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "documents/text_fields.hpp"

namespace documents {

namespace {

constexpr std::string_view kAttachmentFields[] = {"flyer", "calendar", "calendar-note"};

// GMime keeps its registry of MIME types process-wide: set up once.
void initialise_gmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

// GObject references released at the end of their scope.
struct Unref {
  void operator()(gpointer object) const {
    if (object != nullptr) g_object_unref(object);
  }
};
template <typename T>
using GPointer = std::unique_ptr<T, Unref>;

struct DateTimeUnref {
  void operator()(GDateTime* date) const {
    if (date != nullptr) g_date_time_unref(date);
  }
};

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

GPointer<GMimePart> attachment_part(const MailAttachment& attachment, const char* type,
                                    const char* subtype) {
  GPointer<GMimePart> part(g_mime_part_new_with_type(type, subtype));
  g_mime_part_set_filename(part.get(), attachment.file_name.c_str());
  GPointer<GMimeStream> stream(
      g_mime_stream_mem_new_with_buffer(attachment.bytes.data(), attachment.bytes.size()));
  GPointer<GMimeDataWrapper> content(
      g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  g_mime_part_set_content(part.get(), content.get());
  g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
  return part;
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

MailDraft build_mail_draft(const MailDraftInput& input, const MailSettings& settings) {
  initialise_gmime();
  MailDraft draft;
  const catalogue::Catalogue& catalogue = *input.catalogue;
  const catalogue::Session& session = *input.session.session;

  base::Fields fields = session_fields(catalogue, input.session, settings.session);
  fields.set("flyer", input.flyer.file_name);
  fields.set("calendar", input.calendar ? input.calendar->file_name : std::string());
  fields.set("calendar-note", input.calendar
                                  ? one_line_from_template(settings.calendar_note, fields)
                                  : std::string());
  const std::string subject = one_line_from_template(settings.subject, fields);
  const std::string body = plain_text_from_template(settings.body, fields);

  GPointer<GMimeMessage> message(g_mime_message_new(TRUE));
  for (const std::string& address : input.recipients) {
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, nullptr, address.c_str());
  }
  g_mime_message_set_subject(message.get(), subject.c_str(), "utf-8");
  const std::unique_ptr<GDateTime, DateTimeUnref> date(g_date_time_new_from_unix_utc(input.date));
  g_mime_message_set_date(message.get(), date.get());
  const std::string id = token(catalogue.edition) + "." + token(session.code) + "@" +
                         website_host(catalogue.publisher.website);
  g_mime_message_set_message_id(message.get(), id.c_str());
  // A draft: mail programs open it as a message to complete and send.
  g_mime_object_set_header(GMIME_OBJECT(message.get()), "X-Unsent", "1", nullptr);

  GPointer<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
  const std::string boundary = "=-brochure-" + token(catalogue.edition) + "-" + token(session.code);
  g_mime_multipart_set_boundary(mixed.get(), boundary.c_str());

  GPointer<GMimeTextPart> text(g_mime_text_part_new_with_subtype("plain"));
  g_mime_text_part_set_text(text.get(), body.c_str());
  g_mime_text_part_set_charset(text.get(), "utf-8");
  g_mime_part_set_content_encoding(GMIME_PART(text.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  g_mime_multipart_add(mixed.get(), GMIME_OBJECT(text.get()));

  const GPointer<GMimePart> flyer = attachment_part(input.flyer, "application", "pdf");
  g_mime_multipart_add(mixed.get(), GMIME_OBJECT(flyer.get()));
  if (input.calendar) {
    const GPointer<GMimePart> calendar = attachment_part(*input.calendar, "text", "calendar");
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(calendar.get()), "method", "PUBLISH");
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(calendar.get()), "charset", "utf-8");
    g_mime_multipart_add(mixed.get(), GMIME_OBJECT(calendar.get()));
  }
  g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));

  GPointer<GMimeStream> out(g_mime_stream_mem_new());
  GMimeFormatOptions* format = g_mime_format_options_new();
  g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
  const gint64 written =
      g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, out.get());
  g_mime_format_options_free(format);
  if (written < 0) {
    draft.diagnostics.error(
        catalogue.source_path, session.position,
        "le brouillon de mail de la session " + session.code + " n'a pas pu être composé (GMime)");
    return draft;
  }
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
  draft.bytes.assign(reinterpret_cast<const char*>(array->data), array->len);
  return draft;
}

}  // namespace documents
