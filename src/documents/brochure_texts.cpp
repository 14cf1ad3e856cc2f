#include "documents/brochure_texts.hpp"

#include <fmt/format.h>

#include "catalogue/french_dates.hpp"

namespace documents {

typeset::InlineRun text_run(std::string text, catalogue::SourcePosition position,
                            std::string link) {
  typeset::InlineRun run;
  run.text = std::move(text);
  run.link = std::move(link);
  run.position = position;
  return run;
}

std::string fill_fields(std::string_view text, const TextFields& fields) {
  std::string result;
  std::size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    if (text[i] == '{') {
      for (const auto& [name, value] : fields) {
        if (text.compare(i + 1, name.size(), name) == 0 && i + 1 + name.size() < text.size() &&
            text[i + 1 + name.size()] == '}') {
          result += value;
          i += name.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) result += text[i++];
  }
  return result;
}

std::string capitalised(std::string text) {
  // Month and weekday names start with an ASCII letter; so do codes and names.
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string website_as_printed(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  }
  if (url.starts_with("www.")) url.remove_prefix(4);
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

std::string period_phrase(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl) {
  auto month_year = [](const catalogue::Date& date) {
    return capitalised(fmt::format("{} {}", catalogue::month_name(date.month), date.year));
  };
  return fill_fields(tmpl.text("period"), {{"start", month_year(catalogue.period_start)},
                                           {"end", month_year(catalogue.period_end)}});
}

TextFields document_fields(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl) {
  return {{"title", catalogue.title},
          {"edition", catalogue.edition},
          {"publisher", catalogue.publisher.name},
          {"website", website_as_printed(catalogue.publisher.website)},
          {"period", period_phrase(catalogue, tmpl)}};
}

std::vector<typeset::InlineRun> runs_with_linked_website(std::string_view text,
                                                         const catalogue::Catalogue& catalogue,
                                                         const typeset::Template& tmpl) {
  constexpr std::string_view kWebsite = "{website}";
  const TextFields fields = document_fields(catalogue, tmpl);
  std::vector<typeset::InlineRun> runs;
  std::size_t done = 0;
  for (std::size_t at = text.find(kWebsite); at != std::string_view::npos;
       at = text.find(kWebsite, done)) {
    if (at > done) runs.push_back(text_run(fill_fields(text.substr(done, at - done), fields)));
    runs.push_back(
        text_run(website_as_printed(catalogue.publisher.website), {}, catalogue.publisher.website));
    done = at + kWebsite.size();
  }
  if (done < text.size()) runs.push_back(text_run(fill_fields(text.substr(done), fields)));
  return runs;
}

std::string course_codes(const catalogue::Course& course, const typeset::Template& tmpl) {
  std::string codes;
  for (const catalogue::Session& session : course.sessions) {
    if (!codes.empty()) codes += tmpl.text("code-separator");
    codes += session.code;
  }
  return codes;
}

TextFields course_fields(const catalogue::Catalogue& catalogue, const catalogue::Course& course,
                         const typeset::Template& tmpl) {
  const catalogue::Operator* op = catalogue.find_operator(course.operator_id);
  const bool atelier = course.kind == catalogue::CourseKind::atelier;
  return {{"operator", op != nullptr ? op->name : course.operator_id},
          {"kind", tmpl.text(atelier ? "kind-atelier" : "kind-intervision")},
          {"codes", course_codes(course, tmpl)},
          {"title", course.title}};
}

}  // namespace documents
