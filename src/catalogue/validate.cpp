#include "catalogue/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/message_text.hpp"
#include "base/suggest.hpp"

namespace catalogue {

namespace {

using base::closest_name;
using base::in_guillemets;

class Validator {
 public:
  Validator(const Catalogue& catalogue, base::Diagnostics& diagnostics,
            const CatalogueLimits& limits)
      : catalogue_(catalogue), diagnostics_(diagnostics), limits_(limits) {}

  void run() {
    check_operators();
    check_sections();
    for (const Section& section : catalogue_.sections) {
      for (const Course& course : section.courses) check_course(course);
    }
  }

 private:
  // Every session of the catalogue, for the limit's message.
  std::size_t total_sessions() const {
    std::size_t count = 0;
    for (const Section& section : catalogue_.sections) {
      for (const Course& course : section.courses) count += course.sessions.size();
    }
    return count;
  }

  void error(base::SourcePosition position, std::string message) {
    diagnostics_.error(catalogue_.source_path, position, std::move(message));
  }

  void check_operators() {
    std::map<std::string, int> first_line;
    for (const Operator& op : catalogue_.operators) {
      if (op.id.empty()) continue;
      const auto [first, inserted] = first_line.emplace(op.id, op.position.line);
      if (!inserted) {
        error(op.position, fmt::format("l'organisme {} est déjà défini à la ligne {}",
                                       in_guillemets(op.id), first->second));
      }
    }
  }

  void check_sections() {
    std::map<CourseKind, int> first_line;
    for (const Section& section : catalogue_.sections) {
      const auto [first, inserted] = first_line.emplace(section.kind, section.position.line);
      if (!inserted) {
        error(section.position,
              fmt::format(
                  "une section {} existe déjà à la ligne {}",
                  in_guillemets(section.kind == CourseKind::atelier ? "atelier" : "intervision"),
                  first->second));
      }
    }
  }

  void check_course(const Course& course) {
    check_operator_reference(course);
    for (const Session& session : course.sessions) {
      check_session(session);
      if (!course.sheet) {
        diagnostics_.warning(catalogue_.source_path, session.position,
                             fmt::format("la session {} n'a pas de fiche détaillée : elle figurera "
                                         "dans les tableaux sans renvoi",
                                         base::shortened(session.code)));
      }
    }
    if (course.sheet) check_sheet(course, *course.sheet);
  }

  void check_operator_reference(const Course& course) {
    if (course.operator_id.empty() || catalogue_.find_operator(course.operator_id)) return;
    std::vector<std::string_view> ids;
    for (const Operator& op : catalogue_.operators) ids.push_back(op.id);
    std::string message = fmt::format("l'organisme {} n'est pas défini dans <operators>",
                                      in_guillemets(course.operator_id));
    if (auto suggestion = closest_name(course.operator_id, ids)) {
      message += fmt::format(" ; vouliez-vous dire {} ?", in_guillemets(*suggestion));
    }
    error(course.position, std::move(message));
  }

  void check_session(const Session& session) {
    if (++session_count_ == limits_.max_sessions + 1) {
      error(session.position,
            fmt::format("le catalogue compte plus de {} sessions, la limite qui évite de publier "
                        "un catalogue copié deux fois ; s'il en a vraiment autant, relevez-la "
                        "avec l'option --max-sessions {}",
                        limits_.max_sessions, total_sessions()));
    }
    if (!session.code.empty()) {
      const auto [first, inserted] = first_code_line_.emplace(session.code, session.position.line);
      if (!inserted) {
        error(session.position, fmt::format("le code de session {} est déjà utilisé à la ligne {}",
                                            base::shortened(session.code), first->second));
      }
    }
    if (session.days.size() > kMaxDaysPerSession) {
      error(session.days[kMaxDaysPerSession].position,
            fmt::format("la session {} compte {} jours ; {} au plus sont permis",
                        base::shortened(session.code), session.days.size(), kMaxDaysPerSession));
    }
    const bool period_known = catalogue_.period_start.valid() && catalogue_.period_end.valid() &&
                              catalogue_.period_start < catalogue_.period_end;
    check_registration_deadline(session);
    for (std::size_t i = 0; i < session.days.size(); ++i) {
      const Day& day = session.days[i];
      if (period_known &&
          (day.date < catalogue_.period_start || catalogue_.period_end < day.date)) {
        error(day.position, fmt::format("le jour {} est hors de la période de l'édition ({} – {})",
                                        to_iso(day.date), to_iso(catalogue_.period_start),
                                        to_iso(catalogue_.period_end)));
      }
      if (i == 0) continue;
      const Date& previous = session.days[i - 1].date;
      if (day.date == previous) {
        error(day.position, fmt::format("le jour {} est déjà indiqué dans la session {}",
                                        to_iso(day.date), base::shortened(session.code)));
      } else if (day.date < previous) {
        error(day.position,
              fmt::format("le jour {} vient avant le jour précédent ({}) : écrivez les jours dans "
                          "l'ordre des dates",
                          to_iso(day.date), to_iso(previous)));
      }
    }
  }

  // Registering after a session has begun makes no sense: the deadline that
  // applies to it (its own, else the edition's) comes on or before its first day.
  void check_registration_deadline(const Session& session) {
    if (session.days.empty()) return;
    const Registration registration = effective_registration(catalogue_, session);
    if (!registration.deadline) return;
    const Date& first_day = session.days.front().date;
    if (*registration.deadline <= first_day) return;
    error(registration.deadline_position,
          fmt::format("la date limite d'inscription ({}) tombe après le premier jour de la "
                      "session {} ({})",
                      to_iso(*registration.deadline), session.code, to_iso(first_day)));
  }

  void check_sheet(const Course& course, const Sheet& sheet) {
    const bool shows_hours = std::any_of(
        sheet.rows.begin(), sheet.rows.end(),
        [](const SheetRow& row) { return row.generated == SheetRow::Generated::hours; });
    if (shows_hours) {
      for (const Session& session : course.sessions) {
        for (const Day& day : session.days) {
          if (day.start || day.end) continue;
          error(day.position,
                fmt::format("le jour {} de la session {} n'a pas d'horaire (attributs « start » et "
                            "« end ») alors que sa fiche affiche les horaires",
                            to_iso(day.date), base::shortened(session.code)));
        }
      }
    }
    std::vector<std::string> codes;
    for (const Session& session : course.sessions) codes.push_back(session.code);
    for (const SheetRow& row : sheet.rows) {
      if (row.session_code.empty()) continue;
      const bool of_course =
          std::any_of(course.sessions.begin(), course.sessions.end(),
                      [&](const Session& session) { return session.code == row.session_code; });
      if (!of_course) {
        error(row.position,
              fmt::format("la session {} n'est pas une session de ce cours ({})",
                          in_guillemets(row.session_code), base::short_list(codes, 10)));
      }
    }
  }

  const Catalogue& catalogue_;
  base::Diagnostics& diagnostics_;
  const CatalogueLimits& limits_;
  std::size_t session_count_ = 0;
  std::map<std::string, int> first_code_line_;
};
}  // namespace

void validate(const Catalogue& catalogue, base::Diagnostics& diagnostics,
              const CatalogueLimits& limits) {
  Validator(catalogue, diagnostics, limits).run();
}

}  // namespace catalogue
