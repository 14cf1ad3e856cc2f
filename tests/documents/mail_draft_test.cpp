// The mail drafts of the 2026-2027 edition, built as `brochure mail` does and
// read back with GMime's parser: a draft (X-Unsent: 1) whose subject carries
// the code and the title, whose body says when, where and how to register,
// with the flyer attached byte for byte as application/pdf and the calendar
// as text/calendar; method=PUBLISH; lines within RFC 5322's limits; the same
// bytes for the same inputs.
#include "documents/mail_draft.hpp"

#include <gmime/gmime.h>
#include <gtest/gtest.h>

#include <memory>

#include "documents/flyer.hpp"
#include "documents/output_paths.hpp"
#include "documents_test_support.hpp"
#include "pdf/writer.hpp"

namespace {

using namespace documents_test;

const documents::Resources& resources() {
  static const documents::Resources loaded = load_test_resources(
      {kFlyerTemplate, kSourceDir + "/templates/mail.xml", kSourceDir + "/templates/agenda.xml"});
  return loaded;
}

const documents::MailSettings& mail_settings() {
  static const documents::MailSettings settings = [] {
    base::Diagnostics diagnostics;
    auto read = documents::read_mail_settings(
        *resources().find_template(kSourceDir + "/templates/mail.xml"), diagnostics);
    if (!read) ADD_FAILURE() << all_diagnostics(diagnostics);
    return read.value_or(documents::MailSettings{});
  }();
  return settings;
}

std::string flyer_pdf(const catalogue::SessionRef& ref) {
  base::Diagnostics diagnostics;
  const typeset::DocumentBox document =
      documents::build_flyer(edition_catalogue(), ref, *resources().find_template(kFlyerTemplate),
                             resources(), diagnostics);
  pdf::RenderResult rendered = pdf::render_pdf(document, resources().fonts(), {});
  EXPECT_TRUE(rendered.ok());
  return rendered.bytes;
}

documents::MailDraftInput input_for(const catalogue::SessionRef& ref, std::string pdf,
                                    std::optional<documents::MailAttachment> calendar = {}) {
  return {
      .catalogue = &edition_catalogue(),
      .session = ref,
      .recipients = {"secretariat@exemple.be"},
      .date = 1700000000,
      .flyer = {documents::flyer_file_name(ref.session->code, ref.course->title), std::move(pdf)},
      .calendar = std::move(calendar)};
}

struct Unref {
  void operator()(gpointer object) const { g_object_unref(object); }
};

// The message as GMime's parser reads it back.
std::unique_ptr<GMimeMessage, Unref> parsed(const std::string& bytes) {
  g_mime_init();
  std::unique_ptr<GMimeStream, Unref> stream(
      g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  std::unique_ptr<GMimeParser, Unref> parser(g_mime_parser_new_with_stream(stream.get()));
  return std::unique_ptr<GMimeMessage, Unref>(
      g_mime_parser_construct_message(parser.get(), nullptr));
}

// A leaf part's decoded content.
// "application/pdf": GMime gives a new string, the caller frees it.
std::string mime_type_of(GMimeObject* part) {
  char* type = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(part));
  std::string copy = type != nullptr ? type : "";
  g_free(type);
  return copy;
}

std::string content_of(GMimePart* part) {
  std::unique_ptr<GMimeStream, Unref> out(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(g_mime_part_get_content(part), out.get());
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
  return std::string(reinterpret_cast<const char*>(array->data), array->len);
}

TEST(MailDraft, ReadBackByGMimeWithTheFlyerAndTheCalendarAttachedByteForByte) {
  const catalogue::SessionRef& ref = edition_session("T2604");
  const std::string pdf = flyer_pdf(ref);
  const std::string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
  const documents::MailDraft draft = documents::build_mail_draft(
      input_for(ref, pdf, documents::MailAttachment{"T2604-echange-et-change-renforcer.ics", ics}),
      mail_settings());
  ASSERT_TRUE(draft.ok()) << all_diagnostics(draft.diagnostics);

  const auto message = parsed(draft.bytes);
  ASSERT_NE(message, nullptr);
  const std::string subject = g_mime_message_get_subject(message.get());
  EXPECT_EQ(subject,
            "Intervision T2604 – Echange et... change: renforcer les pratiques de tutorat grâce à "
            "l'intelligence collective et le partage de pratiques");
  const char* unsent = g_mime_object_get_header(GMIME_OBJECT(message.get()), "X-Unsent");
  ASSERT_NE(unsent, nullptr);
  EXPECT_STREQ(unsent, "1");
  EXPECT_STREQ(g_mime_message_get_message_id(message.get()), "2026-2027.T2604@www.tutorats.org");
  InternetAddressList* to = g_mime_message_get_to(message.get());
  ASSERT_EQ(internet_address_list_length(to), 1);
  EXPECT_STREQ(internet_address_mailbox_get_addr(
                   INTERNET_ADDRESS_MAILBOX(internet_address_list_get_address(to, 0))),
               "secretariat@exemple.be");
  EXPECT_EQ(g_date_time_to_unix(g_mime_message_get_date(message.get())), 1700000000);

  GMimeObject* top = g_mime_message_get_mime_part(message.get());
  ASSERT_TRUE(GMIME_IS_MULTIPART(top));
  GMimeMultipart* mixed = GMIME_MULTIPART(top);
  ASSERT_EQ(g_mime_multipart_get_count(mixed), 3);

  GMimeObject* text = g_mime_multipart_get_part(mixed, 0);
  ASSERT_TRUE(GMIME_IS_TEXT_PART(text));
  std::unique_ptr<char, decltype(&g_free)> body(g_mime_text_part_get_text(GMIME_TEXT_PART(text)),
                                                g_free);
  const std::string words = body.get();
  EXPECT_NE(words.find("Quand : 4 mardis matin : 22 septembre, 13 octobre, 17 novembre et 15 "
                       "décembre 2026, 9h30-12h30"),
            std::string::npos)
      << words;
  EXPECT_NE(words.find("Où : Namur"), std::string::npos);
  EXPECT_NE(words.find("https://www.tutorats.org — mentionnez le code T2604"), std::string::npos);
  EXPECT_NE(words.find("(T2604-echange-et-change-renforcer.pdf)"), std::string::npos);
  EXPECT_NE(words.find("Le fichier T2604-echange-et-change-renforcer.ics"), std::string::npos);
  EXPECT_STREQ(g_mime_object_get_content_type_parameter(text, "charset"), "utf-8");

  GMimeObject* flyer = g_mime_multipart_get_part(mixed, 1);
  ASSERT_TRUE(GMIME_IS_PART(flyer));
  EXPECT_EQ(mime_type_of(flyer), "application/pdf");
  EXPECT_STREQ(g_mime_part_get_filename(GMIME_PART(flyer)),
               "T2604-echange-et-change-renforcer.pdf");
  EXPECT_TRUE(g_mime_part_is_attachment(GMIME_PART(flyer)));
  EXPECT_TRUE(content_of(GMIME_PART(flyer)) == pdf);

  GMimeObject* calendar = g_mime_multipart_get_part(mixed, 2);
  EXPECT_EQ(mime_type_of(calendar), "text/calendar");
  EXPECT_STREQ(g_mime_object_get_content_type_parameter(calendar, "method"), "PUBLISH");
  EXPECT_TRUE(content_of(GMIME_PART(calendar)) == ics);
}

TEST(MailDraft, LinesStayWithinTheLimitsAndEndWithCrLf) {
  const catalogue::SessionRef& ref = edition_session("T2612");
  const documents::MailDraft draft =
      documents::build_mail_draft(input_for(ref, flyer_pdf(ref)), mail_settings());
  // RFC 5322's 78 characters a line (headers folded, quoted-printable and
  // base64 at 76).
  std::size_t begin = 0;
  while (begin < draft.bytes.size()) {
    const std::size_t end = draft.bytes.find("\r\n", begin);
    ASSERT_NE(end, std::string::npos) << "a line without CRLF at " << begin;
    const std::size_t length = end - begin;
    EXPECT_LE(length, 78u) << draft.bytes.substr(begin, length);
    EXPECT_EQ(draft.bytes.substr(begin, length).find('\n'), std::string::npos);
    begin = end + 2;
  }
  // Only ASCII: the subject in encoded words, the body in quoted-printable.
  EXPECT_TRUE(std::all_of(draft.bytes.begin(), draft.bytes.end(),
                          [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
}

TEST(MailDraft, SameInputsSameBytes) {
  const catalogue::SessionRef& ref = edition_session("T2605");
  const std::string pdf = flyer_pdf(ref);
  const documents::MailDraft first =
      documents::build_mail_draft(input_for(ref, pdf), mail_settings());
  const documents::MailDraft again =
      documents::build_mail_draft(input_for(ref, pdf), mail_settings());
  EXPECT_TRUE(first.bytes == again.bytes);
  EXPECT_NE(first.bytes.find("boundary=\"=-brochure-2026-2027-T2605\""), std::string::npos);
  // Without a calendar, the body says nothing of one (its line left out).
  EXPECT_EQ(first.bytes.find("agenda"), std::string::npos);
}

TEST(MailDraft, WithoutRecipientsNoToHeader) {
  const catalogue::SessionRef& ref = edition_session("T2609");
  documents::MailDraftInput input = input_for(ref, "%PDF-1.3 stand-in");
  input.recipients.clear();
  const documents::MailDraft draft = documents::build_mail_draft(input, mail_settings());
  EXPECT_EQ(draft.bytes.find("\r\nTo:"), std::string::npos);
  // A session without hours: said in the body.
  EXPECT_NE(parsed(draft.bytes), nullptr);
  EXPECT_NE(draft.bytes.find("horaire communiqu"), std::string::npos);
}

TEST(MailDraft, ATemplateFieldThatDoesNotExistIsReportedAtItsPlace) {
  std::string xml = read_file(kSourceDir + "/templates/mail.xml");
  const std::size_t at = xml.find("<text name=\"mail-subject\">");
  ASSERT_NE(at, std::string::npos);
  xml.replace(xml.find("{code}", at), 6, "{cote}");
  const typeset::TemplateResult tmpl = typeset::parse_template(xml, "templates/mail.xml");
  ASSERT_TRUE(tmpl.value);
  base::Diagnostics diagnostics;
  EXPECT_FALSE(documents::read_mail_settings(*tmpl.value, diagnostics));
  const int line =
      static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<long>(at), '\n')) + 1;
  const std::string messages = all_diagnostics(diagnostics);
  EXPECT_TRUE(messages.starts_with("templates/mail.xml:" + std::to_string(line) +
                                   ":3: error: le texte « mail-subject » utilise le champ {cote}, "
                                   "que le brouillon de mail ne connaît pas (champs possibles : "))
      << messages;
}

}  // namespace
