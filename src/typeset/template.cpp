#include "typeset/template.hpp"

#include <fmt/format.h>

namespace typeset {

namespace {

template <typename Map>
const typename Map::mapped_type* find(const Map& map, std::string_view name) {
  auto found = map.find(name);
  return found == map.end() ? nullptr : &found->second;
}

}  // namespace

const ParagraphStyle* Template::paragraph_style(std::string_view name) const {
  return find(paragraph_styles, name);
}
const ListStyle* Template::list_style(std::string_view name) const {
  return find(list_styles, name);
}
const TableStyle* Template::table_style(std::string_view name) const {
  return find(table_styles, name);
}
const ColumnsStyle* Template::columns_style(std::string_view name) const {
  return find(columns_styles, name);
}
const PageMaster* Template::page_master(std::string_view name) const {
  return find(page_masters, name);
}

std::string Template::text(std::string_view name) const {
  const std::string* found = find(texts, name);
  return found == nullptr ? std::string() : *found;
}

std::optional<Color> Template::color(std::string_view name) const {
  const Color* found = find(colors, name);
  return found == nullptr ? std::nullopt : std::optional<Color>(*found);
}

std::optional<double> Template::length(std::string_view name) const {
  const double* found = find(lengths, name);
  return found == nullptr ? std::nullopt : std::optional<double>(*found);
}

bool load_template_fonts(const Template& tmpl, const std::string& data_dir, FontLibrary& fonts,
                         base::Diagnostics& diagnostics) {
  bool ok = true;
  auto path = [&](const std::string& relative) {
    return relative.starts_with('/') ? relative : data_dir + "/" + relative;
  };
  for (const FontFamilySpec& family : tmpl.families) {
    if (fonts.has_family(family.name)) continue;  // shared library, loaded once
    std::string error;
    if (!fonts.add_family(family.name, path(family.regular), path(family.italic), path(family.bold),
                          path(family.bold_italic), error)) {
      diagnostics.error(tmpl.source_file, {},
                        fmt::format("famille de polices « {} » : {}", family.name, error));
      ok = false;
    }
  }
  if (!tmpl.fallback_family.empty()) fonts.set_fallback(tmpl.fallback_family);
  return ok;
}

}  // namespace typeset
