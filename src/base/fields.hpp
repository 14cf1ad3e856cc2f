// Named fields in template texts: "page {page} / {pages}", "{codes} · {operator}",
// "p. {page-of:session-T2605}". One expander for every kind of field, so that
// all texts read the same way whatever fills them (the document, the page, a
// cross-reference).
//
//   base::Fields fields{{"title", "Ateliers"}, {"edition", "2026-2027"}};
//   fields.set("website", "tutorats.org", "https://www.tutorats.org");  // printed, linked
//   base::expand_fields("{title} {edition}", fields);  // "Ateliers 2026-2027"
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace base {

// A piece of a text: literal text, or the name of a field ("{name}" in the text).
struct TextPiece {
  std::string_view text;  // the literal text, or the field's name without braces
  bool field = false;
};

// `text` cut into literal text and fields, in order. A field is "{name}" with a
// name of letters, digits and - _ : . ; any other brace is literal text.
std::vector<TextPiece> split_fields(std::string_view text);

struct Field {
  std::string name;
  std::string value;  // what the text shows
  std::string link;   // where it points (a URI or "#anchor"), empty for none
};

// The values a document gives its texts. A later set() of a name replaces it.
class Fields {
 public:
  Fields() = default;
  Fields(std::initializer_list<std::pair<std::string, std::string>> values);

  Fields& set(std::string name, std::string value, std::string link = {});
  // nullptr when the name has no value.
  const Field* find(std::string_view name) const;
  // These fields, then `more` (whose values win).
  Fields with(const Fields& more) const;
  const std::vector<Field>& items() const { return items_; }

 private:
  std::vector<Field> items_;
};

// "{name}": a field as written in a text.
std::string field_text(std::string_view name);

// `text` with each known field replaced by its value; unknown fields stay as
// written, so that a later stage may fill them ({page} once pages are known).
std::string expand_fields(std::string_view text, const Fields& fields);

// The names of the fields in `text` that none of `known` defines, each once,
// in order: a misspelt field in a template is reported instead of printed.
std::vector<std::string> unknown_fields(std::string_view text,
                                        const std::vector<std::string_view>& known);

}  // namespace base
