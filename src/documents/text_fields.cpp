#include "documents/text_fields.hpp"

namespace documents {

typeset::InlineRun text_run(std::string text, base::SourcePosition position, std::string link) {
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

std::string website_as_printed(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"}) {
    if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  }
  if (url.starts_with("www.")) url.remove_prefix(4);
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

std::vector<typeset::InlineRun> runs_with_linked_website(std::string_view text,
                                                         const TextFields& fields,
                                                         const std::string& website) {
  constexpr std::string_view kWebsite = "{website}";
  std::vector<typeset::InlineRun> runs;
  std::size_t done = 0;
  for (std::size_t at = text.find(kWebsite); at != std::string_view::npos;
       at = text.find(kWebsite, done)) {
    if (at > done) runs.push_back(text_run(fill_fields(text.substr(done, at - done), fields)));
    runs.push_back(text_run(website_as_printed(website), {}, website));
    done = at + kWebsite.size();
  }
  if (done < text.size()) runs.push_back(text_run(fill_fields(text.substr(done), fields)));
  return runs;
}

}  // namespace documents
