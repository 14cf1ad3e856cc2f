#include "documents/brochure.hpp"

#include <fmt/format.h>

#include "documents/brochure_cover.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents/brochure_overview.hpp"
#include "documents/brochure_sheets.hpp"
#include "documents/brochure_texts.hpp"
#include "documents/registration_box.hpp"
#include "documents/template_requirements.hpp"
#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

constexpr const char* kPageMaster = "page";
constexpr const char* kRegistrationTable = "registration";

// Every template text the brochure prints: a missing one would silently print
// nothing, so it is reported before layout.
constexpr const char* kRequiredTexts[] = {"column-operator",
                                          "column-title",
                                          "column-code",
                                          "column-dates",
                                          "column-place",
                                          "audience-mark",
                                          "sheet-page",
                                          "no-sheet",
                                          "no-sheet-note",
                                          "kind-atelier",
                                          "kind-intervision",
                                          "code-separator",
                                          "sheet-kicker",
                                          "sheet-mark",
                                          "outline-sheet",
                                          "outline-sheets-atelier",
                                          "outline-sheets-intervision",
                                          "period",
                                          "document-title",
                                          "subject",
                                          "keywords",
                                          "dates-place-separator",
                                          "session-hours"};

// Every paragraph style the brochure's own blocks name (the table styles name
// theirs, which the template reader checks).
constexpr const char* kParagraphStyles[] = {
    "cover-title",   "cover-period",  "cover-website", "section-title", "section-note", "legend",
    "overview-code", "overview-page", "overview-note", "sheet-kicker",  "sheet-title"};

// The fields the brochure's page masters may show.
constexpr std::string_view kBrochureFields[] = {"title", "edition", "publisher", "website",
                                                "period"};

// A bookmark over a section's sheets, where its first sheet starts.
typeset::Block sheets_bookmark(const catalogue::Section& section, const typeset::Template& tmpl) {
  typeset::Block marker{typeset::MarkerBlock{}};
  const bool atelier = section.kind == catalogue::CourseKind::atelier;
  marker.outline = typeset::OutlineMark{
      tmpl.text(atelier ? "outline-sheets-atelier" : "outline-sheets-intervision"), 0};
  marker.keep_with_next = true;
  return marker;
}

}  // namespace

namespace {

// The registration texts when the template has every name the brochure needs.
std::optional<RegistrationTexts> brochure_template_texts(const typeset::Template& tmpl,
                                                         base::Diagnostics& diagnostics) {
  TemplateRequirements needs(tmpl, "la brochure", diagnostics);
  const std::vector<std::string_view> fields(std::begin(kBrochureFields),
                                             std::end(kBrochureFields));
  for (const char* name : kRequiredTexts) needs.text(name);
  for (const char* style : kParagraphStyles) needs.paragraph_style(style);
  needs.table_style(kOverviewTableStyle);
  needs.table_style(kSheetTableStyle);
  needs.table_style(kRegistrationTable);
  needs.list_style(kCellListStyle);
  for (const char* master : {kCoverMaster, kPageMaster}) {
    needs.page_master(master);
    needs.zone_fields(master, fields);
  }
  if (tmpl.page_master(kBackCoverMaster) != nullptr) needs.zone_fields(kBackCoverMaster, fields);
  // The brochure speaks of every session: its texts may not name one ({code}).
  RegistrationTexts texts = read_registration_texts(needs, fields);
  if (!needs.ok()) return std::nullopt;
  return texts;
}

}  // namespace

bool check_brochure_template(const typeset::Template& tmpl, base::Diagnostics& diagnostics) {
  return brochure_template_texts(tmpl, diagnostics).has_value();
}

BrochureLayout lay_out_brochure(const catalogue::Catalogue& catalogue,
                                const typeset::Template& tmpl, const Resources& resources,
                                base::Diagnostics& diagnostics,
                                std::optional<typeset::PrintSetup> print) {
  BrochureLayout result;
  const std::optional<RegistrationTexts> registration = brochure_template_texts(tmpl, diagnostics);
  if (!registration) return result;

  typeset::Flow flow(
      tmpl, typeset::text_setter(resources.text_context(catalogue.source_path, diagnostics)),
      diagnostics, kCoverMaster);
  flow.set_furniture(
      {.fields = document_fields(catalogue, tmpl), .images = typeset::template_images(tmpl)});
  if (print) flow.set_print(*print);
  flow.add(cover_blocks(catalogue, tmpl));
  // How to register, once for the edition, under the cover's title (the
  // brochure's design, issue 13, may move it).
  if (std::optional<typeset::Block> box =
          registration_box(catalogue::edition_registration(catalogue), *registration,
                           document_fields(catalogue, tmpl), kRegistrationTable)) {
    flow.add(std::move(*box));
  }
  flow.page_break(kPageMaster);
  for (std::size_t index = 0; index < catalogue.sections.size(); ++index) {
    flow.add(overview_blocks(catalogue, index, tmpl));
  }
  for (const catalogue::Section& section : catalogue.sections) {
    const std::vector<const catalogue::Course*> courses = courses_with_sheet(section);
    for (const catalogue::Course* course : courses) {
      flow.page_break(kPageMaster);
      if (course == courses.front()) flow.add(sheets_bookmark(section, tmpl));
      flow.add(sheet_blocks(catalogue, *course, tmpl));
    }
  }
  if (tmpl.page_master(kBackCoverMaster) != nullptr) {
    // Its furniture is the page: an anchor gives the flow something to
    // place on it (a page without content is never made).
    flow.page_break(kBackCoverMaster);
    flow.add(typeset::marker_block(kBackCoverMaster));
  }
  result.document = flow.finish(brochure_metadata(catalogue, tmpl));
  result.report = flow.report();
  return result;
}

pdf::WriteResult write_brochure(const catalogue::Catalogue& catalogue,
                                const typeset::Template& tmpl, const Resources& resources,
                                const std::string& path, const pdf::WriteOptions& options) {
  base::Diagnostics layout_diagnostics;
  BrochureLayout layout = lay_out_brochure(catalogue, tmpl, resources, layout_diagnostics);
  if (layout_diagnostics.has_errors()) {
    pdf::WriteResult failed;
    failed.diagnostics = std::move(layout_diagnostics);
    return failed;
  }
  pdf::WriteResult written = pdf::write_pdf(layout.document, resources.fonts(), path, options);
  layout_diagnostics.append(std::move(written.diagnostics));
  written.diagnostics = std::move(layout_diagnostics);
  return written;
}

}  // namespace documents
