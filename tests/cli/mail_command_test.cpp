// brochure mail, end to end in-process on a small catalogue: a draft per
// session beside its flyer and calendar, both attached byte for byte, read
// back by Python's email package (a parser independent of GMime); recipients;
// and the mistakes — a malformed address, a template field that does not
// exist, an output folder that cannot be one — said in French before anything
// is written.
#include <gtest/gtest.h>

#include <cstdlib>

#include "cli_test_support.hpp"

namespace {

using namespace cli_test;
namespace fs = std::filesystem;

// The small catalogue with the edition's registration block.
const std::string kCatalogue =
    replaced(kSmallCatalogue, "</publisher>\n",
             "</publisher>\n  <registration website=\"https://www.tutorats.org\" "
             "mention-code=\"true\"/>\n");

std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
  std::vector<std::string> lines;
  for (const std::string& line : lines_of(text)) {
    if (line.starts_with(prefix)) lines.push_back(line.substr(prefix.size()));
  }
  return lines;
}

TEST(Mail, WritesADraftPerSessionWithItsFlyerAndCalendarAttachedByteForByte) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const fs::path out = dir.path() / "out";
  const cli_test::CliResult result = run_in_process({"mail", catalogue, "--out", out.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // Per session its flyer, its calendar and its draft; then the edition's calendar.
  const std::vector<std::string> written = lines_starting(result.out, "écrit ");
  ASSERT_EQ(written.size(), 13u) << result.out;
  EXPECT_TRUE(written[2].starts_with((out / "mail" / (kSmallSessions[0] + ".eml")).string()))
      << written[2];

  for (const std::string& session : kSmallSessions) {
    SCOPED_TRACE(session);
    const fs::path eml = out / "mail" / (session + ".eml");
    ASSERT_TRUE(fs::exists(eml));
    const fs::path saved = dir.path() / ("pieces-" + session);
    fs::create_directories(saved);
    const test_support::CommandResult read =
        test_support::run_reader(BROCHURE_SOURCE_DIR, "read_eml.py", eml.string(), saved.string());
    ASSERT_EQ(read.exit_code, 0) << read.output;
    const std::string code = session.substr(0, 5);
    EXPECT_NE(read.output.find("subject: "), std::string::npos);
    EXPECT_NE(lines_starting(read.output, "subject: ").at(0).find(code), std::string::npos)
        << read.output;
    EXPECT_NE(read.output.find("x-unsent: 1\n"), std::string::npos) << read.output;
    EXPECT_NE(read.output.find("defects: 0\n"), std::string::npos) << read.output;
    const std::vector<std::string> attachments = lines_starting(read.output, "attachment: ");
    ASSERT_EQ(attachments.size(), 2u) << read.output;
    EXPECT_TRUE(attachments[0].starts_with("application/pdf; name=" + session + ".pdf; " + session +
                                           ".pdf; "))
        << attachments[0];
    EXPECT_TRUE(attachments[1].starts_with("text/calendar; name=" + session +
                                           ".ics; method=PUBLISH; charset=utf-8; "))
        << attachments[1];
    EXPECT_TRUE(read_file(saved / (session + ".pdf")) ==
                read_file(out / "flyers" / (session + ".pdf")));
    EXPECT_TRUE(read_file(saved / (session + ".ics")) ==
                read_file(out / "agenda" / (session + ".ics")));
    // The body says how to register, with the code to give.
    EXPECT_NE(read.output.find("mentionnez le code " + code), std::string::npos) << read.output;
    EXPECT_EQ(read.output.find("{"), std::string::npos) << "a field left unfilled";
  }
}

TEST(Mail, RecipientsGoInTheToHeader) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(run_in_process({"mail", catalogue, "--out", out.string(), "--to",
                            "secretariat@exemple.be", "--to", "a@b.be, c.d@e-f.org"})
                .exit_code,
            0);
  const test_support::CommandResult read = test_support::run_reader(
      BROCHURE_SOURCE_DIR, "read_eml.py", (out / "mail" / (kSmallSessions[1] + ".eml")).string());
  EXPECT_EQ(lines_starting(read.output, "to: "),
            (std::vector<std::string>{"secretariat@exemple.be, a@b.be, c.d@e-f.org"}))
      << read.output;
}

TEST(Mail, AMalformedAddressIsAUsageError) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const cli_test::CliResult result =
      run_in_process({"mail", catalogue, "--out", (dir.path() / "out").string(), "--to",
                      "secretariat.exemple.be"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--to : l'adresse e-mail « secretariat.exemple.be » n'a pas de « @ »"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST(Mail, ATemplateFieldThatDoesNotExistIsReportedAtItsPlaceAndNothingIsWritten) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const std::string mail_template = dir.write(
      "mail.xml", replaced(read_file(std::string(BROCHURE_SOURCE_DIR) + "/templates/mail.xml"),
                           "Bonjour,", "Bonjour {destinataire},"));
  const fs::path out = dir.path() / "out";
  const cli_test::CliResult result =
      run_in_process({"mail", catalogue, "--out", out.string(), "--mail-template", mail_template});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(mail_template + ":"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(": error: le texte « mail-body » utilise le champ {destinataire}, que "
                            "le brouillon de mail ne connaît pas (champs possibles : {title}, "),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("aucun fichier écrit"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(Mail, AMailFolderThatCannotBeOneReplacesNothing) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const fs::path out = dir.path() / "out";
  fs::create_directories(out);
  std::ofstream(out / "mail") << "un fichier";
  const cli_test::CliResult result = run_in_process({"mail", catalogue, "--out", out.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("« " + (out / "mail").string() + " » existe mais n'est pas un dossier"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("aucun fichier remplacé"), std::string::npos) << result.err;
  EXPECT_EQ(count_files(out), 1u) << "only the file that was there";
  EXPECT_EQ(read_file(out / "mail"), "un fichier");
}

TEST(Mail, SameBytesEveryRunAndTheDateFromSourceDateEpoch) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const fs::path first = dir.path() / "un";
  const fs::path second = dir.path() / "deux";
  ASSERT_EQ(run_in_process({"mail", catalogue, "--out", first.string(), "-j", "1"}).exit_code, 0);
  ASSERT_EQ(run_in_process({"mail", catalogue, "--out", second.string(), "-j", "2"}).exit_code, 0);
  for (const std::string& session : kSmallSessions) {
    EXPECT_TRUE(read_file(first / "mail" / (session + ".eml")) ==
                read_file(second / "mail" / (session + ".eml")))
        << session;
  }
  // Without SOURCE_DATE_EPOCH: the edition's first day.
  EXPECT_NE(read_file(first / "mail" / (kSmallSessions[0] + ".eml"))
                .find("Date: Tue, 01 Sep 2026 00:00:00 +0000\r\n"),
            std::string::npos);
  // With it (each test runs in a process of its own: the variable stays here).
  const fs::path dated = dir.path() / "date";
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const cli_test::CliResult result = run_in_process({"mail", catalogue, "--out", dated.string()});
  ::unsetenv("SOURCE_DATE_EPOCH");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(read_file(dated / "mail" / (kSmallSessions[0] + ".eml"))
                .find("Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n"),
            std::string::npos);
  EXPECT_NE(read_file(dated / "agenda" / (kSmallSessions[0] + ".ics"))
                .find("DTSTAMP:20231114T221320Z\r\n"),
            std::string::npos);
}

// A mail program opens the draft: mutt, run in a pseudo-terminal, decodes it,
// pipes the text out and saves the attachment, which is the flyer byte for
// byte. Skipped where mutt (a test prerequisite) is not installed.
TEST(Mail, MuttOpensTheDraftAndSavesTheFlyer) {
  if (std::system("command -v mutt >/dev/null 2>&1 && command -v script >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "mutt n'est pas installé (tools/missing-packages.sh)";
  }
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kCatalogue);
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(run_in_process({"mail", catalogue, "--out", out.string()}).exit_code, 0);
  const fs::path box = dir.path() / "boite";
  for (const char* sub : {"cur", "new", "tmp"}) fs::create_directories(box / sub);
  fs::copy_file(out / "mail" / (kSmallSessions[1] + ".eml"), box / "cur" / "1:2,S");
  const fs::path muttrc = dir.path() / "muttrc";
  std::ofstream(muttrc) << "set folder=" << box.string() << "\nset spoolfile=" << box.string()
                        << "\nset mbox=" << box.string()
                        << "\nset record=\nset postponed=" << box.string()
                        << "\nset header_cache=\nset charset=utf-8\nset pipe_decode=yes\n"
                           "set wait_key=no\nset quit=yes\n";
  const fs::path text = dir.path() / "texte.txt";
  const fs::path saved = dir.path() / "enregistre.pdf";
  const std::string keys = "<pipe-message>cat > " + text.string() +
                           "<enter><view-attachments><next-entry><save-entry><kill-line>" +
                           saved.string() + "<enter><exit><quit>";
  const std::string mutt = "mutt -n -F " + test_support::shell_quoted(muttrc.string()) + " -R -f " +
                           test_support::shell_quoted(box.string()) + " -e " +
                           test_support::shell_quoted("push \"" + keys + "\"");
  const test_support::CommandResult run = test_support::run_command(
      "TERM=xterm timeout 60 script -q -c " + test_support::shell_quoted(mutt) + " /dev/null",
      test_support::Stderr::merged);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string decoded = read_file(text);
  EXPECT_NE(decoded.find("Subject: Atelier T2605 – Anticiper la venue d'un stagiaire"),
            std::string::npos)
      << decoded;
  EXPECT_NE(decoded.find("Quand : Jeudi 24 septembre 2026, 9h30-16h30"), std::string::npos)
      << decoded;
  EXPECT_TRUE(read_file(saved) == read_file(out / "flyers" / (kSmallSessions[1] + ".pdf")));
}

}  // namespace
