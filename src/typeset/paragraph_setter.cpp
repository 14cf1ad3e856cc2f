#include "typeset/paragraph_setter.hpp"

namespace typeset {

SetParagraphFn text_setter(TextContext context) {
  return [context](const std::vector<InlineRun>& runs, const ParagraphStyle& style, double width) {
    return set_paragraph(runs, style, width, context);
  };
}

}  // namespace typeset
