// Characters no font of a run can print, found where they were typed: in the
// catalogue, and in the templates and the files they include. The commands
// that write PDFs report each one with its file:line:col and a hint before
// anything is laid out — as errors by default, so that no PDF ever shows a
// "?", or as warnings when the user accepts the "?" (--missing-characters
// warning); `brochure check` reports them the same way.
//
//   const documents::PrintableCharacters printable(resources);
//   documents::report_unprintable(catalogue_path, printable, base::Severity::error, diagnostics);
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "documents/resources.hpp"

namespace documents {

// What the fonts of a run print: a character is printable when every family
// of the templates draws it in its four styles (with the fallback), so that
// it prints whatever style the text it is in.
class PrintableCharacters {
 public:
  explicit PrintableCharacters(const Resources& resources);
  bool printable(char32_t code_point) const;

 private:
  const typeset::FontLibrary* fonts_;
  std::vector<std::string> families_;
};

// Reports each unprintable character of the XML file at `path` (its text and
// attribute values) with `severity`; consecutive superscript letters (the
// "ᵉʳ" of "1ᵉʳ") are one problem. Returns how many were reported. A file
// that cannot be read adds nothing: its readers report it.
int report_unprintable(const std::string& path, const PrintableCharacters& printable,
                       base::Severity severity, base::Diagnostics& diagnostics);

// The same for the catalogue and every template file of `resources`.
int report_unprintable_in_run(const std::string& catalogue_path, const Resources& resources,
                              base::Severity severity, base::Diagnostics& diagnostics);

}  // namespace documents
