#include "typeset/cross_reference.hpp"

#include <fmt/format.h>

namespace typeset {

namespace {

constexpr std::string_view kPageOf = "{page-of:";

std::string page_text(const std::string& anchor, const LayoutContext& context) {
  if (context.anchor_pages == nullptr) return "00";  // first pass: a two-digit guess
  auto found = context.anchor_pages->find(anchor);
  if (found == context.anchor_pages->end()) {
    context.report(fmt::format("renvoi vers une ancre inconnue « {} »", anchor));
    return "??";
  }
  return std::to_string(found->second);
}

}  // namespace

std::vector<InlineRun> resolve_cross_references(const std::vector<InlineRun>& runs,
                                                const LayoutContext& context) {
  std::vector<InlineRun> resolved;
  for (const InlineRun& run : runs) {
    std::size_t done = 0;
    std::size_t field = run.text.find(kPageOf);
    if (field == std::string::npos) {
      resolved.push_back(run);
      continue;
    }
    while (field != std::string::npos) {
      std::size_t close = run.text.find('}', field);
      if (close == std::string::npos) break;
      if (field > done) {
        InlineRun before = run;
        before.text = run.text.substr(done, field - done);
        resolved.push_back(std::move(before));
      }
      std::string anchor = run.text.substr(field + kPageOf.size(), close - field - kPageOf.size());
      InlineRun number = run;
      number.text = page_text(anchor, context);
      if (number.link.empty()) number.link = "#" + anchor;
      resolved.push_back(std::move(number));
      done = close + 1;
      field = run.text.find(kPageOf, done);
    }
    if (done < run.text.size()) {
      InlineRun after = run;
      after.text = run.text.substr(done);
      resolved.push_back(std::move(after));
    }
  }
  return resolved;
}

std::string expand_page_fields(const std::string& text, int page, int pages,
                               const std::string& mark) {
  std::string result;
  std::size_t i = 0;
  while (i < text.size()) {
    auto field = [&](std::string_view name) { return text.compare(i, name.size(), name) == 0; };
    if (field("{page}")) {
      result += std::to_string(page);
      i += 6;
    } else if (field("{pages}")) {
      result += std::to_string(pages);
      i += 7;
    } else if (field("{mark}")) {
      result += mark;
      i += 6;
    } else {
      result += text[i++];
    }
  }
  return result;
}

}  // namespace typeset
