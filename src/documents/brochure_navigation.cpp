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

std::vector<typeset::OutlineEntry> brochure_outline(const catalogue::Catalogue& catalogue,
                                                    const typeset::Template& tmpl) {
  std::vector<typeset::OutlineEntry> outline;
  for (std::size_t s = 0; s < catalogue.sections.size(); ++s) {
    const catalogue::Section& section = catalogue.sections[s];
    outline.push_back({section.title, section_anchor(s + 1), 0});
    for (const catalogue::Course* course : courses_with_sheet(section)) {
      outline.push_back(
          {fill_fields(tmpl.text("outline-sheet"), course_fields(catalogue, *course, tmpl)),
           session_anchor(course->sessions.front().code), 1});
    }
  }
  return outline;
}

std::vector<typeset::PageLabelRange> brochure_page_labels(
    std::vector<typeset::PageLabelRange> flow_labels, const typeset::Template& tmpl) {
  for (typeset::PageLabelRange& range : flow_labels) {
    if (!range.numbered && range.prefix.empty()) range.prefix = tmpl.text("cover-label");
  }
  return flow_labels;
}

typeset::DocumentMetadata brochure_metadata(const catalogue::Catalogue& catalogue,
                                            const typeset::Template& tmpl) {
  const TextFields fields = document_fields(catalogue, tmpl);
  typeset::DocumentMetadata metadata;
  metadata.title = fill_fields(tmpl.text("document-title"), fields);
  metadata.author = catalogue.publisher.name;
  metadata.subject = fill_fields(tmpl.text("subject"), fields);
  metadata.keywords = fill_fields(tmpl.text("keywords"), fields);
  metadata.language = "fr";
  return metadata;
}

}  // namespace documents
