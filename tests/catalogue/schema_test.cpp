// The XSD schema (xml/catalogue.xsd) against the catalogues of the repository
// and against small catalogues, each broken in one way the schema promises to
// catch. The editor of the catalogue relies on the schema to complete and check
// the file as it is typed, so a schema that accepts everything is a bug too.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../support/process.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = BROCHURE_SOURCE_DIR;
const fs::path kSchema = kSourceDir / "xml" / "catalogue.xsd";

using test_support::shell_quoted;
using RunResult = test_support::CommandResult;

RunResult validate(const fs::path& file) {
  return test_support::run_command("xmllint --noout --schema " + shell_quoted(kSchema.string()) +
                                       " " + shell_quoted(file.string()),
                                   test_support::Stderr::merged);
}

// A temporary file removed at the end of the test.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : path_(fs::temp_directory_path() /
              ("brochure-schema-" + std::to_string(getpid()) + "-" + name + ".xml")) {
    std::ofstream out(path_, std::ios::binary);
    out << content;
  }
  ~TempFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// The smallest useful catalogue: one section, one course, one session, a sheet
// with a nested list and generated rows. Each test below breaks one thing.
const std::string kMinimal = R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xsi:noNamespaceSchemaLocation="catalogue.xsd"
           edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers &amp; Intervisions Tutorat</title>
  <publisher website="https://www.tutorats.org">Fonds social des Milieux d'Accueil d'Enfants</publisher>
  <registration website="https://www.tutorats.org/inscription?edition=2026" mention-code="true"
                email="inscriptions@tutorats.org" phone="+32 2 123 45 67" price="Gratuit">
    Places limitées : <strong>inscrivez-vous tôt</strong>.
  </registration>
  <operators>
    <operator id="le-grain">Le Grain</operator>
  </operators>
  <section kind="atelier" title="Ateliers">
    <note>Durée : 1 jour ou 2 jours.</note>
    <legend>Public MAE &amp; ECOLE</legend>
    <course operator="le-grain" open-to-schools="true">
      <title>Anticiper la venue d'un stagiaire</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <place city="Bruxelles">APEF – 9<sup>ème</sup> étage</place>
        <registration deadline="2026-09-10" email="le-grain@example.be"/>
      </session>
      <sheet>
        <row label="Objectifs spécifiques">
          <p>Pour :</p>
          <ul>
            <li>Créer une culture <em>commune</em>.
              <ol start="2"><li>Un</li><li>Deux</li></ol>
            </li>
          </ul>
        </row>
        <row label="Horaire" generate="hours">(comprenant 1h de pause le midi)</row>
        <row label="Date et lieu" generate="dates-and-place" session="T2605"/>
      </sheet>
    </course>
  </section>
</catalogue>
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "pas trouvé dans le catalogue minimal : " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(Schema, IsAValidSchemaThatAcceptsTheMinimalCatalogue) {
  TempFile file("minimal", kMinimal);
  const RunResult result = validate(file.path());
  EXPECT_EQ(result.exit_code, 0) << result.output;
}

// A title takes a superscript (9<sup>e</sup>), as the reader does (other markup
// is refused: see the breakages below).
TEST(Schema, TitlesTakeASuperscript) {
  TempFile sup("title-sup", replaced(kMinimal, "<title>Anticiper la venue d'un stagiaire</title>",
                                     "<title>La 2<sup>e</sup> venue d'un stagiaire</title>"));
  EXPECT_EQ(validate(sup.path()).exit_code, 0) << validate(sup.path()).output;
}

TEST(Schema, AcceptsEveryCatalogueOfTheRepository) {
  std::vector<fs::path> catalogues;
  for (const fs::directory_entry& entry : fs::directory_iterator(kSourceDir / "xml")) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") {
      catalogues.push_back(entry.path());
    }
  }
  std::sort(catalogues.begin(), catalogues.end());
  ASSERT_FALSE(catalogues.empty());
  EXPECT_NE(std::find(catalogues.begin(), catalogues.end(), kSourceDir / "xml" / "2026-2027.xml"),
            catalogues.end());
  for (const fs::path& catalogue : catalogues) {
    const RunResult result = validate(catalogue);
    EXPECT_EQ(result.exit_code, 0) << catalogue << "\n" << result.output;
  }
}

struct Breakage {
  const char* name;
  const char* from;
  const char* to;
};

class SchemaRejects : public testing::TestWithParam<Breakage> {};

TEST_P(SchemaRejects, TheBrokenCatalogue) {
  const Breakage& breakage = GetParam();
  TempFile file(breakage.name, replaced(kMinimal, breakage.from, breakage.to));
  const RunResult result = validate(file.path());
  EXPECT_NE(result.exit_code, 0) << "accepté à tort :\n" << result.output;
  // xmllint's exit code 3 is "validation error"; anything else means the
  // schema or the file could not be read, which would prove nothing.
  EXPECT_EQ(result.exit_code, 3) << result.output;
}

INSTANTIATE_TEST_SUITE_P(
    Breakages, SchemaRejects,
    testing::Values(
        Breakage{"impossible_date", R"(date="2026-09-24")", R"(date="2026-02-30")"},
        Breakage{"french_date", R"(date="2026-09-24")", R"(date="24-09-2026")"},
        Breakage{"time_without_zero", R"(start="09:30")", R"(start="9h30")"},
        Breakage{"unknown_operator", R"(operator="le-grain")", R"(operator="grain")"},
        Breakage{"operator_id_upper_case", R"(id="le-grain")", R"(id="Le-Grain")"},
        Breakage{"bad_kind", R"(kind="atelier")", R"(kind="ateliers")"},
        Breakage{"code_with_space", R"(code="T2605")", R"(code="T 2605")"},
        Breakage{"duplicate_code", "</session>",
                 "</session>\n      <session code=\"T2605\"><day date=\"2026-10-01\"/>"
                 "<place city=\"Namur\"/></session>"},
        Breakage{"open_to_schools_yes", R"(open-to-schools="true")", R"(open-to-schools="oui")"},
        Breakage{"row_session_of_no_session_of_the_course", R"(session="T2605")",
                 R"(session="T2606")"},
        Breakage{"unknown_generator", R"(generate="hours")", R"(generate="heures")"},
        Breakage{"session_without_day", R"(<day date="2026-09-24"/>)", ""},
        Breakage{"presentation_markup", "<em>commune</em>", "<b>commune</b>"},
        Breakage{"text_directly_in_list", "<ul>", "<ul>• "},
        Breakage{"row_without_label", R"(<row label="Objectifs spécifiques">)", "<row>"},
        // (An empty title is the reader's to refuse: XSD 1.0 cannot require text in
        // an element that may hold <sup>.)
        Breakage{"markup_in_title", "<title>Anticiper la venue d'un stagiaire</title>",
                 "<title>Anticiper la <em>venue</em></title>"},
        Breakage{"place_without_city", R"(<place city="Bruxelles">)", "<place>"},
        Breakage{"email_without_at", R"(email="inscriptions@tutorats.org")",
                 R"(email="inscriptions.tutorats.org")"},
        Breakage{"email_with_space", R"(email="le-grain@example.be")",
                 R"(email="le grain@example.be")"},
        Breakage{"email_without_domain_dot", R"(email="le-grain@example.be")",
                 R"(email="le-grain@example")"},
        Breakage{"website_without_scheme", R"(website="https://www.tutorats.org/inscription)",
                 R"(website="www.tutorats.org/inscription)"},
        Breakage{"website_with_space", R"(website="https://www.tutorats.org/inscription)",
                 R"(website="https://www.tutorats .org/inscription)"},
        Breakage{"phone_with_letters", R"(phone="+32 2 123 45 67")", R"(phone="02 CALL NOW")"},
        Breakage{"deadline_in_french", R"(deadline="2026-09-10")", R"(deadline="10/09/2026")"},
        Breakage{"mention_code_yes", R"(mention-code="true")", R"(mention-code="oui")"},
        Breakage{"registration_attribute_unknown", R"(price="Gratuit")", R"(prix="Gratuit")"},
        Breakage{"registration_before_place",
                 R"(<place city="Bruxelles">APEF – 9<sup>ème</sup> étage</place>
        <registration deadline="2026-09-10" email="le-grain@example.be"/>)",
                 R"(<registration deadline="2026-09-10" email="le-grain@example.be"/>
        <place city="Bruxelles">APEF – 9<sup>ème</sup> étage</place>)"}),
    [](const testing::TestParamInfo<Breakage>& info) { return std::string(info.param.name); });

}  // namespace
