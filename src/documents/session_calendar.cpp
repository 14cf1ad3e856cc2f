#include "documents/session_calendar.hpp"

#include <fmt/format.h>
#include <libical/ical.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>

#include "documents/text_fields.hpp"

namespace documents {

namespace {

constexpr std::string_view kEventFields[] = {"day", "days", "all-day-note"};
constexpr const char* kProductId =
    "-//Fonds social des Milieux d'Accueil d'Enfants//brochure " BROCHURE_VERSION "//FR";

// libical keeps some state process-wide (its UTC zone, its error number): one
// calendar at a time, whatever the number of threads.
std::mutex& libical_mutex() {
  static std::mutex mutex;
  return mutex;
}

struct ComponentFree {
  void operator()(icalcomponent* component) const {
    if (component != nullptr) icalcomponent_free(component);
  }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype local_time(const catalogue::Date& date, const catalogue::TimeOfDay& time) {
  icaltimetype value = icaltime_null_time();
  value.year = date.year;
  value.month = date.month;
  value.day = date.day;
  value.hour = time.hour();
  value.minute = time.minute();
  return value;
}

icaltimetype date_only(const catalogue::Date& date, int days_after = 0) {
  icaltimetype value = icaltime_null_date();
  value.year = date.year;
  value.month = date.month;
  value.day = date.day;
  icaltime_adjust(&value, days_after, 0, 0, 0);
  return value;
}

icalproperty* with_zone(icalproperty* property, const std::string& zone) {
  icalproperty_add_parameter(property, icalparameter_new_tzid(zone.c_str()));
  return property;
}

icalproperty* named(icalproperty* property, const char* name) {
  icalproperty_set_x_name(property, name);
  return property;
}

class CalendarWriter {
 public:
  CalendarWriter(const catalogue::Catalogue& catalogue, const CalendarSettings& settings,
                 std::int64_t stamp)
      : catalogue_(catalogue), settings_(settings) {
    stamp_ = icaltime_from_timet_with_zone(static_cast<time_t>(stamp), 0,
                                           icaltimezone_get_utc_timezone());
    calendar_.reset(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar_.get(), icalproperty_new_prodid(kProductId));
    icalcomponent_add_property(calendar_.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar_.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar_.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const Component zone(icalparser_parse_string(settings.timezone.c_str()));
    if (zone) icalcomponent_add_component(calendar_.get(), icalcomponent_new_clone(zone.get()));
  }

  void name(const std::string& calendar_name) {
    icalcomponent_add_property(calendar_.get(),
                               named(icalproperty_new_x(calendar_name.c_str()), "X-WR-CALNAME"));
    icalcomponent_add_property(
        calendar_.get(), named(icalproperty_new_x(settings_.timezone_id.c_str()), "X-WR-TIMEZONE"));
  }

  void add_session(const catalogue::SessionRef& ref) {
    const catalogue::Session& session = *ref.session;
    base::Fields fields = session_fields(catalogue_, ref, settings_.session);
    const int days = static_cast<int>(session.days.size());
    fields.set("days", std::to_string(days));
    const std::string url = catalogue::effective_registration(catalogue_, session).website;
    for (int index = 0; index < days; ++index) {
      const catalogue::Day& day = session.days[static_cast<std::size_t>(index)];
      const bool all_day = !day.start || !day.end;
      fields.set("day", std::to_string(index + 1));
      fields.set("all-day-note",
                 all_day ? one_line_from_template(settings_.all_day_note, fields) : "");
      icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
      icalcomponent_add_property(
          event, icalproperty_new_uid(event_uid(catalogue_, session, index + 1).c_str()));
      icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp_));
      if (all_day) {
        icalcomponent_add_property(event, icalproperty_new_dtstart(date_only(day.date)));
        icalcomponent_add_property(event, icalproperty_new_dtend(date_only(day.date, 1)));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
      } else {
        icalcomponent_add_property(
            event, with_zone(icalproperty_new_dtstart(local_time(day.date, *day.start)),
                             settings_.timezone_id));
        icalcomponent_add_property(event,
                                   with_zone(icalproperty_new_dtend(local_time(day.date, *day.end)),
                                             settings_.timezone_id));
      }
      const std::string& summary = days > 1 ? settings_.summary_of_several : settings_.summary;
      icalcomponent_add_property(
          event, icalproperty_new_summary(one_line_from_template(summary, fields).c_str()));
      icalcomponent_add_property(event,
                                 icalproperty_new_location(fields.find("place")->value.c_str()));
      std::string description = plain_text_from_template(settings_.description, fields);
      if (!description.empty()) description.pop_back();
      icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
      if (!url.empty()) icalcomponent_add_property(event, icalproperty_new_url(url.c_str()));
      icalcomponent_add_component(calendar_.get(), event);
      ++events_;
    }
  }

  CalendarFile finish() {
    CalendarFile file;
    char* text = icalcomponent_as_ical_string_r(calendar_.get());
    if (text == nullptr) {
      file.diagnostics.error(catalogue_.source_path, {},
                             "le calendrier n'a pas pu être écrit (libical)");
      return file;
    }
    file.bytes = text;
    std::free(text);
    file.events = events_;
    return file;
  }

 private:
  const catalogue::Catalogue& catalogue_;
  const CalendarSettings& settings_;
  icaltimetype stamp_{};
  Component calendar_;
  int events_ = 0;
};

// A time zone file is a few hundred bytes: a bigger one is not one.
bool read_small_file(const std::string& path, std::string& text) {
  constexpr std::uintmax_t kLargest = 64 * 1024;
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error || size > kLargest) return false;
  std::ifstream in(path, std::ios::binary);
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return in.good() || in.eof();
}

}  // namespace

std::vector<std::string_view> calendar_field_names() {
  return session_field_names(kEventFields);
}

std::optional<CalendarSettings> read_calendar_settings(const typeset::Template& tmpl,
                                                       const std::string& data_dir,
                                                       base::Diagnostics& diagnostics) {
  TemplateRequirements needs(tmpl, "le calendrier", diagnostics);
  const std::vector<std::string_view> fields = calendar_field_names();
  CalendarSettings settings;
  settings.summary = needs.text("summary", fields);
  settings.summary_of_several = needs.text("summary-of-several", fields);
  settings.description = needs.text("description", fields);
  settings.all_day_note = needs.text("all-day-note", fields);
  settings.calendar_name = needs.text("calendar-name", fields);
  const std::string timezone_file = needs.text("timezone-file", {});
  settings.session = read_session_texts(needs);
  if (!needs.ok()) return std::nullopt;

  const std::string path =
      timezone_file.starts_with('/') ? timezone_file : data_dir + "/" + timezone_file;
  std::string text;
  if (!read_small_file(path, text)) {
    diagnostics.error(path, {},
                      "impossible de lire le fuseau horaire (fichier absent, illisible ou de "
                      "plus de 64 Ko)");
    return std::nullopt;
  }
  const std::lock_guard<std::mutex> lock(libical_mutex());
  const Component calendar(icalparser_parse_string(text.c_str()));
  icalcomponent* zone =
      calendar ? icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT)
               : nullptr;
  icalproperty* id =
      zone != nullptr ? icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY) : nullptr;
  if (id == nullptr) {
    diagnostics.error(path, {},
                      "ce fichier doit contenir un fuseau horaire (VTIMEZONE avec TZID) au "
                      "format iCalendar");
    return std::nullopt;
  }
  settings.timezone_id = icalproperty_get_tzid(id);
  char* zone_text = icalcomponent_as_ical_string_r(zone);
  settings.timezone = zone_text;
  std::free(zone_text);
  return settings;
}

std::string event_uid(const catalogue::Catalogue& catalogue, const catalogue::Session& session,
                      int day_number) {
  return fmt::format("{}-{}-{}@{}", catalogue.edition, session.code, day_number,
                     website_host(catalogue.publisher.website));
}

CalendarFile session_calendar(const catalogue::Catalogue& catalogue,
                              const catalogue::SessionRef& session,
                              const CalendarSettings& settings, std::int64_t stamp) {
  const std::lock_guard<std::mutex> lock(libical_mutex());
  CalendarWriter writer(catalogue, settings, stamp);
  writer.add_session(session);
  return writer.finish();
}

CalendarFile edition_calendar(const catalogue::Catalogue& catalogue,
                              const std::vector<catalogue::SessionRef>& sessions,
                              const CalendarSettings& settings, std::int64_t stamp) {
  const std::lock_guard<std::mutex> lock(libical_mutex());
  CalendarWriter writer(catalogue, settings, stamp);
  writer.name(one_line_from_template(settings.calendar_name, catalogue_fields(catalogue)));
  for (const catalogue::SessionRef& session : sessions) writer.add_session(session);
  return writer.finish();
}

}  // namespace documents
