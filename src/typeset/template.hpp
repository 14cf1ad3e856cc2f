// A template: every presentation choice of a document (fonts, paragraph, list
// and table styles, page masters, fixed texts, named colours and lengths),
// read at run time from templates/<name>.xml so that changing a colour or a
// width never needs a rebuild. Format: docs/templates.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "typeset/fonts.hpp"
#include "typeset/page_master.hpp"
#include "typeset/paragraph.hpp"
#include "typeset/styles.hpp"

namespace typeset {

struct FontFamilySpec {
  std::string name;
  std::string regular;  // paths relative to the data directory
  std::string italic;
  std::string bold;
  std::string bold_italic;
};

// Where something was written in a template, for what is said about it after
// reading (a style too small for print, a colour without a print value).
struct TemplatePlace {
  std::string file;
  base::SourcePosition position;
};

// A colour the template gives without a CMYK value (cmyk="…"): print
// derives one (print_cmyk) and says so once per colour.
struct ColorWithoutCmyk {
  std::string name;  // of the <color>; empty for a #rrvvbb value written in place
  Color color;
  TemplatePlace place;   // the first place it is written
  int other_places = 0;  // for a value written in place: how many more times
};

// The print shop's ICC profile (<print-profile file=… condition=…/>): the
// output intent of the print PDF.
struct PrintProfileSpec {
  std::string path;       // found beside the template file, unless absolute
  std::string condition;  // the printing condition's name; empty: the profile's own
  TemplatePlace place;
};

// An image the template names (<image name="logo" file="logo.png"/>), for the
// page masters' image slots of that name; read when the template is loaded.
struct TemplateImage {
  std::string path;  // found beside the file that names it, unless absolute
  // As the template names it, from the template's folder ("logo.png",
  // "images/logo.png"): where an archive puts it back beside the template.
  std::string name;
  int pixel_width = 0;
  int pixel_height = 0;
};

// A file a template is made of: the template's own, or one it includes.
struct TemplateFile {
  std::string path;  // as diagnostics name it
  std::string name;  // from the template's folder, as written ("brochure.xml", "palette.xml")
};

struct Template {
  std::string source_file;
  // Of its <template> element: where problems of the template as a whole (a
  // name a document needs and the template lacks) are reported.
  base::SourcePosition position;
  // Every file read: the template's, then the ones it includes (for what
  // checks, watches or archives files).
  std::vector<TemplateFile> files;
  std::string language;  // of the documents' text, as BCP 47 ("fr", "fr-BE")
  std::vector<FontFamilySpec> families;
  std::string fallback_family;
  std::map<std::string, ParagraphStyle, std::less<>> paragraph_styles;
  std::map<std::string, ListStyle, std::less<>> list_styles;
  std::map<std::string, TableStyle, std::less<>> table_styles;
  std::map<std::string, ColumnsStyle, std::less<>> columns_styles;
  std::map<std::string, PageMaster, std::less<>> page_masters;
  std::map<std::string, std::string, std::less<>> texts;  // labels and fixed strings
  std::map<std::string, base::SourcePosition, std::less<>> text_positions;  // for messages
  std::map<std::string, Color, std::less<>> colors;    // for documents' own furniture
  std::map<std::string, double, std::less<>> lengths;  // points
  // For print: where each paragraph style is defined, the colours without a
  // print value, the shop's colour profile.
  std::map<std::string, TemplatePlace, std::less<>> paragraph_style_places;
  std::vector<ColorWithoutCmyk> colors_without_cmyk;
  std::optional<PrintProfileSpec> print_profile;
  std::map<std::string, TemplateImage, std::less<>> images;  // by name: the slots' images

  // nullptr (or an empty string / nullopt) when the name is not defined.
  const ParagraphStyle* paragraph_style(std::string_view name) const;
  const ListStyle* list_style(std::string_view name) const;
  const TableStyle* table_style(std::string_view name) const;
  const ColumnsStyle* columns_style(std::string_view name) const;
  const PageMaster* page_master(std::string_view name) const;
  std::string text(std::string_view name) const;
  std::optional<Color> color(std::string_view name) const;
  std::optional<double> length(std::string_view name) const;
};

using TemplateResult = base::Result<Template>;

// Reads a template; every unknown element or attribute and every bad value is
// reported as `path:line:col: error: …` (in French). Never throws.
TemplateResult load_template(const std::string& path);
TemplateResult parse_template(std::string_view xml, const std::string& display_path);

// Loads the template's font families into `fonts` (paths relative to
// `data_dir`) and sets the fallback. Reports unreadable files; false on error.
bool load_template_fonts(const Template& tmpl, const std::string& data_dir, FontLibrary& fonts,
                         base::Diagnostics& diagnostics);

}  // namespace typeset
