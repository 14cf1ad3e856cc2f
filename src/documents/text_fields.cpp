#include "documents/text_fields.hpp"

namespace documents {

typeset::InlineRun text_run(std::string text, base::SourcePosition position, std::string link) {
  typeset::InlineRun run;
  run.text = std::move(text);
  run.link = std::move(link);
  run.position = position;
  return run;
}

std::string website_as_printed(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  }
  if (url.starts_with("www.")) url.remove_prefix(4);
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

std::string website_host(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  }
  url = url.substr(0, url.find_first_of("/:?#"));
  return url.empty() ? std::string("brochure.invalid") : std::string(url);
}

base::Fields catalogue_fields(const catalogue::Catalogue& catalogue) {
  base::Fields fields{{"title", catalogue.title},
                      {"edition", catalogue.edition},
                      {"publisher", catalogue.publisher.name}};
  fields.set("website", website_as_printed(catalogue.publisher.website),
             catalogue.publisher.website);
  return fields;
}

}  // namespace documents
