// The reader builds the model the documents rely on: values, rich text, white
// space, links, inherited hours and exact positions.
#include "catalogue/reader.hpp"

#include <gtest/gtest.h>

#include <string>

#include "catalogue/contact_forms.hpp"
#include "catalogue/links.hpp"

namespace catalogue {
namespace {

// Eight lines, so that what follows starts on line 9.
constexpr std::string_view kHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers &amp; Intervisions   Tutorat</title>
  <publisher website="https://www.tutorats.org">Fonds social</publisher>
  <operators>
    <operator id="le-grain">Le Grain</operator>
  </operators>
  <section kind="atelier" title="Ateliers">
)";
constexpr std::string_view kTail = "  </section>\n</catalogue>\n";

std::string catalogue_with(std::string_view courses) {
  return std::string(kHead) + std::string(courses) + std::string(kTail);
}

// A course whose sheet's first row (line 16) is `row`.
std::string catalogue_with_row(std::string_view row) {
  return catalogue_with(R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <place city="Bruxelles"/>
      </session>
      <sheet>
        )" + std::string(row) +
                        R"(
      </sheet>
    </course>
)");
}

std::string all_diagnostics(const LoadResult& result) {
  std::string out;
  for (const base::Diagnostic& d : result.diagnostics.items())
    out += base::format_diagnostic(d) + "\n";
  return out;
}

const Catalogue& loaded(const LoadResult& result) {
  EXPECT_TRUE(result.value.has_value()) << all_diagnostics(result);
  static const Catalogue empty;
  return result.value ? *result.value : empty;
}

const RichText& first_row(const LoadResult& result) {
  static const RichText empty;
  const Catalogue& catalogue = loaded(result);
  if (catalogue.sections.empty() || !catalogue.sections[0].courses[0].sheet) return empty;
  return catalogue.sections[0].courses[0].sheet->rows[0].content;
}

const std::vector<TextRun>& single_paragraph_runs(const RichText& text) {
  static const std::vector<TextRun> none;
  EXPECT_EQ(text.blocks.size(), 1u);
  if (text.blocks.size() != 1 || text.blocks[0].kind != Block::Kind::paragraph) return none;
  return text.blocks[0].paragraph.runs;
}

TEST(Reader, BuildsCatalogueValues) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with(R"(    <course operator="le-grain" open-to-schools="true">
      <title>Anticiper la venue
        d'un stagiaire</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <day date="2026-10-01" start="09:00"/>
        <place city="Bruxelles">Le Grain : Rue du Marteau 19</place>
      </session>
    </course>
)"),
      "cat.xml");
  const Catalogue& catalogue = loaded(result);
  ASSERT_EQ(catalogue.sections.size(), 1u);
  EXPECT_EQ(catalogue.source_path, "cat.xml");
  EXPECT_EQ(catalogue.edition, "2026-2027");
  EXPECT_EQ(catalogue.title, "Ateliers & Intervisions Tutorat");
  EXPECT_EQ(catalogue.period_start, (Date{2026, 9, 1}));
  EXPECT_EQ(catalogue.period_end, (Date{2027, 6, 30}));
  EXPECT_EQ(catalogue.publisher.name, "Fonds social");
  EXPECT_EQ(catalogue.publisher.website, "https://www.tutorats.org");
  ASSERT_EQ(catalogue.operators.size(), 1u);
  EXPECT_EQ(catalogue.operators[0].id, "le-grain");
  EXPECT_EQ(catalogue.operators[0].name, "Le Grain");
  EXPECT_EQ(catalogue.operators[0].position, (base::SourcePosition{6, 5}));

  const Section& section = catalogue.sections[0];
  EXPECT_EQ(section.kind, CourseKind::atelier);
  EXPECT_EQ(section.title, "Ateliers");
  ASSERT_EQ(section.courses.size(), 1u);
  const Course& course = section.courses[0];
  EXPECT_EQ(course.position, (base::SourcePosition{9, 5}));
  EXPECT_EQ(course.operator_id, "le-grain");
  EXPECT_EQ(course.kind, CourseKind::atelier);
  EXPECT_TRUE(course.open_to_schools);
  EXPECT_EQ(course.title, "Anticiper la venue d'un stagiaire");
  EXPECT_FALSE(course.sheet.has_value());
  ASSERT_EQ(course.sessions.size(), 1u);
  const Session& session = course.sessions[0];
  EXPECT_EQ(session.code, "T2605");
  EXPECT_EQ(session.position, (base::SourcePosition{12, 7}));
  ASSERT_EQ(session.days.size(), 2u);
  EXPECT_EQ(session.days[0].date, (Date{2026, 9, 24}));
  EXPECT_EQ(session.days[0].position, (base::SourcePosition{13, 9}));
  // Hours are inherited from the session unless the day gives its own.
  EXPECT_EQ(session.days[0].start, TimeOfDay{9 * 60 + 30});
  EXPECT_EQ(session.days[0].end, TimeOfDay{16 * 60 + 30});
  EXPECT_EQ(session.days[1].start, TimeOfDay{9 * 60});
  EXPECT_EQ(session.days[1].end, TimeOfDay{16 * 60 + 30});
  EXPECT_EQ(session.place.city, "Bruxelles");
  EXPECT_EQ(plain_text(session.place.address), "Le Grain : Rue du Marteau 19");
  EXPECT_EQ(session.place.position, (base::SourcePosition{15, 9}));
  // The only diagnostic: this session has no sheet.
  ASSERT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(result.diagnostics.items()[0].severity, base::Severity::warning);
}

// The « éditeur responsable » is optional: read as written when given, empty
// (nothing printed, nothing made up) when not; an empty one is an error.
TEST(Reader, ResponsibleEditorIsOptional) {
  const std::string course = R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2605"><day date="2026-09-24"/><place city="Bruxelles"/></session>
    </course>
)";
  EXPECT_EQ(loaded(load_catalogue_from_string(catalogue_with(course), "cat.xml"))
                .publisher.responsible_editor,
            "");
  std::string with_editor = catalogue_with(course);
  const std::string publisher_end = "</publisher>\n";
  with_editor.insert(with_editor.find(publisher_end) + publisher_end.size(),
                     "  <responsible-editor>Marie Dupont, Rue Haute 1,\n    1000 "
                     "Bruxelles</responsible-editor>\n");
  EXPECT_EQ(loaded(load_catalogue_from_string(with_editor, "cat.xml")).publisher.responsible_editor,
            "Marie Dupont, Rue Haute 1, 1000 Bruxelles");
  std::string empty = catalogue_with(course);
  empty.insert(empty.find(publisher_end) + publisher_end.size(),
               "  <responsible-editor> </responsible-editor>\n");
  const LoadResult refused = load_catalogue_from_string(empty, "cat.xml");
  EXPECT_NE(all_diagnostics(refused).find("cat.xml:5:3: error: l'éditeur responsable est vide"),
            std::string::npos)
      << all_diagnostics(refused);
}

TEST(Reader, SessionWithoutHoursHasNone) {
  const LoadResult result =
      load_catalogue_from_string(catalogue_with(R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2609">
        <day date="2026-10-13"/>
        <place city="Bruxelles"/>
      </session>
    </course>
)"),
                                 "cat.xml");
  const Day& day = loaded(result).sections.at(0).courses.at(0).sessions.at(0).days.at(0);
  EXPECT_FALSE(day.start.has_value());
  EXPECT_FALSE(day.end.has_value());
  EXPECT_TRUE(loaded(result).sections[0].courses[0].sessions[0].place.address.runs.empty());
}

TEST(Reader, KindComesFromTheSection) {
  std::string xml = catalogue_with(R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2701"><day date="2027-01-21"/><place city="Namur"/></session>
    </course>
)");
  xml.replace(xml.find(R"(kind="atelier")"), 14, R"(kind="intervision")");
  const LoadResult result = load_catalogue_from_string(xml, "cat.xml");
  EXPECT_EQ(loaded(result).sections.at(0).kind, CourseKind::intervision);
  EXPECT_EQ(loaded(result).sections.at(0).courses.at(0).kind, CourseKind::intervision);
}

TEST(Reader, NestedInlineStylesCombine) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(
          R"(<row label="L">Un <strong>gras <em>et italique</em></strong> 9<sup>ème</sup></row>)"),
      "cat.xml");
  const std::vector<TextRun>& runs = single_paragraph_runs(first_row(result));
  ASSERT_EQ(runs.size(), 5u);
  EXPECT_EQ(runs[0].text, "Un ");
  EXPECT_EQ(runs[0].style, kRegular);
  EXPECT_EQ(runs[1].text, "gras ");
  EXPECT_EQ(runs[1].style, kBold);
  EXPECT_EQ(runs[2].text, "et italique");
  EXPECT_EQ(runs[2].style, kBold | kItalic);
  EXPECT_EQ(runs[3].text, " 9");
  EXPECT_EQ(runs[3].style, kRegular);
  EXPECT_EQ(runs[4].text, "ème");
  EXPECT_EQ(runs[4].style, kSuperscript);
}

TEST(Reader, WhiteSpaceCollapsesLikeHtml) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row("<row label=\"L\">\n"
                         "  Un\t\ttexte\n"
                         "     sur deux lignes <em>a</em> <strong>b</strong>\n"
                         "  <em> c </em> d  </row>"),
      "cat.xml");
  const std::vector<TextRun>& runs = single_paragraph_runs(first_row(result));
  ASSERT_EQ(runs.size(), 7u);
  EXPECT_EQ(runs[0].text, "Un texte sur deux lignes ");
  EXPECT_EQ(runs[1].text, "a");
  // The space between two inline elements is kept, once.
  EXPECT_EQ(runs[2].text, " ");
  EXPECT_EQ(runs[2].style, kRegular);
  EXPECT_EQ(runs[3].text, "b");
  EXPECT_EQ(runs[4].text, " ");
  EXPECT_EQ(runs[5].text, "c ");
  EXPECT_EQ(runs[5].style, kItalic);
  // Trailing white space of the paragraph is gone.
  EXPECT_EQ(runs[6].text, "d");
  EXPECT_EQ(plain_text(first_row(result)), "Un texte sur deux lignes a b c d");
}

TEST(Reader, LineBreakDropsSurroundingSpace) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(R"(<row label="Horaires">Matin : 9h30-12h30 <br/>
        Après-midi : 13h30-16h30</row>)"),
      "cat.xml");
  const std::vector<TextRun>& runs = single_paragraph_runs(first_row(result));
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text, "Matin : 9h30-12h30");
  EXPECT_TRUE(runs[1].line_break);
  EXPECT_EQ(runs[1].position, (base::SourcePosition{16, 50}));
  EXPECT_EQ(runs[2].text, "Après-midi : 13h30-16h30");
  EXPECT_EQ(runs[2].position, (base::SourcePosition{17, 9}));
}

TEST(Reader, PlainUrlsBecomeLinks) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(
          R"(<row label="L">Voir www.tutorats.org. Et (http://hdl.handle.net/2268/194397), puis <a href="https://x.be/outils">la boîte</a>.</row>)"),
      "cat.xml");
  const std::vector<TextRun>& runs = single_paragraph_runs(first_row(result));
  ASSERT_EQ(runs.size(), 7u);
  EXPECT_EQ(runs[0].text, "Voir ");
  EXPECT_EQ(runs[0].link, "");
  EXPECT_EQ(runs[1].text, "www.tutorats.org");
  EXPECT_EQ(runs[1].link, "https://www.tutorats.org");
  EXPECT_EQ(runs[1].position, (base::SourcePosition{16, 29}));
  EXPECT_EQ(runs[2].text, ". Et (");
  EXPECT_EQ(runs[3].text, "http://hdl.handle.net/2268/194397");
  EXPECT_EQ(runs[3].link, "http://hdl.handle.net/2268/194397");
  EXPECT_EQ(runs[4].text, "), puis ");
  EXPECT_EQ(runs[5].text, "la boîte");
  EXPECT_EQ(runs[5].link, "https://x.be/outils");
  EXPECT_EQ(runs[6].text, ".");
}

TEST(Reader, BlocksAndLooseTextMakeParagraphsAndLists) {
  const LoadResult result = load_catalogue_from_string(catalogue_with_row(R"(<row label="Programme">
          Introduction
          <ol start="3">
            <li>Accueil
              <ul>
                <li><p>Présentation</p></li>
                <li>Attentes</li>
              </ul>
            </li>
          </ol>
          <p>Après-midi :</p>
          Conclusion
        </row>)"),
                                                       "cat.xml");
  const RichText& text = first_row(result);
  ASSERT_EQ(text.blocks.size(), 4u);
  ASSERT_EQ(text.blocks[0].kind, Block::Kind::paragraph);
  EXPECT_EQ(plain_text(text.blocks[0].paragraph), "Introduction");
  EXPECT_EQ(text.blocks[0].paragraph.position, (base::SourcePosition{17, 11}));
  ASSERT_EQ(text.blocks[1].kind, Block::Kind::list);
  const List& list = text.blocks[1].list;
  EXPECT_TRUE(list.ordered);
  EXPECT_EQ(list.start, 3);
  EXPECT_EQ(list.position, (base::SourcePosition{18, 11}));
  ASSERT_EQ(list.items.size(), 1u);
  const ListItem& item = list.items[0];
  EXPECT_EQ(item.position, (base::SourcePosition{19, 13}));
  ASSERT_EQ(item.blocks.size(), 2u);
  EXPECT_EQ(plain_text(item.blocks[0].paragraph), "Accueil");
  ASSERT_EQ(item.blocks[1].kind, Block::Kind::list);
  const List& nested = item.blocks[1].list;
  EXPECT_FALSE(nested.ordered);
  ASSERT_EQ(nested.items.size(), 2u);
  EXPECT_EQ(plain_text(nested.items[0].blocks.at(0).paragraph), "Présentation");
  EXPECT_EQ(plain_text(nested.items[1].blocks.at(0).paragraph), "Attentes");
  ASSERT_EQ(text.blocks[2].kind, Block::Kind::paragraph);
  EXPECT_EQ(plain_text(text.blocks[2].paragraph), "Après-midi :");
  EXPECT_EQ(text.blocks[2].paragraph.position, (base::SourcePosition{26, 11}));
  EXPECT_EQ(plain_text(text.blocks[3].paragraph), "Conclusion");
}

TEST(Reader, PositionsCountCharactersNotBytes) {
  // "é" and "è" take two bytes each; the tab counts as one column.
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row("<row label=\"Méthode\">\tÉté <em>&amp; hiver</em> www.a.be</row>"),
      "cat.xml");
  const std::vector<TextRun>& runs = single_paragraph_runs(first_row(result));
  ASSERT_EQ(runs.size(), 4u);
  EXPECT_EQ(runs[0].text, "Été ");
  EXPECT_EQ(runs[0].position, (base::SourcePosition{16, 31}));
  EXPECT_EQ(runs[1].text, "& hiver");
  EXPECT_EQ(runs[1].position, (base::SourcePosition{16, 39}));
  EXPECT_EQ(runs[3].text, "www.a.be");
  EXPECT_EQ(runs[3].position, (base::SourcePosition{16, 56}));
}

TEST(Reader, DecodesEntitiesAndCdata) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(R"(<row label="L">&lt;a&gt; &#233;t&#xE9; <![CDATA[x & y]]></row>)"),
      "cat.xml");
  EXPECT_EQ(plain_text(first_row(result)), "<a> été x & y");
}

TEST(Reader, GeneratedRowsKeepTheirNoteAndSession) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row(R"(<row label="Horaire" generate="hours">(comprenant 1h de pause)</row>
        <row label="Date et lieu" generate="dates-and-place" session="T2605"/>)"),
      "cat.xml");
  const Sheet& sheet = *loaded(result).sections.at(0).courses.at(0).sheet;
  ASSERT_EQ(sheet.rows.size(), 2u);
  EXPECT_EQ(sheet.rows[0].generated, SheetRow::Generated::hours);
  EXPECT_EQ(plain_text(sheet.rows[0].content), "(comprenant 1h de pause)");
  EXPECT_EQ(sheet.rows[1].generated, SheetRow::Generated::dates_and_place);
  EXPECT_EQ(sheet.rows[1].session_code, "T2605");
  EXPECT_TRUE(sheet.rows[1].content.blocks.empty());
  EXPECT_EQ(sheet.rows[1].position, (base::SourcePosition{17, 9}));
  EXPECT_TRUE(result.diagnostics.empty()) << all_diagnostics(result);
}

TEST(Reader, ReportsEveryProblemNotOnlyTheFirst) {
  const LoadResult result =
      load_catalogue_from_string(catalogue_with(R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T1" strat="09:30">
        <dat date="2026-09-24"/>
        <place city="Bruxelles"/>
      </session>
    </course>
)"),
                                 "cat.xml");
  EXPECT_FALSE(result.value.has_value());
  EXPECT_EQ(all_diagnostics(result),
            "cat.xml:11:7: error: il manque l'élément <day> dans <session>\n"
            "cat.xml:11:7: warning: la session T1 n'a pas de fiche détaillée : elle figurera "
            "dans les tableaux sans renvoi\n"
            "cat.xml:11:26: error: attribut inconnu « strat » ; vouliez-vous dire « start » ?\n"
            "cat.xml:12:9: error: élément inconnu <dat> ; vouliez-vous dire <day> ?\n");
}

TEST(Reader, RowBeyondItsBoundIsReported) {
  const std::string long_text(20'001, 'a');
  const LoadResult result = load_catalogue_from_string(
      catalogue_with_row("<row label=\"L\">" + long_text + "</row>"), "cat.xml");
  EXPECT_EQ(all_diagnostics(result),
            "cat.xml:16:9: error: le texte de la ligne « L » compte 20001 caractères ; 20000 au "
            "plus sont permis\n");
}

TEST(Reader, SessionHoursProblemIsReportedOnceForAllItsDays) {
  const LoadResult result =
      load_catalogue_from_string(catalogue_with(R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2701" start="09:30">
        <day date="2027-01-21"/>
        <day date="2027-02-04"/>
        <day date="2027-02-25" end="12:30"/>
        <place city="Namur"/>
      </session>
    </course>
)"),
                                 "cat.xml");
  // The third day completes its hours itself: only the session is at fault.
  EXPECT_EQ(all_diagnostics(result),
            "cat.xml:11:7: warning: la session T2701 n'a pas de fiche détaillée : elle figurera "
            "dans les tableaux sans renvoi\n"
            "cat.xml:11:29: error: l'heure de début 09:30 n'a pas d'heure de fin (attribut "
            "« end »)\n");
}

TEST(Reader, MalformedXmlStopsAtItsPlace) {
  const LoadResult result =
      load_catalogue_from_string("<catalogue>\n  <title>x</titel>\n</catalogue>\n", "cat.xml");
  EXPECT_FALSE(result.value.has_value());
  EXPECT_EQ(all_diagnostics(result),
            "cat.xml:2:11: error: la balise fermante </titel> ne correspond pas à la balise "
            "<title> ouverte à la ligne 2\n");
}

// Not in tests/data/bad: its message holds "--", which an <!-- expect: --> line cannot.
TEST(Reader, DoubleHyphenInACommentIsPositioned) {
  const LoadResult result = load_catalogue_from_string(
      "<catalogue>\n  <!-- organismes -- à revoir -->\n</catalogue>\n", "cat.xml");
  EXPECT_FALSE(result.value.has_value());
  EXPECT_EQ(all_diagnostics(result),
            "cat.xml:2:19: error: « -- » est interdit à l'intérieur d'un commentaire : écrivez un "
            "seul tiret\n");
}

TEST(Reader, MissingFileIsReportedWithoutPosition) {
  const LoadResult result = load_catalogue("/nonexistent/dir/cat.xml");
  EXPECT_FALSE(result.value.has_value());
  ASSERT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(result.diagnostics.items()[0].position.line, 0);
  EXPECT_EQ(result.diagnostics.items()[0].file, "/nonexistent/dir/cat.xml");
}

TEST(Reader, EditionCatalogueLoadsWithOnlyTheMissingSheetWarnings) {
  const LoadResult result = load_catalogue(BROCHURE_SOURCE_DIR "/xml/2026-2027.xml");
  ASSERT_TRUE(result.value.has_value()) << all_diagnostics(result);
  std::vector<std::string> warned;
  for (const base::Diagnostic& d : result.diagnostics.items()) {
    EXPECT_EQ(d.severity, base::Severity::warning) << base::format_diagnostic(d);
    warned.push_back(d.message.substr(0, d.message.find(" n'a pas")));
  }
  EXPECT_EQ(warned,
            (std::vector<std::string>{"la session T2609", "la session T2611", "la session T2705"}));
}

// The edition's registration block, and a session completing it: each part
// the session gives replaces the edition's, the others stay.
TEST(Registration, SessionBlockCompletesTheEditionBlock) {
  std::string xml = catalogue_with(R"(    <course operator="le-grain">
      <title>Titre</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <place city="Bruxelles"/>
        <registration deadline="2026-09-10" email="le-grain@example.be"/>
      </session>
      <session code="T2606" start="09:30" end="16:30">
        <day date="2026-10-01"/>
        <place city="Namur"/>
      </session>
    </course>
)");
  xml.replace(xml.find("  <operators>"), 0,
              R"(  <registration website="https://www.tutorats.org" mention-code="true"
                email="inscriptions@tutorats.org" phone="+32 2 123 45 67" price="Gratuit">
    Places <em>limitées</em>.</registration>
)");
  const LoadResult result = load_catalogue_from_string(xml, "c.xml");
  const Catalogue& catalogue = loaded(result);
  ASSERT_TRUE(catalogue.registration.has_value());
  EXPECT_EQ(catalogue.registration->website, "https://www.tutorats.org");
  EXPECT_EQ(catalogue.registration->phone, "+32 2 123 45 67");
  EXPECT_EQ(catalogue.registration->price, "Gratuit");
  EXPECT_EQ(plain_text(catalogue.registration->text), "Places limitées.");
  EXPECT_EQ(catalogue.registration->position.line, 5);

  const Session& own = catalogue.sections[0].courses[0].sessions[0];
  const Registration merged = effective_registration(catalogue, own);
  EXPECT_EQ(merged.email, "le-grain@example.be");
  EXPECT_EQ(merged.website, "https://www.tutorats.org");
  EXPECT_EQ(merged.deadline, (Date{2026, 9, 10}));
  EXPECT_TRUE(merged.mention_code.value_or(false));
  EXPECT_EQ(plain_text(merged.text), "Places limitées.");

  const Session& plain = catalogue.sections[0].courses[0].sessions[1];
  EXPECT_EQ(effective_registration(catalogue, plain).email, "inscriptions@tutorats.org");
  EXPECT_FALSE(effective_registration(catalogue, plain).deadline.has_value());
}

TEST(Registration, NoBlockSaysNothing) {
  const LoadResult result =
      load_catalogue_from_string(catalogue_with_row("<row label=\"A\">x</row>"), "c.xml");
  const Catalogue& catalogue = loaded(result);
  EXPECT_FALSE(catalogue.registration.has_value());
  EXPECT_TRUE(
      effective_registration(catalogue, catalogue.sections[0].courses[0].sessions[0]).empty());
}

TEST(Registration, PhoneLinkKeepsDigitsAndALeadingPlus) {
  // The trunk "(0)" of an international number is not dialled.
  EXPECT_EQ(phone_link("+32 (0)2 123.45/67"), "tel:+3221234567");
  EXPECT_EQ(phone_link("02 123 45 67"), "tel:021234567");
}

TEST(ContactForms, WellFormedAddressesPass) {
  for (const char* url : {"https://www.tutorats.org", "http://example.be/inscription?code=T2605#a",
                          "https://sub.example-site.org:8443/x"}) {
    EXPECT_EQ(web_address_problem(url), std::nullopt) << url;
  }
  for (const char* email : {"inscriptions@tutorats.org", "a.b+c@sub.example.be"}) {
    EXPECT_EQ(email_problem(email), std::nullopt) << email;
  }
  EXPECT_EQ(phone_problem("+32 2 123 45 67"), std::nullopt);
  EXPECT_EQ(phone_problem("02/123.45.67"), std::nullopt);
}

TEST(ContactForms, EachMistakeIsSaidInFrench) {
  EXPECT_EQ(web_address_problem("www.tutorats.org"),
            "l'adresse web « www.tutorats.org » doit commencer par https://");
  EXPECT_EQ(web_address_problem("https://tutorats"),
            "l'adresse web « https://tutorats » : le nom de domaine « tutorats » n'a pas de point "
            "(par exemple tutorats.org)");
  EXPECT_EQ(
      web_address_problem("https://tutorats.o"),
      "l'adresse web « https://tutorats.o » : le nom de domaine « tutorats.o » doit finir par "
      "une extension comme .org ou .be");
  EXPECT_EQ(
      web_address_problem("https://www.tutorats.org/é"),
      "l'adresse web « https://www.tutorats.org/é » contient un caractère accentué ou spécial");
  EXPECT_EQ(web_address_problem("https://jean@tutorats.org"),
            "l'adresse web « https://jean@tutorats.org » contient « @ » : une adresse e-mail va "
            "dans l'attribut « email »");
  EXPECT_EQ(email_problem("mailto:a@b.be"),
            "l'adresse e-mail « mailto:a@b.be » s'écrit sans « mailto: »");
  EXPECT_EQ(email_problem("a@@b.be"), "l'adresse e-mail « a@@b.be » a plus d'un « @ »");
  EXPECT_EQ(email_problem(".a@b.be"), "l'adresse e-mail « .a@b.be » est mal formée avant le « @ »");
  EXPECT_EQ(email_problem("a@-b.be"),
            "l'adresse e-mail « a@-b.be » : le nom de domaine « -b.be » est mal formé (des lettres "
            "sans accent, des chiffres et des « - », séparés par des points)");
  EXPECT_EQ(phone_problem("123"),
            "le numéro de téléphone « 123 » a 3 chiffres ; attendu : de 6 à 15");
}

TEST(Reader, DirectoryIsNotACatalogue) {
  const LoadResult result = load_catalogue(BROCHURE_SOURCE_DIR "/xml");
  ASSERT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(result.diagnostics.items()[0].message,
            "ce chemin est un dossier, pas un fichier de catalogue");
}

TEST(Links, FindsUrlsAndLeavesSentencePunctuation) {
  const std::vector<UrlMatch> urls =
      find_urls("Voir www.x.be, (https://a.org/p_(1)) et http://b.be/?q=1. Fin: www. seul");
  ASSERT_EQ(urls.size(), 3u);
  EXPECT_EQ(urls[0].link, "https://www.x.be");
  EXPECT_EQ(urls[0].begin, 5u);
  EXPECT_EQ(urls[0].end, 13u);
  EXPECT_EQ(urls[1].link, "https://a.org/p_(1)");
  EXPECT_EQ(urls[2].link, "http://b.be/?q=1");
  EXPECT_TRUE(find_urls("awww.x.be et xhttp://y").empty());  // not at a word start
  EXPECT_EQ(find_urls("«www.x.be»").at(0).link, "https://www.x.be");
}

}  // namespace
}  // namespace catalogue
