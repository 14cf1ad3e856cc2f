// Where an edition's files go. One folder per edition, so that each year's
// files can be archived as they are:
//   out/2026-2027/brochure-2026-2027.pdf
//   out/2026-2027/flyers/T2605-anticiper-la-venue-d-un-stagiaire.pdf
//   out/2026-2027/previews/T2605-anticiper-la-venue-d-un-stagiaire.png
//   out/2026-2027/agenda/T2605-anticiper-la-venue-d-un-stagiaire.ics
//   out/2026-2027/agenda/2026-2027.ics
//   out/2026-2027/mail/T2605-anticiper-la-venue-d-un-stagiaire.eml
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace documents {

// "out/2026-2027": the default folder of an edition's files.
std::filesystem::path default_edition_directory(std::string_view edition);

// "brochure-2026-2027.pdf".
std::string brochure_file_name(std::string_view edition);

// "T2605-anticiper-la-venue-d-un-stagiaire.pdf": the session code, then the
// slug of the course title (slug.hpp); "T2605.pdf" when the title has no
// letter or digit. Characters of the code outside [A-Za-z0-9_-] (which the
// catalogue's checks already refuse) become '-', so the name never leaves
// its folder.
std::string flyer_file_name(std::string_view session_code, std::string_view title);

// The same name with another extension (".png", ".ics", ".eml"): a session's
// files share their name.
std::string session_file_name(std::string_view session_code, std::string_view title,
                              std::string_view extension);

// The files of one edition under one folder.
struct EditionPaths {
  std::filesystem::path directory;  // out/2026-2027

  std::filesystem::path brochure(std::string_view edition) const;
  std::filesystem::path flyers_directory() const;  // out/2026-2027/flyers
  std::filesystem::path flyer(std::string_view session_code, std::string_view title) const;
  std::filesystem::path previews_directory() const;  // out/2026-2027/previews
  std::filesystem::path preview(std::string_view session_code, std::string_view title) const;
  std::filesystem::path agenda_directory() const;  // out/2026-2027/agenda
  std::filesystem::path calendar(std::string_view session_code, std::string_view title) const;
  std::filesystem::path edition_calendar(std::string_view edition) const;
  std::filesystem::path mail_directory() const;  // out/2026-2027/mail
  std::filesystem::path mail(std::string_view session_code, std::string_view title) const;
};

}  // namespace documents
