#include "catalogue/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <pugixml.hpp>

#include "base/element_shape.hpp"
#include "base/load_xml.hpp"
#include "base/message_text.hpp"
#include "base/utf8.hpp"
#include "catalogue/date_attribute.hpp"
#include "catalogue/limits.hpp"
#include "catalogue/registration_reader.hpp"
#include "catalogue/rich_text_reader.hpp"
#include "catalogue/validate.hpp"
#include "catalogue/value_forms.hpp"
#include "catalogue/vocabulary.hpp"

namespace catalogue {

namespace {

using base::ChildRule;
using base::in_guillemets;
using base::XmlSource;

// The size limit is far above any real catalogue; it keeps a wrong file (a
// video…) from filling memory.
base::XmlFileRules catalogue_file_rules(const CatalogueLimits& limits) {
  return {.root = "catalogue",
          .what = "un catalogue",
          .file_kind = "un fichier de catalogue",
          .max_bytes = limits.max_megabytes * 1024 * 1024,
          .keep_blank_text = true,
          .raise_hint = "relevez la limite avec l'option --max-size",
          .vocabulary = kVocabulary};
}

constexpr std::array<std::string_view, 3> kCatalogueAttributes = {"edition", "start", "end"};
constexpr std::array<ChildRule, 6> kCatalogueChildren = {ChildRule{"title", 1, 1},
                                                         ChildRule{"publisher", 1, 1},
                                                         ChildRule{"responsible-editor", 0, 1},
                                                         ChildRule{"registration", 0, 1},
                                                         ChildRule{"operators", 1, 1},
                                                         ChildRule{"section", 1}};
constexpr std::array<std::string_view, 1> kPublisherAttributes = {"website"};
constexpr std::array<ChildRule, 1> kOperatorsChildren = {ChildRule{"operator", 1}};
constexpr std::array<std::string_view, 1> kOperatorAttributes = {"id"};
constexpr std::array<std::string_view, 2> kSectionAttributes = {"kind", "title"};
constexpr std::array<std::string_view, 2> kSectionKinds = {"atelier", "intervision"};
constexpr std::array<ChildRule, 3> kSectionChildren = {
    ChildRule{"note", 0}, ChildRule{"legend", 0, 1}, ChildRule{"course", 1}};
constexpr std::array<std::string_view, 2> kCourseAttributes = {"operator", "open-to-schools"};
constexpr std::array<std::string_view, 2> kBooleans = {"false", "true"};
constexpr std::array<ChildRule, 3> kCourseChildren = {
    ChildRule{"title", 1, 1}, ChildRule{"session", 1}, ChildRule{"sheet", 0, 1}};
constexpr std::array<std::string_view, 3> kSessionAttributes = {"code", "start", "end"};
constexpr std::array<ChildRule, 3> kSessionChildren = {
    ChildRule{"day", 1}, ChildRule{"place", 1, 1}, ChildRule{"registration", 0, 1}};
constexpr std::array<std::string_view, 3> kDayAttributes = {"date", "start", "end"};
constexpr std::array<std::string_view, 1> kPlaceAttributes = {"city"};
constexpr std::array<ChildRule, 1> kSheetChildren = {ChildRule{"row", 1}};
constexpr std::array<std::string_view, 3> kRowAttributes = {"label", "generate", "session"};
constexpr std::array<std::string_view, 2> kGenerateValues = {"hours", "dates-and-place"};

// The value of four digits already checked by has_shape.
int four_digits(std::string_view digits) {
  int value = 0;
  for (char digit : digits) value = value * 10 + (digit - '0');
  return value;
}

// A time attribute as written: absent, unreadable (already reported) or a time.
struct TimeAttribute {
  bool written = false;
  std::optional<TimeOfDay> value;
  bool unreadable() const { return written && !value; }
};

class CatalogueReader {
 public:
  explicit CatalogueReader(XmlSource& source) : source_(source) {}
  Catalogue read(pugi::xml_node root);

 private:
  void read_period(pugi::xml_node root, Catalogue& catalogue);
  Publisher read_publisher(pugi::xml_node element);
  std::string read_responsible_editor(pugi::xml_node element);
  std::vector<Operator> read_operators(pugi::xml_node element);
  Section read_section(pugi::xml_node element);
  Course read_course(pugi::xml_node element, CourseKind kind);
  Session read_session(pugi::xml_node element);
  void read_day(pugi::xml_node element, pugi::xml_node session_element,
                const TimeAttribute& session_start, const TimeAttribute& session_end,
                bool& session_times_reported, Session& session);
  Place read_place(pugi::xml_node element);
  Sheet read_sheet(pugi::xml_node element);
  SheetRow read_row(pugi::xml_node element);

  // The title as printed (with <sup>) and without markup.
  std::pair<Paragraph, std::string> read_title(pugi::xml_node element);
  void check_length(base::SourcePosition position, std::string_view text, std::size_t max,
                    std::string_view what);
  std::optional<Date> date_attribute(pugi::xml_node element, std::string_view name);
  TimeAttribute time_attribute(pugi::xml_node element, std::string_view name);

  XmlSource& source_;
};

std::optional<Date> CatalogueReader::date_attribute(pugi::xml_node element, std::string_view name) {
  return read_date_attribute(source_, element, name);
}

TimeAttribute CatalogueReader::time_attribute(pugi::xml_node element, std::string_view name) {
  const pugi::xml_attribute attribute = element.attribute(std::string(name).c_str());
  if (!attribute) return {};
  const std::string_view text = attribute.value();
  // Two digits each, as the schema wants, though parse_time would accept "9:30".
  TimeAttribute time{true, has_shape(text, "dd:dd") ? parse_time(text) : std::nullopt};
  if (!time.value) {
    source_.error(source_.attribute_position(element, name),
                  has_shape(text, "dd:dd")
                      ? fmt::format("l'heure {} n'existe pas", text)
                      : fmt::format("l'heure {} doit s'écrire HH:MM, par exemple 09:30",
                                    in_guillemets(text)));
  }
  return time;
}

void CatalogueReader::check_length(base::SourcePosition position, std::string_view text,
                                   std::size_t max, std::string_view what) {
  const std::size_t length = base::utf8::code_point_count(text);
  if (length > max) {
    source_.error(position, fmt::format("{} compte {} caractères ; {} au plus sont permis", what,
                                        length, max));
  }
}

std::pair<Paragraph, std::string> CatalogueReader::read_title(pugi::xml_node element) {
  check_attributes(source_, element, {});
  Paragraph text = read_title_text(source_, element);
  std::string title = plain_text(text);
  const base::SourcePosition position = source_.node_position(element);
  if (title.empty()) source_.error(position, "le titre est vide");
  check_length(position, title, kMaxTitleLength, "le titre");
  return {std::move(text), std::move(title)};
}

Catalogue CatalogueReader::read(pugi::xml_node root) {
  Catalogue catalogue;
  catalogue.source_path = source_.file();
  check_attributes(source_, root, kCatalogueAttributes);
  read_period(root, catalogue);
  for (pugi::xml_node child : checked_children(source_, root, kCatalogueChildren)) {
    const std::string_view name = child.name();
    if (name == "title") {
      std::tie(catalogue.title_text, catalogue.title) = read_title(child);
    } else if (name == "publisher") {
      catalogue.publisher = read_publisher(child);
    } else if (name == "responsible-editor") {
      catalogue.publisher.responsible_editor = read_responsible_editor(child);
    } else if (name == "registration") {
      catalogue.registration = read_registration(source_, child);
    } else if (name == "operators") {
      catalogue.operators = read_operators(child);
    } else {
      catalogue.sections.push_back(read_section(child));
    }
  }
  return catalogue;
}

void CatalogueReader::read_period(pugi::xml_node root, Catalogue& catalogue) {
  const std::optional<std::string_view> edition = required_attribute(source_, root, "edition");
  const std::optional<Date> start = date_attribute(root, "start");
  const std::optional<Date> end = date_attribute(root, "end");
  if (start) catalogue.period_start = *start;
  if (end) catalogue.period_end = *end;
  if (start && end && *end <= *start) {
    source_.error(source_.attribute_position(root, "end"),
                  fmt::format("la fin de la période ({}) doit venir après son début ({})",
                              to_iso(*end), to_iso(*start)));
  }
  if (!edition) return;
  catalogue.edition = std::string(*edition);
  const base::SourcePosition position = source_.attribute_position(root, "edition");
  const bool well_formed = has_shape(*edition, "dddd-dddd");
  const int first_year = well_formed ? four_digits(edition->substr(0, 4)) : 0;
  const int second_year = well_formed ? four_digits(edition->substr(5, 4)) : 0;
  if (first_year == 0 || second_year != first_year + 1) {
    source_.error(position, fmt::format("l'édition {} doit s'écrire AAAA-AAAA avec deux années "
                                        "qui se suivent, par exemple 2026-2027",
                                        in_guillemets(*edition)));
  } else if (start && end && *start < *end &&
             (start->year != first_year || end->year != second_year)) {
    source_.error(position, fmt::format("l'édition {} ne correspond pas à la période du {} au {}",
                                        *edition, to_iso(*start), to_iso(*end)));
  }
}

Publisher CatalogueReader::read_publisher(pugi::xml_node element) {
  Publisher publisher;
  check_attributes(source_, element, kPublisherAttributes);
  if (auto website = required_attribute(source_, element, "website")) {
    publisher.website = std::string(*website);
    if (!website->starts_with("https://") && !website->starts_with("http://")) {
      source_.error(
          source_.attribute_position(element, "website"),
          fmt::format("l'adresse du site {} doit commencer par https://", in_guillemets(*website)));
    }
  }
  publisher.name = read_plain_text(source_, element);
  const base::SourcePosition position = source_.node_position(element);
  if (publisher.name.empty()) source_.error(position, "le nom de l'éditeur est vide");
  check_length(position, publisher.name, kMaxNameLength, "le nom de l'éditeur");
  return publisher;
}

std::string CatalogueReader::read_responsible_editor(pugi::xml_node element) {
  check_attributes(source_, element, std::array<std::string_view, 0>{});
  std::string editor = read_plain_text(source_, element);
  const base::SourcePosition position = source_.node_position(element);
  if (editor.empty()) source_.error(position, "l'éditeur responsable est vide");
  check_length(position, editor, kMaxNameLength, "l'éditeur responsable");
  return editor;
}

std::vector<Operator> CatalogueReader::read_operators(pugi::xml_node element) {
  std::vector<Operator> operators;
  check_attributes(source_, element, {});
  for (pugi::xml_node child : checked_children(source_, element, kOperatorsChildren)) {
    Operator op;
    op.position = source_.node_position(child);
    check_attributes(source_, child, kOperatorAttributes);
    if (auto id = required_attribute(source_, child, "id")) {
      op.id = std::string(*id);
      if (!is_operator_id(*id)) {
        source_.error(source_.attribute_position(child, "id"),
                      fmt::format("l'identifiant d'organisme {} ne peut contenir que des "
                                  "minuscules sans accent et des chiffres, séparés par des « - »",
                                  in_guillemets(*id)));
      }
    }
    op.name = read_plain_text(source_, child);
    if (op.name.empty()) source_.error(op.position, "le nom de l'organisme est vide");
    check_length(op.position, op.name, kMaxNameLength, "le nom de l'organisme");
    operators.push_back(std::move(op));
  }
  return operators;
}

Section CatalogueReader::read_section(pugi::xml_node element) {
  Section section;
  section.position = source_.node_position(element);
  check_attributes(source_, element, kSectionAttributes);
  if (required_attribute(source_, element, "kind")) {
    if (auto kind = choice_attribute(source_, element, "kind", kSectionKinds)) {
      section.kind = *kind == 0 ? CourseKind::atelier : CourseKind::intervision;
    }
  }
  if (auto title = required_attribute(source_, element, "title")) {
    section.title = collapse_white_space(*title);
    const base::SourcePosition position = source_.attribute_position(element, "title");
    if (section.title.empty()) source_.error(position, "le titre de la section est vide");
    check_length(position, section.title, kMaxTitleLength, "le titre de la section");
  }
  for (pugi::xml_node child : checked_children(source_, element, kSectionChildren)) {
    const std::string_view name = child.name();
    if (name == "course") {
      section.courses.push_back(read_course(child, section.kind));
      continue;
    }
    check_attributes(source_, child, {});
    Paragraph paragraph = read_paragraph(source_, child);
    check_length(paragraph.position, plain_text(paragraph), kMaxNoteLength,
                 name == "note" ? "le texte de la note" : "le texte de la légende");
    if (paragraph.runs.empty()) {
      source_.error(paragraph.position, fmt::format("l'élément <{}> est vide", name));
    } else if (name == "note") {
      section.notes.push_back(std::move(paragraph));
    } else {
      section.legend = std::move(paragraph);
    }
  }
  return section;
}

Course CatalogueReader::read_course(pugi::xml_node element, CourseKind kind) {
  Course course;
  course.kind = kind;
  course.position = source_.node_position(element);
  check_attributes(source_, element, kCourseAttributes);
  if (auto id = required_attribute(source_, element, "operator")) course.operator_id = *id;
  if (auto open = choice_attribute(source_, element, "open-to-schools", kBooleans)) {
    course.open_to_schools = *open == 1;
  }
  for (pugi::xml_node child : checked_children(source_, element, kCourseChildren)) {
    const std::string_view name = child.name();
    if (name == "title") {
      std::tie(course.title_text, course.title) = read_title(child);
    } else if (name == "session") {
      course.sessions.push_back(read_session(child));
    } else {
      course.sheet = read_sheet(child);
    }
  }
  return course;
}

Session CatalogueReader::read_session(pugi::xml_node element) {
  Session session;
  session.position = source_.node_position(element);
  check_attributes(source_, element, kSessionAttributes);
  if (auto code = required_attribute(source_, element, "code")) {
    session.code = std::string(*code);
    if (auto problem = session_code_problem(*code)) {
      source_.error(source_.attribute_position(element, "code"), std::move(*problem));
    }
  }
  const TimeAttribute start = time_attribute(element, "start");
  const TimeAttribute end = time_attribute(element, "end");
  bool session_times_reported = false;
  for (pugi::xml_node child : checked_children(source_, element, kSessionChildren)) {
    const std::string_view name = child.name();
    if (name == "day") {
      read_day(child, element, start, end, session_times_reported, session);
    } else if (name == "place") {
      session.place = read_place(child);
    } else {
      session.registration = read_registration(source_, child);
    }
  }
  return session;
}

// Days inherit the session's hours; a problem with hours that all come from the
// session is reported once, at the session.
void CatalogueReader::read_day(pugi::xml_node element, pugi::xml_node session_element,
                               const TimeAttribute& session_start, const TimeAttribute& session_end,
                               bool& session_times_reported, Session& session) {
  check_attributes(source_, element, kDayAttributes);
  Day day;
  day.position = source_.node_position(element);
  const std::optional<Date> date = date_attribute(element, "date");
  const TimeAttribute own_start = time_attribute(element, "start");
  const TimeAttribute own_end = time_attribute(element, "end");
  const TimeAttribute& start = own_start.written ? own_start : session_start;
  const TimeAttribute& end = own_end.written ? own_end : session_end;
  if (!date) return;
  day.date = *date;
  // Whatever could be read is kept, so that validation does not report again
  // a day "without hours" whose hours are wrong.
  day.start = start.value;
  day.end = end.value;
  session.days.push_back(day);
  if (start.unreadable() || end.unreadable()) return;
  const bool from_session = !own_start.written && !own_end.written;
  const auto report = [&](std::string_view attribute, std::string message) {
    if (!from_session) {
      source_.error(source_.attribute_position(element, attribute), std::move(message));
    } else if (!session_times_reported) {
      source_.error(source_.attribute_position(session_element, attribute), std::move(message));
      session_times_reported = true;
    }
  };
  if (start.value && !end.value) {
    report("start", fmt::format("l'heure de début {:02}:{:02} n'a pas d'heure de fin (attribut "
                                "« end »)",
                                start.value->hour(), start.value->minute()));
  } else if (end.value && !start.value) {
    report("end", fmt::format("l'heure de fin {:02}:{:02} n'a pas d'heure de début (attribut "
                              "« start »)",
                              end.value->hour(), end.value->minute()));
  } else if (start.value && *end.value <= *start.value) {
    report(own_end.written ? "end" : "start",
           fmt::format("l'heure de fin {:02}:{:02} doit venir après l'heure de début {:02}:{:02}",
                       end.value->hour(), end.value->minute(), start.value->hour(),
                       start.value->minute()));
  }
}

Place CatalogueReader::read_place(pugi::xml_node element) {
  Place place;
  place.position = source_.node_position(element);
  check_attributes(source_, element, kPlaceAttributes);
  if (auto city = required_attribute(source_, element, "city")) {
    place.city = collapse_white_space(*city);
    const base::SourcePosition position = source_.attribute_position(element, "city");
    if (place.city.empty()) source_.error(position, "le nom de la ville est vide");
    check_length(position, place.city, kMaxCityLength, "le nom de la ville");
  }
  place.address = read_paragraph(source_, element);
  check_length(place.position, plain_text(place.address), kMaxNoteLength, "l'adresse");
  return place;
}

Sheet CatalogueReader::read_sheet(pugi::xml_node element) {
  Sheet sheet;
  sheet.position = source_.node_position(element);
  check_attributes(source_, element, {});
  for (pugi::xml_node child : checked_children(source_, element, kSheetChildren)) {
    sheet.rows.push_back(read_row(child));
  }
  return sheet;
}

SheetRow CatalogueReader::read_row(pugi::xml_node element) {
  SheetRow row;
  row.position = source_.node_position(element);
  check_attributes(source_, element, kRowAttributes);
  if (auto label = required_attribute(source_, element, "label")) {
    row.label = collapse_white_space(*label);
    const base::SourcePosition position = source_.attribute_position(element, "label");
    if (row.label.empty()) source_.error(position, "l'étiquette de la ligne est vide");
    check_length(position, row.label, kMaxLabelLength, "l'étiquette");
  }
  if (auto generated = choice_attribute(source_, element, "generate", kGenerateValues)) {
    row.generated =
        *generated == 0 ? SheetRow::Generated::hours : SheetRow::Generated::dates_and_place;
  }
  if (const pugi::xml_attribute session = element.attribute("session")) {
    row.session_code = session.value();
    if (row.generated != SheetRow::Generated::dates_and_place) {
      source_.error(source_.attribute_position(element, "session"),
                    "l'attribut « session » ne s'emploie qu'avec generate=\"dates-and-place\"");
    }
  }
  row.content = read_rich_text(source_, element);
  check_length(row.position, plain_text(row.content), kMaxRowLength,
               fmt::format("le texte de la ligne {}", in_guillemets(row.label)));
  const bool generate_written = element.attribute("generate");
  if (row.content.blocks.empty() && !generate_written) {
    source_.error(row.position, fmt::format("la ligne {} est vide", in_guillemets(row.label)));
  }
  return row;
}

bool by_position(const base::Diagnostic& a, const base::Diagnostic& b) {
  if (a.position.line != b.position.line) return a.position.line < b.position.line;
  return a.position.column < b.position.column;
}

// The reader reports a missing child at its parent after the children, and
// validation comes last: the user reads them in file order.
void sort_by_position(base::Diagnostics& diagnostics) {
  std::vector<base::Diagnostic> items = diagnostics.items();
  std::stable_sort(items.begin(), items.end(), by_position);
  diagnostics = base::Diagnostics();
  for (base::Diagnostic& diagnostic : items) diagnostics.add(std::move(diagnostic));
}

// `diagnostics` are those the document's source reports to.
LoadResult read_catalogue(base::XmlDocument* document, const CatalogueLimits& limits,
                          base::Diagnostics& diagnostics) {
  LoadResult result;
  if (document) {
    Catalogue catalogue = CatalogueReader(document->source()).read(document->root());
    validate(catalogue, diagnostics, limits);
    sort_by_position(diagnostics);
    if (!diagnostics.has_errors()) result.value = std::move(catalogue);
  }
  result.diagnostics = std::move(diagnostics);
  return result;
}
}  // namespace

LoadResult load_catalogue_from_string(std::string_view xml, const std::string& display_path,
                                      const CatalogueLimits& limits) {
  base::Diagnostics diagnostics;
  const auto document =
      base::parse_xml(std::string(xml), display_path, catalogue_file_rules(limits), diagnostics);
  return read_catalogue(document.get(), limits, diagnostics);
}

LoadResult load_catalogue(const std::string& path, const CatalogueLimits& limits) {
  base::Diagnostics diagnostics;
  const auto document = base::load_xml(path, catalogue_file_rules(limits), diagnostics);
  return read_catalogue(document.get(), limits, diagnostics);
}

}  // namespace catalogue
