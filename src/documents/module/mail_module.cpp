// The mail module: GMime writes the message. Loaded on first use
// (base/program_module.hpp) so that runs without mail drafts never load
// GMime and the libraries it brings.
#include "documents/mail_module.hpp"

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace documents {

namespace {

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

GPointer<GMimePart> attachment_part(const MimeAttachment& attachment) {
  const std::size_t slash = attachment.type.find('/');
  const std::string type = attachment.type.substr(0, slash);
  const std::string subtype = slash == std::string::npos ? "" : attachment.type.substr(slash + 1);
  GPointer<GMimePart> part(g_mime_part_new_with_type(type.c_str(), subtype.c_str()));
  g_mime_part_set_filename(part.get(), attachment.file_name.c_str());
  GPointer<GMimeStream> stream(
      g_mime_stream_mem_new_with_buffer(attachment.bytes.data(), attachment.bytes.size()));
  GPointer<GMimeDataWrapper> content(
      g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  g_mime_part_set_content(part.get(), content.get());
  g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
  for (const auto& [name, value] : attachment.parameters) {
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part.get()), name.c_str(), value.c_str());
  }
  return part;
}

}  // namespace

}  // namespace documents

extern "C" bool brochure_mail_message(const documents::MimeDraft& draft, std::string& bytes) {
  using namespace documents;
  initialise_gmime();
  GPointer<GMimeMessage> message(g_mime_message_new(TRUE));
  for (const std::string& address : draft.recipients) {
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, nullptr, address.c_str());
  }
  g_mime_message_set_subject(message.get(), draft.subject.c_str(), "utf-8");
  const std::unique_ptr<GDateTime, DateTimeUnref> date(g_date_time_new_from_unix_utc(draft.date));
  g_mime_message_set_date(message.get(), date.get());
  g_mime_message_set_message_id(message.get(), draft.message_id.c_str());
  // A draft: mail programs open it as a message to complete and send.
  g_mime_object_set_header(GMIME_OBJECT(message.get()), "X-Unsent", "1", nullptr);

  GPointer<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
  g_mime_multipart_set_boundary(mixed.get(), draft.boundary.c_str());

  GPointer<GMimeTextPart> text(g_mime_text_part_new_with_subtype("plain"));
  g_mime_text_part_set_text(text.get(), draft.body.c_str());
  g_mime_text_part_set_charset(text.get(), "utf-8");
  g_mime_part_set_content_encoding(GMIME_PART(text.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  g_mime_multipart_add(mixed.get(), GMIME_OBJECT(text.get()));
  for (const MimeAttachment& attachment : draft.attachments) {
    const GPointer<GMimePart> part = attachment_part(attachment);
    g_mime_multipart_add(mixed.get(), GMIME_OBJECT(part.get()));
  }
  g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));

  GPointer<GMimeStream> out(g_mime_stream_mem_new());
  GMimeFormatOptions* format = g_mime_format_options_new();
  g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
  const gint64 written =
      g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, out.get());
  g_mime_format_options_free(format);
  if (written < 0) return false;
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
  bytes.assign(reinterpret_cast<const char*>(array->data), array->len);
  return true;
}
