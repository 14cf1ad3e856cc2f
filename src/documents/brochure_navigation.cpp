#include "documents/brochure_navigation.hpp"

#include <algorithm>

#include "documents/brochure_texts.hpp"

namespace documents {

std::string session_anchor(const std::string& code) {
  return "session-" + code;
}

std::string section_anchor(std::size_t index) {
  return "section-" + std::to_string(index);
}

std::vector<const catalogue::Course*> courses_with_sheet(const catalogue::Section& section) {
  std::vector<const catalogue::Course*> courses;
  for (const catalogue::Course& course : section.courses) {
    if (course.sheet && !course.sessions.empty()) courses.push_back(&course);
  }
  auto first_day = [](const catalogue::Course* course) {
    const catalogue::Session& first = course->sessions.front();
    return first.days.empty() ? catalogue::Date{} : first.days.front().date;
  };
  std::stable_sort(courses.begin(), courses.end(), [&](const auto* a, const auto* b) {
    if (first_day(a) != first_day(b)) return first_day(a) < first_day(b);
    return a->sessions.front().code < b->sessions.front().code;
  });
  return courses;
}

typeset::DocumentMetadata brochure_metadata(const catalogue::Catalogue& catalogue,
                                            const typeset::Template& tmpl) {
  const base::Fields fields = document_fields(catalogue, tmpl);
  typeset::DocumentMetadata metadata;
  metadata.title = base::expand_fields(tmpl.text("document-title"), fields);
  metadata.author = catalogue.publisher.name;
  metadata.subject = base::expand_fields(tmpl.text("subject"), fields);
  metadata.keywords = base::expand_fields(tmpl.text("keywords"), fields);
  return metadata;
}

typeset::Block part_heading(const std::string& title, const std::string& anchor) {
  typeset::Block heading = typeset::heading_block(1, "section-title", title);
  heading.anchor = anchor;
  heading.outline = typeset::OutlineMark{title, 0};
  heading.mark = title;
  return heading;
}

}  // namespace documents
