// The catalogue of one edition, as read from xml/<edition>.xml.
// Plain values; positions point back into the XML for diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/date.hpp"
#include "catalogue/registration.hpp"
#include "catalogue/rich_text.hpp"

namespace catalogue {

struct Publisher {
  std::string name;     // "Fonds social des Milieux d'Accueil d'Enfants"
  std::string website;  // "https://www.tutorats.org"
  // The "éditeur responsable" Belgian law asks of a publication (name and
  // address, as printed); empty when the catalogue gives none.
  std::string responsible_editor;
};

struct Operator {
  std::string id;    // referenced by courses: "le-grain"
  std::string name;  // as printed: "Le Grain"
  base::SourcePosition position;
};

enum class CourseKind { atelier, intervision };

// One day of a session. Times are optional only for sessions whose hours are
// not yet known (no sheet); start and end are both set or both unset.
struct Day {
  Date date;
  std::optional<TimeOfDay> start;
  std::optional<TimeOfDay> end;
  base::SourcePosition position;
};

struct Place {
  std::string city;  // short form for tables: "Bruxelles"
  Paragraph address;  // full address, may be empty: "Le Grain : Rue du Marteau 19 – 1000 Bruxelles"
  base::SourcePosition position;
};

// One run of a course, with its own code (T2605), days and place.
struct Session {
  std::string code;
  std::vector<Day> days;  // in date order
  Place place;
  std::optional<Registration> registration;  // completes or overrides the edition's
  base::SourcePosition position;
};

// A labelled row of a course sheet. Most rows hold written content; a row can
// instead ask for text generated from the sessions (then `content` holds an
// optional note appended to it, like "(comprenant 1h de pause le midi)").
struct SheetRow {
  enum class Generated { none, hours, dates_and_place };
  std::string label;  // as written by the operator: "Objectif général", "Date et lieu 1"
  RichText content;
  Generated generated = Generated::none;
  std::string session_code;  // for dates_and_place: only this session (empty: all)
  base::SourcePosition position;
};

struct Sheet {
  std::vector<SheetRow> rows;
  base::SourcePosition position;
};

// The unit of content: one workshop or peer-review group, run as one or more
// sessions, all described by one optional sheet.
struct Course {
  std::string operator_id;
  CourseKind kind = CourseKind::atelier;
  std::string title;     // without markup ("9e rencontre"): file names, bookmarks, lists
  Paragraph title_text;  // as printed, with its superscripts (9<sup>e</sup> rencontre)
  bool open_to_schools = false;  // the "*" of the brochure
  std::vector<Session> sessions;
  std::optional<Sheet> sheet;
  base::SourcePosition position;
};

// A part of the programme ("Ateliers", "Intervisions") with its notes.
struct Section {
  CourseKind kind = CourseKind::atelier;
  std::string title;                // "Ateliers"
  std::vector<Paragraph> notes;     // "Durée : 1 jour ou 2 jours."
  std::optional<Paragraph> legend;  // what the star means: "Public MAE & ECOLE"
  std::vector<Course> courses;
  base::SourcePosition position;
};

struct Catalogue {
  std::string source_path;  // as given on the command line, used in diagnostics
  std::string edition;      // "2026-2027"
  std::string title;        // "Ateliers & Intervisions Tutorat", without markup
  Paragraph title_text;     // as printed, with its superscripts
  Date period_start;
  Date period_end;
  Publisher publisher;
  std::optional<Registration> registration;  // how to register, for every session
  std::vector<Operator> operators;
  std::vector<Section> sections;

  const Operator* find_operator(std::string_view id) const;
};

// A session with the course it belongs to, for tables and flyers.
struct SessionRef {
  const Section* section = nullptr;
  const Course* course = nullptr;
  const Session* session = nullptr;
};

// Every session of the catalogue, ordered by first day then code.
std::vector<SessionRef> sessions_by_date(const Catalogue& catalogue);
// The sessions of one section, same order.
std::vector<SessionRef> sessions_by_date(const Section& section);
const SessionRef* find_session(const std::vector<SessionRef>& sessions, std::string_view code);

}  // namespace catalogue
