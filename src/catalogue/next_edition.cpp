#include "catalogue/next_edition.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <set>

#include "base/load_xml.hpp"
#include "base/message_text.hpp"
#include "base/source_map.hpp"
#include "base/xml_scan.hpp"
#include "catalogue/french_dates.hpp"
#include "catalogue/public_holidays.hpp"

namespace catalogue {

namespace {

// The same day `years` later; 29 February becomes the 28th.
Date years_later(const Date& date, int years) {
  Date moved{date.year + years, date.month, date.day};
  if (!moved.valid()) moved.day = 28;
  return moved;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "2027-2028" → 2027.
std::optional<int> first_year_of(std::string_view edition) {
  if (edition.size() != 9 || edition[4] != '-') return std::nullopt;
  for (std::size_t i = 0; i < 9; ++i) {
    if (i != 4 && !is_digit(edition[i])) return std::nullopt;
  }
  const int first = std::stoi(std::string(edition.substr(0, 4)));
  const int second = std::stoi(std::string(edition.substr(5, 4)));
  if (second != first + 1) return std::nullopt;
  return first;
}

// Where the two digits of the year are in a code of the edition's pattern
// (letters, then a year of the edition: T2605), or nullopt.
std::optional<std::size_t> year_digits_in_code(std::string_view code, int first_year) {
  std::size_t i = 0;
  while (i < code.size() && is_ascii_letter(code[i])) ++i;
  if (i + 3 > code.size() || !is_digit(code[i]) || !is_digit(code[i + 1])) return std::nullopt;
  const int digits = (code[i] - '0') * 10 + (code[i + 1] - '0');
  if (digits != first_year % 100 && digits != (first_year + 1) % 100) return std::nullopt;
  return i;
}

std::string renumbered_code(std::string_view code, std::size_t year_at, int years) {
  const int digits = (code[year_at] - '0') * 10 + (code[year_at + 1] - '0');
  return fmt::format("{}{:02}{}", code.substr(0, year_at), (digits + years) % 100,
                     code.substr(year_at + 2));
}

struct Edit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

// The raw attribute `name` of `element` (its value's place in the text).
std::optional<base::RawAttribute> raw_attribute(std::string_view xml, pugi::xml_node element,
                                                std::string_view name) {
  if (element.offset_debug() < 0) return std::nullopt;
  for (const base::RawAttribute& attribute :
       base::scan_start_tag(xml, static_cast<std::size_t>(element.offset_debug()))) {
    if (attribute.name == name) return attribute;
  }
  return std::nullopt;
}

void replace_attribute(std::string_view xml, pugi::xml_node element, std::string_view name,
                       std::string value, std::vector<Edit>& edits) {
  if (const auto attribute = raw_attribute(xml, element, name)) {
    edits.push_back({attribute->value_begin, attribute->value_end, std::move(value)});
  }
}

void collect_elements(pugi::xml_node node, std::string_view name,
                      std::vector<pugi::xml_node>& found) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (name == child.name()) found.push_back(child);
    collect_elements(child, name, found);
  }
}

// How many whole weeks the days move: the usual number, or one more when
// the usual would put a day before the new period (and one more keeps every
// day inside it).
int weeks_for(const std::vector<Date>& days, int usual_weeks, const Date& start, const Date& end) {
  const auto fits = [&](int weeks) {
    return std::all_of(days.begin(), days.end(), [&](const Date& day) {
      const Date moved = day.plus_days(7L * weeks);
      return !(moved < start) && !(end < moved);
    });
  };
  if (!fits(usual_weeks) && fits(usual_weeks + 1)) return usual_weeks + 1;
  return usual_weeks;
}

}  // namespace

NextEditionOutcome make_next_edition(std::string_view xml, const Catalogue& current,
                                     std::string_view edition) {
  NextEditionOutcome outcome;
  const std::optional<int> current_first = first_year_of(current.edition);
  const std::optional<int> first = first_year_of(edition);
  if (!first) {
    outcome.error = fmt::format(
        "l'édition {} doit s'écrire AAAA-AAAA avec deux années qui se suivent, par exemple {}",
        base::in_guillemets(edition),
        current_first ? fmt::format("{}-{}", *current_first + 1, *current_first + 2) : "2027-2028");
    return outcome;
  }
  if (!current_first || *first <= *current_first) {
    outcome.error = fmt::format("l'édition {} ne vient pas après celle du catalogue ({})", edition,
                                current.edition);
    return outcome;
  }

  base::Diagnostics parse_problems;
  const auto document =
      base::parse_xml(std::string(xml), current.source_path,
                      {.root = "catalogue", .keep_blank_text = true}, parse_problems);
  if (!document || parse_problems.has_errors()) {
    outcome.error = fmt::format("{} ne se relit pas comme un catalogue", current.source_path);
    return outcome;
  }
  const std::string_view text = document->source().xml();
  const pugi::xml_node root = document->root();

  NextEdition next;
  next.edition = std::string(edition);
  next.years = *first - *current_first;
  next.period_start = years_later(current.period_start, next.years);
  next.period_end = years_later(current.period_end, next.years);
  next.usual_weeks = static_cast<int>(
      (next.period_start.days_since_epoch() - current.period_start.days_since_epoch()) / 7);

  std::vector<Edit> edits;
  replace_attribute(text, root, "edition", next.edition, edits);
  replace_attribute(text, root, "start", to_iso(next.period_start), edits);
  replace_attribute(text, root, "end", to_iso(next.period_end), edits);

  std::vector<pugi::xml_node> sessions;
  collect_elements(root, "session", sessions);
  std::map<std::string, std::string, std::less<>> new_codes;
  for (pugi::xml_node session : sessions) {
    MovedSession moved;
    moved.old_code = session.attribute("code").value();
    std::vector<std::pair<pugi::xml_node, Date>> days;
    for (pugi::xml_node day : session.children("day")) {
      if (const std::optional<Date> date = parse_iso_date(day.attribute("date").value()))
        days.emplace_back(day, *date);
    }
    std::vector<Date> dates;
    for (const auto& [node, date] : days) dates.push_back(date);
    moved.weeks = weeks_for(dates, next.usual_weeks, next.period_start, next.period_end);
    for (const auto& [node, date] : days) {
      replace_attribute(text, node, "date", to_iso(date.plus_days(7L * moved.weeks)), edits);
    }
    if (const auto year_at = year_digits_in_code(moved.old_code, *current_first)) {
      moved.new_code = renumbered_code(moved.old_code, *year_at, next.years);
      moved.renumbered = true;
      replace_attribute(text, session, "code", moved.new_code, edits);
    } else {
      moved.new_code = moved.old_code;
    }
    new_codes.emplace(moved.old_code, moved.new_code);
    next.sessions.push_back(std::move(moved));
  }

  std::vector<pugi::xml_node> rows;
  collect_elements(root, "row", rows);
  for (pugi::xml_node row : rows) {
    const pugi::xml_attribute session = row.attribute("session");
    if (!session) continue;
    const auto found = new_codes.find(std::string_view(session.value()));
    if (found != new_codes.end() && found->second != found->first) {
      replace_attribute(text, row, "session", found->second, edits);
    }
  }

  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::size_t copied = 0;
  for (const Edit& edit : edits) {
    next.xml.append(text.substr(copied, edit.begin - copied));
    next.xml += edit.text;
    copied = edit.end;
  }
  next.xml.append(text.substr(copied));
  outcome.value = std::move(next);
  return outcome;
}

namespace {

constexpr std::string_view kMonths[] = {"janvier",   "février", "mars",     "avril",
                                        "mai",       "juin",    "juillet",  "août",
                                        "septembre", "octobre", "novembre", "décembre"};

bool word_byte(char c) {
  return is_ascii_letter(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// "15 septembre", "1er mars" starting at `at` (a digit that starts a word):
// its length, or 0.
std::size_t date_phrase_at(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && i - at < 2 && is_digit(text[i])) ++i;
  if (i == at || (i < text.size() && is_digit(text[i]))) return 0;
  if (text.substr(i).starts_with("er")) i += 2;
  if (i >= text.size() || text[i] != ' ') return 0;
  ++i;
  for (std::string_view month : kMonths) {
    if (text.substr(i).starts_with(month) &&
        (i + month.size() == text.size() || !word_byte(text[i + month.size()]))) {
      return i + month.size() - at;
    }
  }
  return 0;
}

// Years, date phrases and codes of the old edition written in the texts (not
// in tags nor comments) of the new file.
void report_mentions(const NextEdition& next, const Catalogue& current, const std::string& file,
                     base::Diagnostics& diagnostics) {
  const std::string_view xml = next.xml;
  const base::SourceMap map(xml);
  std::set<std::string, std::less<>> old_years;
  for (int year = current.period_start.year; year <= current.period_end.year; ++year)
    old_years.insert(std::to_string(year));
  std::map<std::string, std::string, std::less<>> codes;
  for (const MovedSession& session : next.sessions)
    if (session.renumbered) codes.emplace(session.old_code, session.new_code);
  const std::string for_edition = fmt::format("vérifiez-le pour l'édition {}", next.edition);

  std::size_t at = 0;
  while (at < xml.size()) {
    if (xml[at] == '<') {
      const std::string_view closing = xml.substr(at).starts_with("<!--") ? "-->" : ">";
      const std::size_t end = xml.find(closing, at);
      if (end == std::string_view::npos) break;
      at = end + closing.size();
      continue;
    }
    const bool starts_word = at == 0 || !word_byte(xml[at - 1]);
    if (!starts_word || !word_byte(xml[at])) {
      ++at;
      continue;
    }
    std::size_t word_end = at;
    while (word_end < xml.size() && word_byte(xml[word_end])) ++word_end;
    const std::string_view word = xml.substr(at, word_end - at);
    const base::SourcePosition position = map.position_at(at);
    if (const std::size_t phrase = date_phrase_at(xml, at)) {
      diagnostics.warning(file, position,
                          fmt::format("ce texte donne une date, {} : {}",
                                      base::in_guillemets(xml.substr(at, phrase)), for_edition));
      at += phrase;
      continue;
    }
    if (old_years.contains(word)) {
      diagnostics.warning(file, position,
                          fmt::format("ce texte mentionne l'année {} : {}", word, for_edition));
    } else if (const auto code = codes.find(word); code != codes.end()) {
      diagnostics.warning(file, position,
                          fmt::format("ce texte cite la session {}, devenue {} : corrigez le code",
                                      code->first, code->second));
    }
    at = word_end;
  }
}

}  // namespace

void report_next_edition_checks(const NextEdition& next, const Catalogue& current,
                                const Catalogue& moved, base::Diagnostics& diagnostics) {
  const std::string& file = moved.source_path;
  std::map<std::string, const MovedSession*, std::less<>> by_new_code;
  for (const MovedSession& session : next.sessions) by_new_code.emplace(session.new_code, &session);

  for (const Section& section : moved.sections) {
    for (const Course& course : section.courses) {
      for (const Session& session : course.sessions) {
        const auto found = by_new_code.find(session.code);
        if (found != by_new_code.end()) {
          const MovedSession& how = *found->second;
          if (how.weeks != next.usual_weeks && !session.days.empty()) {
            diagnostics.warning(
                file, session.position,
                fmt::format("la session {} avance de {} semaines, pas {} : {} semaines l'auraient "
                            "placée avant le début de l'édition ({}) ; confirmez ses dates",
                            session.code, how.weeks, next.usual_weeks, next.usual_weeks,
                            long_date(next.period_start)));
          }
          if (!how.renumbered) {
            diagnostics.warning(
                file, session.position,
                fmt::format("le code {} ne suit pas le modèle de l'édition (des lettres, puis les "
                            "deux chiffres d'une de ses années, comme T{:02}05) : il est gardé ; "
                            "vérifiez qu'il convient à l'édition {}",
                            session.code, next.period_start.year % 100, next.edition));
          } else if (!session.days.empty()) {
            const std::size_t year_at = *year_digits_in_code(session.code, next.period_start.year);
            const int code_year =
                (session.code[year_at] - '0') * 10 + (session.code[year_at + 1] - '0');
            const Date& first_day = session.days.front().date;
            if (code_year != first_day.year % 100) {
              diagnostics.warning(
                  file, session.position,
                  fmt::format("le code {} annonce 20{:02}, mais la session commence le {} : "
                              "vérifiez le code",
                              session.code, code_year, long_date(first_day)));
            }
          }
        }
        for (const Day& day : session.days) {
          if (const auto holiday = public_holiday(day.date)) {
            diagnostics.warning(file, day.position,
                                fmt::format("le {} est un jour férié ({}) : déplacez ce jour de "
                                            "la session {} ou confirmez-le avec l'opérateur",
                                            long_date(day.date), *holiday, session.code));
          }
        }
      }
    }
  }
  report_mentions(next, current, file, diagnostics);
}

}  // namespace catalogue
