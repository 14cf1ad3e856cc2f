#include "documents/flyer_settings.hpp"

#include "documents/template_requirements.hpp"

namespace documents {

std::optional<FlyerSettings> read_flyer_settings(const typeset::Template& tmpl,
                                                 base::Diagnostics& diagnostics) {
  TemplateRequirements needs(tmpl, "le flyer", diagnostics);
  FlyerSettings settings;
  settings.page_master = kFlyerPageMaster;
  needs.page_master(kFlyerPageMaster);
  needs.zone_fields(kFlyerPageMaster, std::vector<std::string_view>(std::begin(kFlyerFields),
                                                                    std::end(kFlyerFields)));
  for (const char* style : kFlyerParagraphStyles) needs.paragraph_style(style);
  needs.list_style(kFlyerListStyle);
  needs.table_style(kFlyerFactsTable);
  needs.table_style(kFlyerSheetTable);

  settings.after_title = needs.length("after-title");
  settings.after_facts = needs.length("after-facts");
  settings.min_body_size = needs.length("min-body-size");
  settings.shrink_step = needs.length("shrink-step");

  settings.kind_atelier = needs.text("kind-atelier");
  settings.kind_intervision = needs.text("kind-intervision");
  settings.label_code = needs.text("label-code");
  settings.label_date = needs.text("label-date");
  settings.label_dates = needs.text("label-dates");
  settings.label_hours = needs.text("label-hours");
  settings.label_place = needs.text("label-place");
  settings.label_operator = needs.text("label-operator");
  settings.label_public = needs.text("label-public");
  settings.hours_unknown = needs.text("hours-unknown");
  settings.public_row_label = needs.text("public-row-label");
  settings.open_to_schools = needs.text("open-to-schools");
  settings.sheet_heading_atelier = needs.text("sheet-heading-atelier");
  settings.sheet_heading_intervision = needs.text("sheet-heading-intervision");
  settings.sheet_pending = needs.text("sheet-pending");
  settings.document_title = needs.text("document-title");
  settings.document_subject = needs.text("document-subject");
  needs.text("dates-place-separator");
  needs.text("session-hours");

  if (!needs.ok()) return std::nullopt;
  if (settings.shrink_step <= 0) {
    needs.error("la longueur « shrink-step » doit être plus grande que 0");
  }
  if (settings.min_body_size <= 0) {
    needs.error("la longueur « min-body-size » doit être plus grande que 0");
  }
  if (!needs.ok()) return std::nullopt;
  return settings;
}

}  // namespace documents
