#include "documents/flyer_settings.hpp"

#include <fmt/format.h>

#include <set>

#include "documents/template_requirements.hpp"

namespace documents {

std::optional<FlyerSettings> read_flyer_settings(const typeset::Template& tmpl,
                                                 base::Diagnostics& diagnostics) {
  TemplateRequirements needs(tmpl, "le flyer", diagnostics);
  FlyerSettings settings;
  const std::vector<std::string_view> fields(std::begin(kFlyerFields), std::end(kFlyerFields));
  settings.page_master = kFlyerPageMaster;
  // The first page's master and those after it (a compact running head).
  std::set<std::string, std::less<>> masters;
  for (std::string name = kFlyerPageMaster; !name.empty() && !masters.contains(name);) {
    masters.insert(name);
    const typeset::PageMaster* master =
        masters.size() == 1 ? needs.page_master(name) : tmpl.page_master(name);
    if (master == nullptr) break;
    needs.zone_fields(name, fields);
    name = master->next;
  }
  for (const char* style : kFlyerParagraphStyles) needs.paragraph_style(style);
  needs.list_style(kFlyerListStyle);
  for (const char* columns : kFlyerSheetColumns) needs.columns_style(columns);
  for (const FlyerBoxStyles& boxes : {kFlyerBoxes, kFlyerBoxesWithoutSheet}) {
    needs.paragraph_style(boxes.title);
    needs.table_style(boxes.facts_table);
    needs.paragraph_style(boxes.facts_code);
    needs.paragraph_style(boxes.facts_note);
    needs.table_style(boxes.registration_table);
  }

  settings.after_title = needs.length("after-title");
  settings.after_facts = needs.length("after-facts");
  settings.after_registration = needs.length("after-registration");
  settings.min_body_size = needs.length("min-body-size");
  settings.max_body_size = needs.length("max-body-size");
  settings.shrink_step = needs.length("shrink-step");

  settings.kind_atelier = needs.text("kind-atelier");
  settings.kind_intervision = needs.text("kind-intervision");
  settings.facts = read_key_facts_texts(needs, false);
  settings.sheet_pending = needs.text("sheet-pending", fields);
  settings.document_title = needs.text("document-title", fields);
  settings.document_subject = needs.text("document-subject", fields);
  settings.registration = read_registration_texts(needs, fields);
  needs.text("dates-place-separator");
  needs.text("session-hours");

  if (!needs.ok()) return std::nullopt;
  if (settings.shrink_step <= 0) {
    needs.error("la longueur « shrink-step » doit être plus grande que 0");
  }
  if (settings.min_body_size <= 0) {
    needs.error("la longueur « min-body-size » doit être plus grande que 0");
  }
  const typeset::ParagraphStyle* body = tmpl.paragraph_style("body");
  if (body != nullptr && settings.min_body_size > body->size) {
    needs.error(
        fmt::format("la longueur « min-body-size » ({} pt) dépasse la taille du style "
                    "« body » ({} pt)",
                    settings.min_body_size, body->size));
  }
  if (body != nullptr && settings.max_body_size < body->size) {
    needs.error(
        fmt::format("la longueur « max-body-size » ({} pt) est plus petite que la taille "
                    "du style « body » ({} pt)",
                    settings.max_body_size, body->size));
  }
  if (!needs.ok()) return std::nullopt;
  return settings;
}

}  // namespace documents
