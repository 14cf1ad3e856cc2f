#include "documents/flyer_settings.hpp"

#include <fmt/format.h>

namespace documents {

namespace {

// Reports each name the template lacks, so the user fixes them all at once.
class SettingsReader {
 public:
  SettingsReader(const typeset::Template& tmpl, base::Diagnostics& diagnostics)
      : tmpl_(tmpl), diagnostics_(diagnostics) {}

  bool ok() const { return ok_; }

  void text(const char* name, std::string& target) {
    const auto found = tmpl_.texts.find(name);
    if (found == tmpl_.texts.end()) return missing("le texte", name, "<text name=…>");
    target = found->second;
  }
  void length(const char* name, double& target) {
    if (const auto value = tmpl_.length(name)) {
      target = *value;
    } else {
      missing("la longueur", name, "<length name=… value=…>");
    }
  }
  void color(const char* name, typeset::Color& target) {
    if (const auto value = tmpl_.color(name)) {
      target = *value;
    } else {
      missing("la couleur", name, "<color name=… value=…>");
    }
  }
  void paragraph_style(const char* name) {
    if (!tmpl_.paragraph_style(name)) missing("le style de paragraphe", name, "<paragraph-style>");
  }
  void list_style(const char* name) {
    if (!tmpl_.list_style(name)) missing("le style de liste", name, "<list-style>");
  }
  void table_style(const char* name) {
    if (!tmpl_.table_style(name)) missing("le style de tableau", name, "<table-style>");
  }
  void page_master(const char* name) {
    if (!tmpl_.page_master(name)) missing("le gabarit de page", name, "<page-master>");
  }
  void error(std::string message) {
    diagnostics_.error(tmpl_.source_file, {}, std::move(message));
    ok_ = false;
  }

 private:
  void missing(std::string_view kind, std::string_view name, std::string_view element) {
    error(fmt::format("{} « {} » manque : le flyer en a besoin (à définir par {})", kind, name,
                      element));
  }

  const typeset::Template& tmpl_;
  base::Diagnostics& diagnostics_;
  bool ok_ = true;
};

}  // namespace

std::optional<FlyerSettings> read_flyer_settings(const typeset::Template& tmpl,
                                                 base::Diagnostics& diagnostics) {
  SettingsReader reader(tmpl, diagnostics);
  FlyerSettings settings;
  settings.page_master = kFlyerPageMaster;
  reader.page_master(kFlyerPageMaster);
  for (const char* style : kFlyerParagraphStyles) reader.paragraph_style(style);
  reader.list_style(kFlyerListStyle);
  reader.table_style(kFlyerFactsTable);
  reader.table_style(kFlyerSheetTable);

  reader.color("accent", settings.accent);
  reader.color("rule", settings.rule);
  reader.length("band-height", settings.band_height);
  reader.length("band-padding", settings.band_padding);
  reader.length("footer-top", settings.footer_top);
  reader.length("footer-rule-width", settings.footer_rule_width);
  reader.length("after-title", settings.after_title);
  reader.length("after-facts", settings.after_facts);
  reader.length("min-body-size", settings.min_body_size);
  reader.length("shrink-step", settings.shrink_step);

  reader.text("kind-atelier", settings.kind_atelier);
  reader.text("kind-intervision", settings.kind_intervision);
  reader.text("band-subtitle", settings.band_subtitle);
  reader.text("label-code", settings.label_code);
  reader.text("label-date", settings.label_date);
  reader.text("label-dates", settings.label_dates);
  reader.text("label-hours", settings.label_hours);
  reader.text("label-place", settings.label_place);
  reader.text("label-operator", settings.label_operator);
  reader.text("label-public", settings.label_public);
  reader.text("hours-unknown", settings.hours_unknown);
  reader.text("public-row-label", settings.public_row_label);
  reader.text("open-to-schools", settings.open_to_schools);
  reader.text("sheet-heading-atelier", settings.sheet_heading_atelier);
  reader.text("sheet-heading-intervision", settings.sheet_heading_intervision);
  reader.text("sheet-pending", settings.sheet_pending);
  reader.text("page-number", settings.page_number);

  if (!reader.ok()) return std::nullopt;
  if (settings.shrink_step <= 0) {
    reader.error("la longueur « shrink-step » doit être plus grande que 0");
  }
  if (settings.min_body_size <= 0) {
    reader.error("la longueur « min-body-size » doit être plus grande que 0");
  }
  const typeset::PageMaster& master = *tmpl.page_master(kFlyerPageMaster);
  if (settings.band_height > master.margins.top) {
    reader.error(
        fmt::format("le bandeau (band-height, {} pt) déborde sur le contenu : la marge "
                    "du haut du gabarit « flyer » n'en fait que {}",
                    settings.band_height, master.margins.top));
  }
  if (settings.footer_top < master.height - master.margins.bottom) {
    reader.error(
        fmt::format("le pied de page (footer-top, {} pt) empiète sur le contenu, qui "
                    "descend jusqu'à {} pt",
                    settings.footer_top, master.height - master.margins.bottom));
  }
  if (!reader.ok()) return std::nullopt;
  return settings;
}

}  // namespace documents
