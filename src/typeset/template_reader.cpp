// Reading templates/<name>.xml into a Template, reporting every problem with
// its line and column (see docs/templates.md for the format).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <memory>
#include <pugixml.hpp>

#include "base/element_shape.hpp"
#include "base/load_xml.hpp"
#include "base/message_text.hpp"
#include "base/raster_image.hpp"
#include "base/suggest.hpp"
#include "typeset/data_dir.hpp"
#include "typeset/template.hpp"
#include "typeset/template_values.hpp"

namespace typeset {

namespace {

using base::in_guillemets;
using base::SourcePosition;
using base::XmlSource;
using Names = std::span<const std::string_view>;

// Every element of the format (templates/template.xsd), to tell a misplaced
// element from an unknown one.
constexpr std::array<std::string_view, 27> kTemplateElements = {"template",
                                                                "columns-style",
                                                                "column-rule",
                                                                "include",
                                                                "fonts",
                                                                "family",
                                                                "color",
                                                                "length",
                                                                "text",
                                                                "paragraph-style",
                                                                "list-style",
                                                                "level",
                                                                "table-style",
                                                                "outer-border",
                                                                "row-separator",
                                                                "column-separator",
                                                                "header-separator",
                                                                "page-master",
                                                                "band",
                                                                "header",
                                                                "footer",
                                                                "zone",
                                                                "image",
                                                                "left",
                                                                "center",
                                                                "right",
                                                                "line"};

constexpr base::XmlFileRules kTemplateFile = {.root = "template",
                                              .what = "un modèle",
                                              .file_kind = "un fichier de modèle",
                                              .max_bytes = 4 * 1024 * 1024,
                                              .vocabulary = {kTemplateElements, {}}};
// A file a template includes (the palette) is a template too.
constexpr base::XmlFileRules kIncludedFile = {.root = "template",
                                              .what = "un fichier inclus",
                                              .file_kind = "un fichier de modèle",
                                              .max_bytes = 4 * 1024 * 1024,
                                              .vocabulary = {kTemplateElements, {}}};

// Sizes and leadings: a zero would stack every line on the same baseline.
std::optional<double> parse_positive_length(std::string_view text) {
  std::optional<double> length = parse_length(text);
  if (length && *length <= 0) return std::nullopt;
  return length;
}

// A master's bleed: what print shops can use, 0 to 10 mm.
std::optional<double> parse_bleed(std::string_view text) {
  std::optional<double> length = parse_length(text);
  if (length && *length > kMaxBleed + 1e-9) return std::nullopt;
  return length;
}

// A style name used before every style is known; checked at the end, and
// reported in the file that wrote it (a template or a file it includes).
struct Reference {
  enum class Kind { paragraph_style, text, family };
  Kind kind;
  std::string name;
  SourcePosition position;
  XmlSource* source = nullptr;
};

// Includes nest at most this deep (a palette including another is plenty).
constexpr int kMaxIncludeDepth = 8;

class TemplateReader {
 public:
  // Files the template includes and images it names are found beside the
  // file that names them (`source.file()` for the template itself).
  TemplateReader(XmlSource& source, base::Diagnostics& diagnostics, Template& tmpl)
      : source_(&source), diagnostics_(diagnostics), tmpl_(tmpl) {
    included_.push_back(identity_of(source.file()));
    names_.push_back(std::filesystem::path(source.file()).filename().string());
  }

  void read(pugi::xml_node root) {
    static constexpr std::array<std::string_view, 1> kAttributes = {"language"};
    base::check_attributes(*source_, root, kAttributes);
    text(root, "language", tmpl_.language);
    read_children(root);
    check_references();
    check_next_masters();
    check_small_page_body();
  }

 private:
  void read_children(pugi::xml_node root) {
    static constexpr std::array<std::string_view, 12> kChildren = {
        "include",    "fonts",       "color",         "length",      "text",  "paragraph-style",
        "list-style", "table-style", "columns-style", "page-master", "image", "print-profile"};
    for (pugi::xml_node child : root.children()) {
      if (child.type() == pugi::node_pcdata) {
        base::report_stray_text(*source_, child, root);
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      using Read = void (TemplateReader::*)(pugi::xml_node);
      static constexpr Read kReads[kChildren.size()] = {
          &TemplateReader::read_include,       &TemplateReader::read_fonts,
          &TemplateReader::read_color,         &TemplateReader::read_length,
          &TemplateReader::read_text,          &TemplateReader::read_paragraph_style,
          &TemplateReader::read_list_style,    &TemplateReader::read_table_style,
          &TemplateReader::read_columns_style, &TemplateReader::read_page_master,
          &TemplateReader::read_image,         &TemplateReader::read_print_profile};
      const auto known = std::find(kChildren.begin(), kChildren.end(), child.name());
      if (known == kChildren.end()) {
        base::report_unexpected_element(*source_, child, root, kChildren);
      } else {
        (this->*kReads[known - kChildren.begin()])(child);
      }
    }
  }

  // Two names of one file compare equal (for include loops).
  static std::string identity_of(const std::string& path) {
    std::error_code ignored;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ignored);
    return canonical.empty() ? path : canonical.string();
  }

  // A file named in the template: beside the file that names it, unless absolute.
  // The folder of the file being read ("." for a file named without one).
  std::string current_folder() const {
    const std::filesystem::path folder = std::filesystem::path(source_->file()).parent_path();
    return folder.empty() ? "." : folder.string();
  }

  std::string beside_current_file(std::string_view written) const {
    const std::filesystem::path path(written);
    if (path.is_absolute()) return path.string();
    return (std::filesystem::path(source_->file()).parent_path() / path)
        .lexically_normal()
        .string();
  }

  // A file written in the file being read, named from the template's folder.
  std::string named_from_template(std::string_view written) const {
    const std::filesystem::path path(written);
    if (path.is_absolute()) return path.string();
    return (std::filesystem::path(names_.back()).parent_path() / path)
        .lexically_normal()
        .generic_string();
  }

  // An included file: beside the file that includes it, else (for a template
  // copied alone out of the installed ones) among the installed templates.
  std::optional<std::string> included_file(std::string_view written) const {
    std::error_code ignored;
    const std::string beside = beside_current_file(written);
    if (std::filesystem::exists(beside, ignored)) return beside;
    if (std::filesystem::path(written).is_relative()) {
      const std::string installed =
          resolve_data_path((std::filesystem::path("templates") / written).string());
      if (std::filesystem::exists(installed, ignored)) return installed;
    }
    return std::nullopt;
  }

  // <include file="palette.xml"/>: the definitions of another template file
  // (its root is <template> too), read here as if written in place, so that
  // brochure, flyer and demo share one palette. Its problems are reported in
  // its own lines.
  void read_include(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 1> kAttributes = {"file"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    const std::optional<std::string_view> file = base::required_attribute(*source_, e, "file");
    if (!file) return;
    const SourcePosition position = source_->attribute_position(e, "file");
    if (file->empty()) {
      source_->error(position, "le nom du fichier à inclure est vide");
      return;
    }
    const std::optional<std::string> path = included_file(*file);
    if (!path) {
      include_failed_ = true;
      source_->error(
          position,
          // The folders, never the name joined to them (a name with a slash
          // would be echoed whole): the name is quoted once, shortened.
          fmt::format("le fichier inclus {} est introuvable : ni à côté de ce modèle "
                      "(dossier {}), ni parmi les modèles installés (dossier {})",
                      in_guillemets(*file), current_folder(), resolve_data_path("templates")));
      return;
    }
    const std::string identity = identity_of(*path);
    if (std::find(included_.begin(), included_.end(), identity) != included_.end()) {
      source_->error(position, fmt::format("{} s'inclut lui-même (directement ou par un autre "
                                           "fichier) : retirez cette ligne",
                                           base::quoted_path(*path)));
      return;
    }
    if (static_cast<int>(included_.size()) > kMaxIncludeDepth) {
      source_->error(position,
                     fmt::format("trop d'inclusions imbriquées (plus de {})", kMaxIncludeDepth));
      return;
    }
    std::unique_ptr<base::XmlDocument> document =
        base::load_xml(*path, kIncludedFile, diagnostics_);
    if (!document) {  // reported by load_xml, naming the file
      include_failed_ = true;
      return;
    }
    const std::string name = named_from_template(*file);
    tmpl_.files.push_back({*path, name});
    XmlSource* const including = source_;
    source_ = &document->source();
    names_.push_back(name);
    included_.push_back(identity);
    base::check_attributes(*source_, document->root(), Names{});
    read_children(document->root());
    included_.pop_back();
    names_.pop_back();
    source_ = including;
    // References are checked, and reported in it, once every file is read.
    documents_.push_back(std::move(document));
  }

  // <image name="logo" file="logo.png"/>: an image the documents show in the
  // page masters' slots of that name. Read now, so that a missing or
  // unreadable file is reported where it is named.
  void read_image(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 2> kAttributes = {"name", "file"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    auto name = unique_name(e, tmpl_.images, "l'image");
    const std::optional<std::string_view> file = base::required_attribute(*source_, e, "file");
    if (!name || !file) return;
    TemplateImage image;
    image.path = beside_current_file(*file);
    image.name = named_from_template(*file);
    std::string problem;
    const std::optional<base::RasterInfo> info = base::read_raster_info(image.path, problem);
    // A PNG is decoded now too: a damaged one is reported where it is named.
    if (!info ||
        (info->format == base::RasterFormat::png && !base::decode_png(image.path, problem))) {
      source_->error(source_->attribute_position(e, "file"), std::move(problem));
      return;
    }
    image.pixel_width = info->width;
    image.pixel_height = info->height;
    tmpl_.images[*name] = std::move(image);
  }

  // --- attribute values --------------------------------------------------
  template <typename T, typename Parse>
  void value(pugi::xml_node element, const char* name, Parse parse, T& target,
             std::string_view expected) {
    pugi::xml_attribute attribute = element.attribute(name);
    if (!attribute) return;
    if (auto parsed = parse(attribute.value())) {
      target = *parsed;
    } else {
      source_->error(source_->attribute_position(element, name),
                     fmt::format("l'attribut {} vaut {} ; attendu : {}", in_guillemets(name),
                                 in_guillemets(attribute.value()), expected));
    }
  }
  void length(pugi::xml_node e, const char* name, double& target) {
    value(e, name, parse_length, target, "une longueur positive (12, 12pt, 4mm, 1cm)");
  }
  void number(pugi::xml_node e, const char* name, double& target) {
    value(e, name, parse_number, target, "un nombre");
  }
  void count(pugi::xml_node e, const char* name, int& target) {
    value(e, name, parse_count, target, "un nombre entier positif");
  }
  void boolean(pugi::xml_node e, const char* name, bool& target) {
    value(e, name, parse_boolean, target, "true ou false");
  }
  // A colour written as #rrvvbb or as the name of a <color> defined above, so
  // that a palette is declared once and every style refers to it by name.
  std::optional<Color> written_color(pugi::xml_node e, const char* name) {
    const std::string_view written = e.attribute(name).value();
    if (const std::optional<Color> named = tmpl_.color(written)) return named;
    if (const std::optional<Color> parsed = parse_color(written)) return parsed;
    if (!include_failed_ || written.starts_with('#')) {
      // (After a failed include, its colours' names are not reported one by one.)
      source_->error(source_->attribute_position(e, name),
                     fmt::format("couleur {} inconnue : écrivez #rrvvbb ou le nom d'une <color> "
                                 "définie plus haut",
                                 in_guillemets(written)));
    }
    return std::nullopt;
  }
  void color(pugi::xml_node e, const char* name, Color& target) {
    if (!e.attribute(name)) return;
    const std::optional<Color> found = written_color(e, name);
    if (!found) return;
    target = *found;
    if (!tmpl_.color(e.attribute(name).value()))  // a value written in place
      note_color_without_cmyk({}, target, source_->attribute_position(e, name));
  }
  // A colour print will derive: once per <color>, once per value written in place.
  void note_color_without_cmyk(std::string name, const Color& color, SourcePosition position) {
    if (name.empty()) {
      for (ColorWithoutCmyk& known : tmpl_.colors_without_cmyk) {
        if (known.name.empty() && known.color == color) {
          ++known.other_places;
          return;
        }
      }
    }
    tmpl_.colors_without_cmyk.push_back({std::move(name), color, place(position), 0});
  }
  TemplatePlace place(SourcePosition position) const { return {source_->file(), position}; }

  void optional_color(pugi::xml_node e, const char* name, std::optional<Color>& target) {
    Color parsed;
    if (!e.attribute(name)) return;
    const int errors = diagnostics_.error_count();
    color(e, name, parsed);
    if (diagnostics_.error_count() == errors) target = parsed;
  }
  void text(pugi::xml_node e, const char* name, std::string& target) {
    if (pugi::xml_attribute attribute = e.attribute(name)) target = attribute.value();
  }
  void style_reference(pugi::xml_node e, const char* name, std::string& target) {
    text(e, name, target);
    if (e.attribute(name) && !target.empty()) {
      references_.push_back({Reference::Kind::paragraph_style, target,
                             source_->attribute_position(e, name), source_});
    }
  }
  template <std::size_t N>
  std::optional<std::size_t> choice(pugi::xml_node e, const char* name,
                                    const std::array<std::string_view, N>& values) {
    return base::choice_attribute(*source_, e, name, Names{values});
  }

  // The element's required name, unique among its kind.
  template <typename Map>
  std::optional<std::string> unique_name(pugi::xml_node e, const Map& map, std::string_view kind) {
    auto name = base::required_attribute(*source_, e, "name");
    if (!name) return std::nullopt;
    if (name->empty()) {
      source_->error(source_->attribute_position(e, "name"), "le nom ne peut pas être vide");
      return std::nullopt;
    }
    if (map.find(*name) != map.end()) {
      source_->error(source_->attribute_position(e, "name"),
                     fmt::format("{} {} est défini deux fois", kind, in_guillemets(*name)));
      return std::nullopt;
    }
    return std::string(*name);
  }

  // An element that may hold only the elements named in `allowed`.
  std::vector<pugi::xml_node> children(pugi::xml_node e, Names allowed) {
    std::vector<pugi::xml_node> kept;
    for (pugi::xml_node child : e.children()) {
      if (child.type() == pugi::node_pcdata) {
        base::report_stray_text(*source_, child, e);
      } else if (child.type() == pugi::node_element) {
        if (std::find(allowed.begin(), allowed.end(), std::string_view(child.name())) !=
            allowed.end()) {
          kept.push_back(child);
        } else {
          base::report_unexpected_element(*source_, child, e, allowed);
        }
      }
    }
    return kept;
  }

  // --- elements ----------------------------------------------------------
  void read_fonts(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 1> kAttributes = {"fallback"};
    static constexpr std::array<std::string_view, 1> kChildren = {"family"};
    base::check_attributes(*source_, e, kAttributes);
    if (e.attribute("fallback")) {
      tmpl_.fallback_family = e.attribute("fallback").value();
      references_.push_back({Reference::Kind::family, tmpl_.fallback_family,
                             source_->attribute_position(e, "fallback"), source_});
    }
    for (pugi::xml_node family : children(e, kChildren)) {
      static constexpr std::array<std::string_view, 5> kFamily = {"name", "regular", "italic",
                                                                  "bold", "bold-italic"};
      base::check_attributes(*source_, family, kFamily);
      auto name = base::required_attribute(*source_, family, "name");
      auto regular = base::required_attribute(*source_, family, "regular");
      if (!name || !regular) continue;
      FontFamilySpec spec{std::string(*name), std::string(*regular), {}, {}, {}};
      spec.italic = family.attribute("italic").as_string(spec.regular.c_str());
      spec.bold = family.attribute("bold").as_string(spec.regular.c_str());
      spec.bold_italic = family.attribute("bold-italic").as_string(spec.bold.c_str());
      tmpl_.families.push_back(std::move(spec));
    }
  }

  // <color name=… value=…/>, <length name=… value=…/>: a named value read by
  // `read_value`, kept when it has no error.
  template <typename Map, typename ReadValue>
  void read_named_value(pugi::xml_node e, Map& map, std::string_view kind, Names attributes,
                        ReadValue read_value) {
    base::check_attributes(*source_, e, attributes);
    children(e, Names{});
    auto name = unique_name(e, map, kind);
    if (!base::required_attribute(*source_, e, "value") || !name) return;
    typename Map::mapped_type parsed{};
    const int before = diagnostics_.error_count();
    (this->*read_value)(e, "value", parsed);
    if (diagnostics_.error_count() == before) map[*name] = parsed;
  }

  // A colour's value, lightened when the element has a `tint`: the colour at
  // that strength over white (accent at 10 % for a shaded cell), so that
  // changing the accent changes its tints with it; its print value, if any,
  // with its inks at that strength.
  void tint(pugi::xml_node e, Color& target) {
    pugi::xml_attribute tint = e.attribute("tint");
    if (!tint) return;
    const std::string_view written = tint.value();
    std::optional<double> percent;
    if (written.ends_with('%')) percent = parse_number(written.substr(0, written.size() - 1));
    if (!percent || *percent <= 0 || *percent > 100) {
      source_->error(source_->attribute_position(e, "tint"),
                     fmt::format("l'attribut « tint » vaut {} ; attendu : un pourcentage de 0 à "
                                 "100 (10%)",
                                 in_guillemets(written)));
      return;
    }
    const double strength = *percent / 100;
    const auto over_white = [&](double channel) { return 1 - strength * (1 - channel); };
    std::optional<Cmyk> inks = target.cmyk.optional();
    if (inks)
      *inks = {inks->c * strength, inks->m * strength, inks->y * strength, inks->k * strength};
    target = {over_white(target.r), over_white(target.g), over_white(target.b), inks};
  }

  // <color name=… value=… tint=… cmyk=…/>: the print value beside the screen one.
  void read_color(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 4> kAttributes = {"name", "value", "tint",
                                                                    "cmyk"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    auto name = unique_name(e, tmpl_.colors, "la couleur");
    if (!base::required_attribute(*source_, e, "value") || !name) return;
    std::optional<Color> parsed = written_color(e, "value");
    if (!parsed) return;
    bool cmyk_written = false;
    if (pugi::xml_attribute cmyk = e.attribute("cmyk")) {
      cmyk_written = true;
      if (const std::optional<Cmyk> inks = parse_cmyk(cmyk.value())) {
        parsed->cmyk = inks;
      } else {
        source_->error(source_->attribute_position(e, "cmyk"),
                       fmt::format("l'attribut « cmyk » vaut {} ; attendu : quatre pourcentages de "
                                   "0 à 100, cyan magenta jaune noir (par ex. « 100 60 0 40 »)",
                                   in_guillemets(cmyk.value())));
      }
    }
    tint(e, *parsed);
    // Defined even with a wrong cmyk (its error stops the run): the styles
    // naming it are not reported again.
    if (!parsed->cmyk && !cmyk_written) {
      note_color_without_cmyk(*name, *parsed, source_->node_position(e));
    }
    tmpl_.colors[*name] = *parsed;
  }

  // <print-profile file=… condition=…/>: the ICC profile of the print shop.
  void read_print_profile(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 2> kAttributes = {"file", "condition"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    auto file = base::required_attribute(*source_, e, "file");
    if (tmpl_.print_profile) {
      source_->error(source_->node_position(e),
                     "<print-profile> est donné deux fois : l'impression n'a qu'un profil");
      return;
    }
    if (!file) return;
    PrintProfileSpec spec;
    spec.path = beside_current_file(*file);
    text(e, "condition", spec.condition);
    spec.place = place(source_->attribute_position(e, "file"));
    tmpl_.print_profile = std::move(spec);
  }

  void read_length(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 2> kAttributes = {"name", "value"};
    read_named_value(e, tmpl_.lengths, "la longueur", kAttributes, &TemplateReader::length);
  }

  void read_text(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 1> kAttributes = {"name"};
    base::check_attributes(*source_, e, kAttributes);
    auto name = unique_name(e, tmpl_.texts, "le texte");
    for (pugi::xml_node child : e.children()) {
      if (child.type() == pugi::node_element) {
        base::report_unexpected_element(*source_, child, e, Names{});
      }
    }
    if (name) {
      tmpl_.texts[*name] = e.child_value();
      tmpl_.text_positions[*name] = source_->node_position(e);
    }
  }

  void read_paragraph_style(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 17> kAttributes = {
        "name",         "based-on",    "family",         "size",   "leading",   "color",
        "link-color",   "weight",      "slant",          "align",  "hyphenate", "indent",
        "space-before", "space-after", "keep-with-next", "widows", "orphans"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    auto name = unique_name(e, tmpl_.paragraph_styles, "le style de paragraphe");
    ParagraphStyle style;
    if (pugi::xml_attribute base = e.attribute("based-on")) {
      if (const ParagraphStyle* found = tmpl_.paragraph_style(base.value())) {
        style = *found;
      } else {
        source_->error(source_->attribute_position(e, "based-on"),
                       fmt::format("style de paragraphe {} inconnu (il doit être défini avant){}",
                                   in_guillemets(base.value()),
                                   suggestion(base.value(), tmpl_.paragraph_styles)));
      }
    }
    if (e.attribute("family")) {
      text(e, "family", style.family);
      references_.push_back({Reference::Kind::family, style.family,
                             source_->attribute_position(e, "family"), source_});
    }
    value(e, "size", parse_positive_length, style.size,
          "une longueur plus grande que zéro (12, 12pt, 4mm)");
    value(e, "leading", parse_positive_length, style.leading,
          "une longueur plus grande que zéro (12, 12pt, 4mm)");
    if (e.attribute("size") && !e.attribute("leading") && !e.attribute("based-on")) {
      style.leading = style.size * 1.2;  // the usual default when only the size is given
    }
    color(e, "color", style.color);
    color(e, "link-color", style.link_color);
    static constexpr std::array<std::string_view, 2> kWeights = {"regular", "bold"};
    static constexpr std::array<std::string_view, 2> kSlants = {"normal", "italic"};
    auto weight = choice(e, "weight", kWeights);
    auto slant = choice(e, "slant", kSlants);
    const bool bold = weight ? *weight == 1
                             : (style.base_style == FontStyle::bold ||
                                style.base_style == FontStyle::bold_italic);
    const bool italic = slant ? *slant == 1
                              : (style.base_style == FontStyle::italic ||
                                 style.base_style == FontStyle::bold_italic);
    style.base_style = static_cast<FontStyle>((bold ? 2 : 0) | (italic ? 1 : 0));
    static constexpr std::array<std::string_view, 4> kAlignments = {"justify", "left", "center",
                                                                    "right"};
    if (auto align = choice(e, "align", kAlignments))
      style.alignment = static_cast<Alignment>(*align);
    boolean(e, "hyphenate", style.hyphenate);
    length(e, "indent", style.first_line_indent);
    length(e, "space-before", style.space_before);
    length(e, "space-after", style.space_after);
    boolean(e, "keep-with-next", style.keep_with_next);
    count(e, "widows", style.widows);
    count(e, "orphans", style.orphans);
    if (name) {
      tmpl_.paragraph_styles[*name] = style;
      tmpl_.paragraph_style_places[*name] = place(source_->node_position(e));
    }
  }

  void read_list_style(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 1> kAttributes = {"name"};
    static constexpr std::array<std::string_view, 1> kChildren = {"level"};
    base::check_attributes(*source_, e, kAttributes);
    auto name = unique_name(e, tmpl_.list_styles, "le style de liste");
    ListStyle style;
    for (pugi::xml_node level_node : children(e, kChildren)) {
      static constexpr std::array<std::string_view, 7> kLevel = {
          "bullet", "number", "marker-style", "indent", "gap", "marker-align", "item-space"};
      base::check_attributes(*source_, level_node, kLevel);
      children(level_node, Names{});
      ListLevelStyle level;
      text(level_node, "bullet", level.bullet);
      text(level_node, "number", level.number);
      if (level_node.attribute("number") &&
          level.number.find_first_of("1aAiI") == std::string::npos) {
        source_->error(source_->attribute_position(level_node, "number"),
                       fmt::format("format de numéro {} sans compteur : écrivez 1, a, A, i ou I",
                                   in_guillemets(level.number)));
      }
      style_reference(level_node, "marker-style", level.marker_style);
      length(level_node, "indent", level.indent);
      length(level_node, "gap", level.gap);
      length(level_node, "item-space", level.item_space);
      static constexpr std::array<std::string_view, 2> kAligns = {"left", "right"};
      if (auto align = choice(level_node, "marker-align", kAligns)) {
        level.marker_right_aligned = *align == 1;
      }
      if (level.gap >= level.indent) {
        source_->error(source_->node_position(level_node),
                       "l'écart (gap) doit être plus petit que le retrait (indent)");
      }
      style.levels.push_back(std::move(level));
    }
    if (style.levels.empty()) {
      source_->error(source_->node_position(e), "un style de liste a au moins un <level>");
    }
    if (name) tmpl_.list_styles[*name] = std::move(style);
  }

  void rule(pugi::xml_node e, RuleStyle& target) {
    static constexpr std::array<std::string_view, 2> kAttributes = {"width", "color"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    length(e, "width", target.width);
    color(e, "color", target.color);
  }

  void read_table_style(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 19> kAttributes = {"name",
                                                                     "columns",
                                                                     "padding",
                                                                     "label-column",
                                                                     "header-style",
                                                                     "label-style",
                                                                     "cell-style",
                                                                     "header-fill",
                                                                     "zebra-fill",
                                                                     "label-fill",
                                                                     "cell-fill",
                                                                     "repeat-header",
                                                                     "split-rows",
                                                                     "min-lines",
                                                                     "min-rows",
                                                                     "continuation",
                                                                     "continuation-style",
                                                                     "space-before",
                                                                     "space-after"};
    static constexpr std::array<std::string_view, 4> kChildren = {
        "outer-border", "row-separator", "column-separator", "header-separator"};
    base::check_attributes(*source_, e, kAttributes);
    auto name = unique_name(e, tmpl_.table_styles, "le style de tableau");
    TableStyle style;
    value(e, "columns", parse_columns, style.columns,
          "des largeurs séparées par des espaces (120pt, 30%, *, 2*)");
    value(e, "padding", parse_insets, style.padding, "une à quatre longueurs");
    if (e.attribute("label-column")) {
      int column = 0;
      count(e, "label-column", column);
      style.label_column = column - 1;  // written from 1, as people count columns
    }
    style_reference(e, "header-style", style.header_style);
    style_reference(e, "label-style", style.label_style);
    style_reference(e, "cell-style", style.cell_style);
    style_reference(e, "continuation-style", style.continuation_style);
    optional_color(e, "header-fill", style.header_fill);
    optional_color(e, "zebra-fill", style.zebra_fill);
    optional_color(e, "label-fill", style.label_fill);
    optional_color(e, "cell-fill", style.cell_fill);
    boolean(e, "repeat-header", style.repeat_header);
    boolean(e, "split-rows", style.rows_split);
    count(e, "min-lines", style.min_lines);
    count(e, "min-rows", style.min_rows);
    if (e.attribute("continuation")) {
      text(e, "continuation", style.continuation_text);
      references_.push_back({Reference::Kind::text, style.continuation_text,
                             source_->attribute_position(e, "continuation"), source_});
    }
    length(e, "space-before", style.space_before);
    length(e, "space-after", style.space_after);
    for (pugi::xml_node child : children(e, kChildren)) {
      const std::string_view kind = child.name();
      if (kind == "outer-border")
        rule(child, style.outer_border);
      else if (kind == "row-separator")
        rule(child, style.row_separator);
      else if (kind == "column-separator")
        rule(child, style.column_separator);
      else
        rule(child, style.header_separator);
    }
    if (style.label_column >= static_cast<int>(style.columns.size()) && !style.columns.empty()) {
      source_->error(source_->attribute_position(e, "label-column"),
                     fmt::format("la colonne d'intitulés {} n'existe pas ({} colonnes)",
                                 style.label_column + 1, style.columns.size()));
    }
    if (name) tmpl_.table_styles[*name] = std::move(style);
  }

  void read_columns_style(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 5> kAttributes = {"name", "count", "gap",
                                                                    "space-before", "space-after"};
    static constexpr std::array<std::string_view, 1> kChildren = {"column-rule"};
    constexpr int kMostColumns = 6;
    base::check_attributes(*source_, e, kAttributes);
    auto name = unique_name(e, tmpl_.columns_styles, "le style de colonnes");
    ColumnsStyle style;
    count(e, "count", style.count);
    if (e.attribute("count") && (style.count < 1 || style.count > kMostColumns)) {
      source_->error(source_->attribute_position(e, "count"),
                     fmt::format("le nombre de colonnes doit aller de 1 à {}", kMostColumns));
    }
    length(e, "gap", style.gap);
    length(e, "space-before", style.space_before);
    length(e, "space-after", style.space_after);
    for (pugi::xml_node child : children(e, kChildren)) rule(child, style.rule);
    if (name) tmpl_.columns_styles[*name] = std::move(style);
  }

  void read_band(pugi::xml_node e, PageMaster& master) {
    static constexpr std::array<std::string_view, 4> kAttributes = {"top", "height", "fill",
                                                                    "edges"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    PageBand band;
    length(e, "top", band.top);
    length(e, "height", band.height);
    if (base::required_attribute(*source_, e, "fill")) color(e, "fill", band.fill);
    if (pugi::xml_attribute edges = e.attribute("edges")) {
      static constexpr std::array<std::string_view, 4> kEdges = {"top", "right", "bottom", "left"};
      std::string_view list = edges.value();
      while (!list.empty()) {
        const std::size_t space = list.find(' ');
        const std::string_view edge = list.substr(0, space);
        list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
        if (edge.empty()) continue;
        const auto found = std::find(kEdges.begin(), kEdges.end(), edge);
        if (found == kEdges.end()) {
          source_->error(source_->attribute_position(e, "edges"),
                         fmt::format("bord {} inconnu ; attendu : top, right, bottom ou left",
                                     in_guillemets(edge)));
          continue;
        }
        bool* sides[] = {&band.edges.top, &band.edges.right, &band.edges.bottom, &band.edges.left};
        *sides[found - kEdges.begin()] = true;
      }
    }
    master.bands.push_back(band);
  }

  // The lines of a slot: <line style=… link=…>text</line>.
  void read_slot(pugi::xml_node e, std::vector<ZoneLine>& lines) {
    base::check_attributes(*source_, e, Names{});
    static constexpr std::array<std::string_view, 1> kChildren = {"line"};
    for (pugi::xml_node line_node : children(e, kChildren)) {
      static constexpr std::array<std::string_view, 2> kLine = {"style", "link"};
      base::check_attributes(*source_, line_node, kLine);
      for (pugi::xml_node child : line_node.children()) {
        if (child.type() == pugi::node_element) {
          base::report_unexpected_element(*source_, child, line_node, Names{});
        }
      }
      ZoneLine line;
      line.text = line_node.child_value();
      style_reference(line_node, "style", line.style);
      text(line_node, "link", line.link);
      lines.push_back(std::move(line));
    }
  }

  // <zone>, <header> and <footer>: a header's rule runs under it, a footer's over it.
  void read_zone(pugi::xml_node e, PageMaster& master) {
    static constexpr std::array<std::string_view, 13> kAttributes = {
        "top",   "height", "padding",    "style",      "align",  "left",      "center",
        "right", "rule",   "rule-width", "rule-color", "beside", "beside-gap"};
    static constexpr std::array<std::string_view, 3> kChildren = {"left", "center", "right"};
    base::check_attributes(*source_, e, kAttributes);
    PageZone zone;
    zone.rule_at_top = std::string_view(e.name()) == "footer";
    length(e, "top", zone.top);
    length(e, "height", zone.height);
    length(e, "padding", zone.padding);
    style_reference(e, "style", zone.style);
    static constexpr std::array<std::string_view, 3> kAligns = {"top", "middle", "bottom"};
    if (auto align = choice(e, "align", kAligns)) zone.align = static_cast<ZoneAlign>(*align);
    static constexpr std::array<std::string_view, 2> kRuleSides = {"bottom", "top"};
    if (auto side = choice(e, "rule", kRuleSides)) zone.rule_at_top = *side == 1;
    length(e, "rule-width", zone.rule.width);
    color(e, "rule-color", zone.rule.color);
    text(e, "beside", zone.beside);
    length(e, "beside-gap", zone.beside_gap);
    if (!zone.beside.empty()) {
      beside_slots_.push_back({zone.beside, source_->attribute_position(e, "beside"), source_});
    }
    std::vector<ZoneLine>* slots[] = {&zone.left, &zone.center, &zone.right};
    for (std::size_t i = 0; i < kChildren.size(); ++i) {
      if (pugi::xml_attribute shorthand = e.attribute(std::string(kChildren[i]).c_str())) {
        slots[i]->push_back({shorthand.value(), {}, {}});
      }
    }
    for (pugi::xml_node child : children(e, kChildren)) {
      const auto slot = std::find(kChildren.begin(), kChildren.end(), child.name());
      read_slot(child, *slots[slot - kChildren.begin()]);
    }
    // Text over the content would hide it: a zone stays out of the frame.
    const Rect frame = master.frame();
    if (zone.top < frame.bottom() - 0.01 && zone.top + zone.height > frame.y + 0.01) {
      source_->error(source_->node_position(e),
                     fmt::format("la zone ({:.1f} à {:.1f} pt du haut de la page) empiète sur le "
                                 "contenu, qui va de {:.1f} à {:.1f} pt : changez top, height ou "
                                 "les marges",
                                 zone.top, zone.top + zone.height, frame.y, frame.bottom()));
    }
    master.zones.push_back(std::move(zone));
  }

  void read_image_slot(pugi::xml_node e, PageMaster& master) {
    static constexpr std::array<std::string_view, 6> kAttributes = {"slot",  "x",      "y",
                                                                    "width", "height", "align"};
    base::check_attributes(*source_, e, kAttributes);
    children(e, Names{});
    ImageSlot slot;
    if (auto name = base::required_attribute(*source_, e, "slot")) slot.name = *name;
    length(e, "x", slot.area.x);
    length(e, "y", slot.area.y);
    length(e, "width", slot.area.width);
    length(e, "height", slot.area.height);
    static constexpr std::array<std::string_view, 3> kAligns = {"left", "center", "right"};
    if (auto align = choice(e, "align", kAligns)) {
      static constexpr Alignment kAlignments[] = {Alignment::left, Alignment::center,
                                                  Alignment::right};
      slot.align = kAlignments[*align];
    }
    if (slot.area.width <= 0 || slot.area.height <= 0) {
      source_->error(source_->node_position(e),
                     "un emplacement d'image a une largeur et une hauteur (width, height)");
    }
    master.images.push_back(std::move(slot));
  }

  void read_page_master(pugi::xml_node e) {
    static constexpr std::array<std::string_view, 10> kAttributes = {
        "name",     "size",  "width", "height",     "margins",
        "numbered", "label", "next",  "background", "bleed"};
    static constexpr std::array<std::string_view, 5> kChildren = {"band", "header", "footer",
                                                                  "zone", "image"};
    base::check_attributes(*source_, e, kAttributes);
    auto name = unique_name(e, tmpl_.page_masters, "le gabarit de page");
    PageMaster master;
    static constexpr std::array<std::string_view, 3> kSizes = {"A4", "A5", "A3"};
    static constexpr std::pair<double, double> kSizePoints[] = {
        {595.276, 841.89}, {419.528, 595.276}, {841.89, 1190.551}};
    if (auto size = choice(e, "size", kSizes)) {
      std::tie(master.width, master.height) = kSizePoints[*size];
    }
    length(e, "width", master.width);
    length(e, "height", master.height);
    value(e, "margins", parse_insets, master.margins, "une à quatre longueurs");
    value(e, "bleed", parse_bleed, master.bleed,
          "une longueur de 0 à 10 mm (les imprimeurs demandent 3mm d'habitude)");
    boolean(e, "numbered", master.numbered);
    text(e, "label", master.label);
    if (e.attribute("next")) {
      text(e, "next", master.next);
      next_masters_.push_back({master.next, source_->attribute_position(e, "next"),
                               name.value_or(std::string()), source_});
    }
    if (e.attribute("background")) {
      PageBand background;
      background.edges = {true, true, true, true};
      color(e, "background", background.fill);
      master.bands.push_back(background);
    }
    for (pugi::xml_node child : children(e, kChildren)) {
      const std::string_view kind = child.name();
      if (kind == "band") {
        read_band(child, master);
      } else if (kind == "image") {
        read_image_slot(child, master);
      } else {
        read_zone(child, master);
      }
    }
    for (const BesideSlot& beside : beside_slots_) {
      const bool known =
          std::any_of(master.images.begin(), master.images.end(),
                      [&](const ImageSlot& slot) { return slot.name == beside.name; });
      if (!known) {
        beside.source->error(beside.position,
                             fmt::format("aucun emplacement d'image {} dans ce gabarit de page "
                                         "(<image slot=…>)",
                                         in_guillemets(beside.name)));
      }
    }
    beside_slots_.clear();
    const Rect frame = master.frame();
    if (frame.width <= 0 || frame.height <= 0) {
      source_->error(source_->node_position(e), "les marges ne laissent aucune place au contenu");
    }
    if (name) tmpl_.page_masters[*name] = std::move(master);
  }

  // A master's next one must exist and give the content the same width: the
  // lines of a page are set before the page they land on is known.
  void check_next_masters() {
    for (const NextMaster& next : next_masters_) {
      const PageMaster* to = tmpl_.page_master(next.name);
      const PageMaster* from = tmpl_.page_master(next.from);
      if (to == nullptr) {
        next.source->error(next.position,
                           fmt::format("gabarit de page {} inconnu", in_guillemets(next.name)));
      } else if (from != nullptr && std::abs(to->frame().width - from->frame().width) > 0.01) {
        next.source->error(
            next.position,
            fmt::format("le gabarit {} suit {} mais son cadre n'a pas la même largeur "
                        "({:.1f} pt au lieu de {:.1f} pt)",
                        in_guillemets(next.name), in_guillemets(next.from), to->frame().width,
                        from->frame().width));
      }
    }
  }

  // A template laid out on small pages (A5 and below) is read at arm's length
  // like an A4 one: its body text may not go under kMinSmallPageBodySize.
  void check_small_page_body() {
    const ParagraphStyle* body = tmpl_.paragraph_style("body");
    const auto place = tmpl_.paragraph_style_places.find("body");
    if (body == nullptr || place == tmpl_.paragraph_style_places.end()) return;
    for (const auto& [name, master] : tmpl_.page_masters) {
      if (std::min(master.width, master.height) > kSmallPageWidth + 0.5) continue;
      if (body->size >= kMinSmallPageBodySize - 1e-9) return;
      diagnostics_.error(
          place->second.file, place->second.position,
          fmt::format("le style « body » fait {:g} pt : sur une page de {:.0f} × "
                      "{:.0f} mm (gabarit {}), le texte courant doit faire au moins "
                      "{:g} pt pour rester lisible une fois imprimé",
                      body->size, master.width / kMillimetre, master.height / kMillimetre,
                      in_guillemets(name), kMinSmallPageBodySize));
      return;
    }
  }

  // " ; vouliez-vous dire « … » ?" with the closest name the template defines.
  template <typename Map>
  static std::string suggestion(std::string_view wrong, const Map& defined) {
    std::vector<std::string_view> names;
    for (const auto& [name, value] : defined) names.push_back(name);
    return base::suggestion_suffix(wrong, names);
  }

  void check_references() {
    for (const Reference& reference : references_) {
      switch (reference.kind) {
        case Reference::Kind::paragraph_style:
          if (!tmpl_.paragraph_style(reference.name)) {
            reference.source->error(
                reference.position,
                fmt::format("style de paragraphe {} inconnu{}", in_guillemets(reference.name),
                            suggestion(reference.name, tmpl_.paragraph_styles)));
          }
          break;
        case Reference::Kind::text:
          if (tmpl_.texts.find(reference.name) == tmpl_.texts.end()) {
            reference.source->error(reference.position,
                                    fmt::format("texte {} inconnu (à définir par <text name=…>){}",
                                                in_guillemets(reference.name),
                                                suggestion(reference.name, tmpl_.texts)));
          }
          break;
        case Reference::Kind::family: {
          std::vector<std::string_view> families;
          for (const FontFamilySpec& family : tmpl_.families) families.push_back(family.name);
          if (std::find(families.begin(), families.end(), reference.name) == families.end()) {
            reference.source->error(
                reference.position,
                fmt::format("famille de polices {} inconnue (à définir dans <fonts>){}",
                            in_guillemets(reference.name),
                            base::suggestion_suffix(reference.name, families)));
          }
          break;
        }
      }
    }
  }

  XmlSource* source_;  // of the file being read: the template or a file it includes
  base::Diagnostics& diagnostics_;
  Template& tmpl_;
  std::vector<Reference> references_;
  struct NextMaster {
    std::string name;
    SourcePosition position;
    std::string from;
    XmlSource* source = nullptr;
  };
  std::vector<NextMaster> next_masters_;
  // The image slots zones of the page master being read start beside.
  struct BesideSlot {
    std::string name;
    SourcePosition position;
    XmlSource* source = nullptr;
  };
  std::vector<BesideSlot> beside_slots_;
  std::vector<std::string> included_;  // the files being read, outermost first
  std::vector<std::string> names_;     // the same, named from the template's folder
  bool include_failed_ = false;
  // Included files, kept until their references are checked and reported.
  std::vector<std::unique_ptr<base::XmlDocument>> documents_;
};

// `result.diagnostics` are those the document's source reports to.
void read_template(base::XmlDocument* document, const std::string& display_path,
                   TemplateResult& result) {
  if (!document) return;
  Template tmpl;
  tmpl.source_file = display_path;
  tmpl.position = document->source().node_position(document->root());
  tmpl.files.push_back(
      {display_path, std::filesystem::path(display_path).filename().generic_string()});
  TemplateReader(document->source(), result.diagnostics, tmpl).read(document->root());
  if (!result.diagnostics.has_errors()) result.value = std::move(tmpl);
}

}  // namespace

TemplateResult parse_template(std::string_view xml, const std::string& display_path) {
  TemplateResult result;
  read_template(
      base::parse_xml(std::string(xml), display_path, kTemplateFile, result.diagnostics).get(),
      display_path, result);
  return result;
}

TemplateResult load_template(const std::string& path) {
  TemplateResult result;
  read_template(base::load_xml(path, kTemplateFile, result.diagnostics).get(), path, result);
  return result;
}

}  // namespace typeset
