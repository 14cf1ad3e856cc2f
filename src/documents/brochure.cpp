#include "documents/brochure.hpp"

#include <fmt/format.h>

#include "documents/brochure_calendar.hpp"
#include "documents/brochure_cover.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents/brochure_overview.hpp"
#include "documents/brochure_sheets.hpp"
#include "documents/brochure_texts.hpp"
#include "documents/registration_box.hpp"
#include "documents/template_requirements.hpp"
#include "typeset/field_runs.hpp"
#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

constexpr const char* kPageMaster = "page";
constexpr const char* kRegistrationTable = "registration";
constexpr const char* kRegistrationAnchor = "registration";
// A sheet starts under the tail of the one before when at least this share of
// the page is left, else on a new page: no nearly empty page, and no sheet
// starting with only its title at a page's foot; but on a new page when
// starting under the other would leave it a last page less full than
// kMinLastPage that a new start avoids.
constexpr double kSheetStartRoom = 0.45;
constexpr double kMinLastPage = 0.4;

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
                                          "session-hours",
                                          "contents-title",
                                          "contents-page",
                                          "imprint",
                                          "imprint-editor",
                                          "registration-title",
                                          "registration-intro"};

// Every paragraph style the brochure's own blocks name (the table styles name
// theirs, which the template reader checks).
constexpr const char* kParagraphStyles[] = {
    "cover-title",    "cover-period",  "cover-website", "section-title",  "section-note",
    "legend",         "overview-code", "overview-page", "overview-note",  "sheet-kicker",
    "sheet-title",    "facts-code",    "facts-note",    "contents-title", "contents-page",
    "calendar-month", "calendar-code"};

// The fields the brochure's page masters may show.
constexpr std::string_view kBrochureFields[] = {"title",   "edition", "publisher",
                                                "website", "period",  "imprint"};

// A bookmark over a section's sheets, where its first sheet starts.
std::string sheets_title(const catalogue::Section& section, const typeset::Template& tmpl) {
  const bool atelier = section.kind == catalogue::CourseKind::atelier;
  return tmpl.text(atelier ? "outline-sheets-atelier" : "outline-sheets-intervision");
}

std::string sheets_anchor(std::size_t index) {
  return "sheets-" + std::to_string(index + 1);
}

typeset::Block sheets_bookmark(const catalogue::Section& section, std::size_t index,
                               const typeset::Template& tmpl) {
  typeset::Block marker{typeset::MarkerBlock{}};
  marker.anchor = sheets_anchor(index);
  marker.outline = typeset::OutlineMark{sheets_title(section, tmpl), 0};
  marker.keep_with_next = true;
  return marker;
}

}  // namespace

namespace {

// The texts read by name when the template has every name the brochure needs.
std::optional<SheetTexts> brochure_template_texts(const typeset::Template& tmpl,
                                                  base::Diagnostics& diagnostics) {
  TemplateRequirements needs(tmpl, "la brochure", diagnostics);
  const std::vector<std::string_view> fields(std::begin(kBrochureFields),
                                             std::end(kBrochureFields));
  for (const char* name : kRequiredTexts) needs.text(name);
  for (const char* name : kCalendarTexts) needs.text(name);
  for (const char* style : kParagraphStyles) needs.paragraph_style(style);
  for (const char* style : kCalendarStyles) needs.paragraph_style(style);
  needs.table_style(kOverviewTableStyle);
  needs.table_style(kFactsTableStyle);
  needs.table_style(kContentsTableStyle);
  needs.table_style(kCalendarTableStyle);
  needs.table_style(kSheetTableStyle);
  needs.table_style(kRegistrationTable);
  needs.list_style(kCellListStyle);
  for (const char* master : {kCoverMaster, kPageMaster}) {
    needs.page_master(master);
    needs.zone_fields(master, fields);
  }
  if (tmpl.page_master(kBackCoverMaster) != nullptr) needs.zone_fields(kBackCoverMaster, fields);
  // The brochure speaks of every session: its texts may not name one ({code}).
  SheetTexts texts{read_key_facts_texts(needs, true), read_registration_texts(needs, fields)};
  if (!needs.ok()) return std::nullopt;
  return texts;
}

}  // namespace

bool check_brochure_template(const typeset::Template& tmpl, base::Diagnostics& diagnostics) {
  return brochure_template_texts(tmpl, diagnostics).has_value();
}

namespace {

// The registration page: its title, the edition's block, the words around it.
std::vector<typeset::Block> registration_page(const catalogue::Catalogue& catalogue,
                                              const typeset::Template& tmpl,
                                              const RegistrationTexts& texts) {
  std::vector<typeset::Block> blocks;
  std::optional<typeset::Block> box =
      registration_box(catalogue::edition_registration(catalogue), texts,
                       document_fields(catalogue, tmpl), kRegistrationTable);
  if (!box) return blocks;
  blocks.push_back(part_heading(tmpl.text("registration-title"), kRegistrationAnchor));
  blocks.push_back(typeset::paragraph_block(
      "section-note",
      typeset::field_runs(tmpl.text("registration-intro"), document_fields(catalogue, tmpl))));
  blocks.push_back(std::move(*box));
  return blocks;
}

}  // namespace

BrochureLayout lay_out_brochure(const catalogue::Catalogue& catalogue,
                                const typeset::Template& tmpl, const Resources& resources,
                                base::Diagnostics& diagnostics,
                                std::optional<typeset::PrintSetup> print) {
  BrochureLayout result;
  const std::optional<SheetTexts> texts = brochure_template_texts(tmpl, diagnostics);
  if (!texts) return result;

  const std::vector<typeset::Block> registration =
      registration_page(catalogue, tmpl, texts->registration);
  // The contents: what the brochure holds, in its order.
  std::vector<ContentsEntry> contents;
  for (std::size_t index = 0; index < catalogue.sections.size(); ++index) {
    contents.push_back({catalogue.sections[index].title, section_anchor(index + 1)});
  }
  contents.push_back({tmpl.text("calendar-title"), kCalendarAnchor});
  for (std::size_t index = 0; index < catalogue.sections.size(); ++index) {
    if (courses_with_sheet(catalogue.sections[index]).empty()) continue;
    contents.push_back({sheets_title(catalogue.sections[index], tmpl), sheets_anchor(index)});
  }
  if (!registration.empty())
    contents.push_back({tmpl.text("registration-title"), kRegistrationAnchor});

  typeset::Flow flow(
      tmpl, typeset::text_setter(resources.text_context(catalogue.source_path, diagnostics)),
      diagnostics, kCoverMaster);
  base::Fields fields = document_fields(catalogue, tmpl);
  fields.set("imprint", imprint_line(catalogue, tmpl));
  flow.set_furniture({.fields = fields, .images = typeset::template_images(tmpl)});
  if (print) flow.set_print(*print);
  flow.add(cover_blocks(catalogue, tmpl, contents));
  flow.page_break(kPageMaster);
  for (std::size_t index = 0; index < catalogue.sections.size(); ++index) {
    flow.add(overview_blocks(catalogue, index, tmpl));
  }
  flow.page_break(kPageMaster);
  flow.add(calendar_blocks(catalogue, tmpl));
  for (std::size_t index = 0; index < catalogue.sections.size(); ++index) {
    const catalogue::Section& section = catalogue.sections[index];
    const std::vector<const catalogue::Course*> courses = courses_with_sheet(section);
    for (const catalogue::Course* course : courses) {
      // Each section's sheets start on a new page; within it, a sheet starts
      // under the one before when the page has room for a good start.
      flow.add(typeset::page_break_block(
          kPageMaster, course == courses.front() ? 0 : kSheetStartRoom, kMinLastPage));
      if (course == courses.front()) flow.add(sheets_bookmark(section, index, tmpl));
      flow.add(sheet_blocks(catalogue, section, *course, tmpl, *texts));
    }
  }
  if (!registration.empty()) {
    // Under the last sheet's tail when it leaves room, rather than after a
    // nearly empty page.
    flow.add(typeset::page_break_block(kPageMaster, kSheetStartRoom));
    flow.add(registration);
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
