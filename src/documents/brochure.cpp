#include "documents/brochure.hpp"

#include <fmt/format.h>

#include "documents/brochure_cover.hpp"
#include "documents/brochure_navigation.hpp"
#include "documents/brochure_overview.hpp"
#include "documents/brochure_sheets.hpp"
#include "documents/brochure_texts.hpp"
#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

constexpr const char* kPageMaster = "page";

// Every template text the brochure prints: a missing one would silently print
// nothing, so it is reported before layout.
constexpr const char* kRequiredTexts[] = {
    "column-operator",  "column-title",   "column-code",    "column-dates",  "column-place",
    "audience-mark",    "sheet-page",     "no-sheet",       "no-sheet-note", "kind-atelier",
    "kind-intervision", "code-separator", "sheet-kicker",   "sheet-mark",    "outline-sheet",
    "period",           "cover-label",    "document-title", "subject",       "keywords"};

bool check_template(const typeset::Template& tmpl, base::Diagnostics& diagnostics) {
  bool ok = true;
  for (const char* name : kRequiredTexts) {
    if (tmpl.texts.find(name) == tmpl.texts.end()) {
      diagnostics.error(tmpl.source_file, {},
                        fmt::format("le gabarit de la brochure doit définir le texte « {} » "
                                    "(<text name=\"{}\">…</text>)",
                                    name, name));
      ok = false;
    }
  }
  for (const char* master : {kCoverMaster, kPageMaster}) {
    if (tmpl.page_master(master) == nullptr) {
      diagnostics.error(tmpl.source_file, {},
                        fmt::format("le gabarit de la brochure doit définir le gabarit de page "
                                    "« {} » (<page-master name=\"{}\">)",
                                    master, master));
      ok = false;
    }
  }
  return ok;
}

// The flow fills {page}, {pages} and {mark} in headers and footers; the
// catalogue's own fields ({title}, {edition}…) are filled here, once.
typeset::Template with_document_fields(const typeset::Template& tmpl, const TextFields& fields) {
  typeset::Template filled = tmpl;
  for (auto& [name, master] : filled.page_masters) {
    for (std::optional<typeset::PageZone>* zone : {&master.header, &master.footer}) {
      if (!*zone) continue;
      for (std::string* text : {&(*zone)->left, &(*zone)->center, &(*zone)->right}) {
        *text = fill_fields(*text, fields);
      }
    }
  }
  return filled;
}

}  // namespace

BrochureLayout lay_out_brochure(const catalogue::Catalogue& catalogue,
                                const typeset::Template& tmpl, const Resources& resources,
                                base::Diagnostics& diagnostics) {
  BrochureLayout result;
  if (!check_template(tmpl, diagnostics)) return result;
  const typeset::Template filled = with_document_fields(tmpl, document_fields(catalogue, tmpl));

  typeset::Flow flow(
      filled, typeset::text_setter(resources.text_context(catalogue.source_path, diagnostics)),
      diagnostics, kCoverMaster);
  flow.add(cover_blocks(catalogue, filled));
  flow.page_break(kPageMaster);
  for (std::size_t index = 0; index < catalogue.sections.size(); ++index) {
    flow.add(overview_blocks(catalogue, index, filled));
  }
  for (const catalogue::Section& section : catalogue.sections) {
    for (const catalogue::Course* course : courses_with_sheet(section)) {
      flow.page_break(kPageMaster);
      flow.add(sheet_blocks(catalogue, *course, filled));
    }
  }
  result.document = flow.finish(brochure_metadata(catalogue, filled));
  result.report = flow.report();
  // Sections and their courses, whatever order the pages put them in.
  result.document.outline = brochure_outline(catalogue, filled);
  result.document.page_labels =
      brochure_page_labels(std::move(result.document.page_labels), filled);
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
