// What a document needs from its template, read by name and checked before
// anything is laid out: a template missing a text, a style or a page master is
// refused with every missing name at once, each named once, at the template's
// <template> element, with the element that defines it and the closest name
// the template does define. The brochure and the flyer read their templates
// this one way (at render time and by `brochure check`).
//
//   documents::TemplateRequirements needs(tmpl, "le flyer", diagnostics);
//   std::string label = needs.text("label-code");
//   needs.paragraph_style("title");
//   if (!needs.ok()) return std::nullopt;
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/geometry.hpp"
#include "typeset/template.hpp"

namespace documents {

class TemplateRequirements {
 public:
  // `document` names who needs the template in messages ("le flyer").
  TemplateRequirements(const typeset::Template& tmpl, std::string document,
                       base::Diagnostics& diagnostics);

  bool ok() const { return ok_; }

  // The value, or an empty / zero one after reporting that it is missing.
  std::string text(std::string_view name);
  // A text whose fields must be among `fields`: a misspelt field is reported
  // at the text's place, with the fields it could use.
  std::string text(std::string_view name, const std::vector<std::string_view>& fields);
  double length(std::string_view name);
  typeset::Color color(std::string_view name);
  void paragraph_style(std::string_view name);
  void list_style(std::string_view name);
  void table_style(std::string_view name);
  void columns_style(std::string_view name);
  const typeset::PageMaster* page_master(std::string_view name);

  // Checks that the zones of `master` use only these fields (and the page's
  // own: {page}, {pages}, {mark}).
  void zone_fields(std::string_view master_name, const std::vector<std::string_view>& fields);

  // A problem of the template's values (an error of its file).
  void error(std::string message);

 private:
  void missing(std::string_view kind, std::string_view name, std::string_view element,
               const std::vector<std::string_view>& defined);

  const typeset::Template& tmpl_;
  std::string document_;
  base::Diagnostics& diagnostics_;
  bool ok_ = true;
};

}  // namespace documents
