#include "catalogue/model.hpp"

#include <algorithm>

namespace catalogue {

const Operator* Catalogue::find_operator(std::string_view id) const {
  for (const Operator& op : operators) {
    if (op.id == id) return &op;
  }
  return nullptr;
}

namespace {
void sort_by_date(std::vector<SessionRef>& refs) {
  std::stable_sort(refs.begin(), refs.end(), [](const SessionRef& a, const SessionRef& b) {
    const Date none{};
    const Date& da = a.session->days.empty() ? none : a.session->days.front().date;
    const Date& db = b.session->days.empty() ? none : b.session->days.front().date;
    if (da != db) return da < db;
    return a.session->code < b.session->code;
  });
}

void collect(const Section& section, std::vector<SessionRef>& out) {
  for (const Course& course : section.courses) {
    for (const Session& session : course.sessions) out.push_back({&section, &course, &session});
  }
}
}  // namespace

std::vector<SessionRef> sessions_by_date(const Catalogue& catalogue) {
  std::vector<SessionRef> refs;
  for (const Section& section : catalogue.sections) collect(section, refs);
  sort_by_date(refs);
  return refs;
}

std::vector<SessionRef> sessions_by_date(const Section& section) {
  std::vector<SessionRef> refs;
  collect(section, refs);
  sort_by_date(refs);
  return refs;
}

const SessionRef* find_session(const std::vector<SessionRef>& sessions, std::string_view code) {
  for (const SessionRef& ref : sessions) {
    if (ref.session->code == code) return &ref;
  }
  return nullptr;
}

}  // namespace catalogue
