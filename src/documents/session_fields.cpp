#include "documents/session_fields.hpp"

#include <algorithm>

#include "catalogue/french_dates.hpp"
#include "documents/brochure_texts.hpp"
#include "documents/slug.hpp"
#include "documents/text_fields.hpp"

namespace documents {

namespace {

constexpr std::string_view kSessionFields[] = {
    "title",      "edition", "publisher", "website", "code",     "course-title", "kind",
    "kind-title", "dates",   "hours",     "place",   "operator", "public",       "registration"};

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    std::string line(text.substr(begin, end - begin));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    begin = end + 1;
  }
  return lines;
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

void append_lines(const std::vector<catalogue::Block>& blocks, int depth, std::string& text);

// A list's items as lines "– item", nested ones indented.
void append_list(const catalogue::List& list, int depth, std::string& text) {
  int number = list.start;
  for (const catalogue::ListItem& item : list.items) {
    const std::string marker = list.ordered ? std::to_string(number++) + ". " : "– ";
    std::string lines;
    append_lines(item.blocks, depth + 1, lines);
    if (lines.empty()) continue;
    text += std::string(static_cast<std::size_t>(depth) * 2, ' ') + marker +
            lines.substr(static_cast<std::size_t>(depth + 1) * 2);
  }
}

void append_lines(const std::vector<catalogue::Block>& blocks, int depth, std::string& text) {
  for (const catalogue::Block& block : blocks) {
    if (block.kind == catalogue::Block::Kind::list) {
      append_list(block.list, depth, text);
    } else {
      text += std::string(static_cast<std::size_t>(depth) * 2, ' ') +
              catalogue::plain_text(block.paragraph) + "\n";
    }
  }
}

// Who the session is for: the sheet's row about the public as plain lines (a
// list's items "– …"), then, for a course open to schools, its section's
// legend ("Public MAE & ECOLE", what the brochure's star means). Several
// lines start on a line of their own: "Public : {public}" then reads well.
std::string public_text(const catalogue::Section& section, const catalogue::Course& course,
                        std::string_view label) {
  std::string text;
  if (course.sheet) {
    for (const catalogue::SheetRow& row : course.sheet->rows) {
      if (row.generated == catalogue::SheetRow::Generated::none && slug(row.label) == slug(label)) {
        append_lines(row.content.blocks, 0, text);
      }
    }
  }
  if (course.open_to_schools && section.legend) {
    text += catalogue::plain_text(*section.legend) + "\n";
  }
  if (!text.empty()) text.pop_back();
  if (text.find('\n') != std::string::npos) text = "\n" + text;
  return text;
}

// A line that says something only through fields that are all empty ("Public :
// {public}" for a session whose sheet names no public) is left out.
bool only_empty_fields(std::string_view line, const base::Fields& fields) {
  bool any_field = false;
  for (const base::TextPiece& piece : base::split_fields(line)) {
    if (!piece.field) continue;
    const base::Field* field = fields.find(piece.text);
    if (field == nullptr || !field->value.empty()) return false;
    any_field = true;
  }
  return any_field;
}

}  // namespace

std::vector<std::string_view> session_field_names(std::span<const std::string_view> more) {
  std::vector<std::string_view> names(std::begin(kSessionFields), std::end(kSessionFields));
  names.insert(names.end(), more.begin(), more.end());
  return names;
}

SessionTexts read_session_texts(TemplateRequirements& needs) {
  SessionTexts texts;
  texts.kind_atelier = needs.text("kind-atelier");
  texts.kind_intervision = needs.text("kind-intervision");
  texts.hours_unknown = needs.text("hours-unknown");
  texts.public_row_label = needs.text("public-row-label");
  texts.registration = read_registration_texts(needs, session_field_names());
  return texts;
}

base::Fields session_fields(const catalogue::Catalogue& catalogue, const catalogue::SessionRef& ref,
                            const SessionTexts& texts) {
  const catalogue::Session& session = *ref.session;
  const catalogue::Course& course = *ref.course;
  base::Fields fields = catalogue_fields(catalogue);
  fields.set("website", catalogue.publisher.website);
  fields.set("code", session.code);
  fields.set("course-title", course.title);
  const std::string& kind =
      course.kind == catalogue::CourseKind::atelier ? texts.kind_atelier : texts.kind_intervision;
  fields.set("kind", kind);
  fields.set("kind-title", capitalised(kind));
  fields.set("dates", catalogue::session_dates(session));
  const std::string hours = catalogue::session_hours(session);
  fields.set("hours", hours.empty() ? texts.hours_unknown : hours);
  const std::string address = catalogue::plain_text(session.place.address);
  fields.set("place", address.empty() ? session.place.city : address);
  const catalogue::Operator* op = catalogue.find_operator(course.operator_id);
  fields.set("operator", op != nullptr ? op->name : course.operator_id);
  fields.set("public", public_text(*ref.section, course, texts.public_row_label));
  fields.set("registration",
             registration_text(catalogue::effective_registration(catalogue, session),
                               texts.registration, fields));
  return fields;
}

std::string plain_text_from_template(std::string_view text, const base::Fields& fields) {
  std::vector<std::string> lines = lines_of(text);
  while (!lines.empty() && blank(lines.front())) lines.erase(lines.begin());
  while (!lines.empty() && blank(lines.back())) lines.pop_back();
  std::size_t indent = std::string::npos;
  for (const std::string& line : lines) {
    if (!blank(line)) indent = std::min(indent, line.find_first_not_of(" \t"));
  }
  std::string result;
  for (const std::string& line : lines) {
    if (only_empty_fields(line, fields)) continue;
    std::string expanded = base::expand_fields(
        blank(line) ? std::string_view() : std::string_view(line).substr(indent), fields);
    for (std::string& part : lines_of(expanded)) {
      while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.pop_back();
      result += part + "\n";
    }
  }
  return result;
}

std::string one_line_from_template(std::string_view text, const base::Fields& fields) {
  std::string line = plain_text_from_template(text, fields);
  std::replace(line.begin(), line.end(), '\n', ' ');
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

}  // namespace documents
