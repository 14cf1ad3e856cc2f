#include "documents/output_paths.hpp"

#include "documents/slug.hpp"

namespace documents {

namespace {

constexpr std::string_view kOutputRoot = "out";
constexpr std::string_view kFlyersFolder = "flyers";
constexpr std::string_view kPreviewsFolder = "previews";
constexpr std::string_view kAgendaFolder = "agenda";
constexpr std::string_view kMailFolder = "mail";
constexpr std::string_view kBrochurePrefix = "brochure-";
constexpr std::string_view kPdfExtension = ".pdf";

bool is_file_name_safe(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

std::filesystem::path default_edition_directory(std::string_view edition) {
  return std::filesystem::path(kOutputRoot) / std::string(edition);
}

std::string brochure_file_name(std::string_view edition) {
  std::string name(kBrochurePrefix);
  for (char c : edition) name += is_file_name_safe(c) ? c : '-';
  return name + std::string(kPdfExtension);
}

std::string flyer_file_name(std::string_view session_code, std::string_view title) {
  return session_file_name(session_code, title, kPdfExtension);
}

std::string session_file_name(std::string_view session_code, std::string_view title,
                              std::string_view extension) {
  std::string name;
  for (char c : session_code) name += is_file_name_safe(c) ? c : '-';
  const std::string title_slug = slug(title);
  if (!title_slug.empty()) name += "-" + title_slug;
  return name + std::string(extension);
}

std::filesystem::path EditionPaths::brochure(std::string_view edition) const {
  return directory / brochure_file_name(edition);
}

std::filesystem::path EditionPaths::flyers_directory() const {
  return directory / kFlyersFolder;
}

std::filesystem::path EditionPaths::flyer(std::string_view session_code,
                                          std::string_view title) const {
  return flyers_directory() / flyer_file_name(session_code, title);
}

std::filesystem::path EditionPaths::previews_directory() const {
  return directory / kPreviewsFolder;
}

std::filesystem::path EditionPaths::preview(std::string_view session_code,
                                            std::string_view title) const {
  return previews_directory() / session_file_name(session_code, title, ".png");
}

std::filesystem::path EditionPaths::agenda_directory() const {
  return directory / kAgendaFolder;
}

std::filesystem::path EditionPaths::calendar(std::string_view session_code,
                                             std::string_view title) const {
  return agenda_directory() / session_file_name(session_code, title, ".ics");
}

std::filesystem::path EditionPaths::edition_calendar(std::string_view edition) const {
  std::string name;
  for (char c : edition) name += is_file_name_safe(c) ? c : '-';
  return agenda_directory() / (name + ".ics");
}

std::filesystem::path EditionPaths::mail_directory() const {
  return directory / kMailFolder;
}

std::filesystem::path EditionPaths::mail(std::string_view session_code,
                                         std::string_view title) const {
  return mail_directory() / session_file_name(session_code, title, ".eml");
}

}  // namespace documents
