#include "typeset/field_runs.hpp"

namespace typeset {

std::vector<InlineRun> field_runs(std::string_view text, const base::Fields& fields,
                                  std::string_view link, base::SourcePosition position) {
  const std::string whole_link = base::expand_fields(link, fields);
  std::vector<InlineRun> runs;
  InlineRun pending;  // literal text and plain fields accumulate into one run
  pending.link = whole_link;
  pending.position = position;
  const auto flush = [&] {
    if (!pending.text.empty()) runs.push_back(pending);
    pending.text.clear();
  };
  for (const base::TextPiece& piece : base::split_fields(text)) {
    const base::Field* field = piece.field ? fields.find(piece.text) : nullptr;
    if (field == nullptr) {
      if (piece.field) {
        pending.text += base::field_text(piece.text);
      } else {
        pending.text += piece.text;
      }
    } else if (field->link.empty() || !whole_link.empty()) {
      pending.text += field->value;
    } else {
      flush();
      InlineRun linked = pending;
      linked.text = field->value;
      linked.link = field->link;
      if (!linked.text.empty()) runs.push_back(std::move(linked));
    }
  }
  flush();
  return runs;
}

}  // namespace typeset
