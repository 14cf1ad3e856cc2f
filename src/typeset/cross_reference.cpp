#include "typeset/cross_reference.hpp"

#include <fmt/format.h>

#include "base/fields.hpp"

namespace typeset {

namespace {

constexpr std::string_view kPageOf = "page-of:";

std::string page_text(std::string_view anchor, const LayoutContext& context) {
  if (context.anchor_pages == nullptr) return "00";  // first pass: a two-digit guess
  auto found = context.anchor_pages->find(anchor);
  if (found == context.anchor_pages->end()) {
    context.report(fmt::format("renvoi vers une ancre inconnue « {} »", anchor));
    return "??";
  }
  return std::to_string(found->second);
}

}  // namespace

bool has_cross_reference(std::string_view text) {
  for (const base::TextPiece& piece : base::split_fields(text)) {
    if (piece.field && piece.text.starts_with(kPageOf)) return true;
  }
  return false;
}

std::vector<InlineRun> resolve_cross_references(const std::vector<InlineRun>& runs,
                                                const LayoutContext& context) {
  std::vector<InlineRun> resolved;
  for (const InlineRun& run : runs) {
    if (!has_cross_reference(run.text)) {
      resolved.push_back(run);
      continue;
    }
    // Literal text and other fields stay together; each reference is a run of
    // its own, linked to its anchor.
    InlineRun pending = run;
    pending.text.clear();
    for (const base::TextPiece& piece : base::split_fields(run.text)) {
      if (!piece.field || !piece.text.starts_with(kPageOf)) {
        if (piece.field) {
          pending.text += base::field_text(piece.text);
        } else {
          pending.text += piece.text;
        }
        continue;
      }
      if (!pending.text.empty()) resolved.push_back(pending);
      pending.text.clear();
      const std::string_view anchor = piece.text.substr(kPageOf.size());
      InlineRun number = run;
      number.text = page_text(anchor, context);
      if (number.link.empty()) {
        number.link.reserve(anchor.size() + 1);
        number.link += '#';
        number.link += anchor;
      }
      resolved.push_back(std::move(number));
    }
    if (!pending.text.empty()) resolved.push_back(std::move(pending));
  }
  return resolved;
}

}  // namespace typeset
