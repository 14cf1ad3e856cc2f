#include "documents/layout_demo.hpp"

#include <fmt/format.h>

#include "typeset/paragraph_setter.hpp"

namespace documents {

namespace {

bool defined(const typeset::Template& tmpl, const DemoNameUse& use) {
  switch (use.kind) {
    case DemoNameUse::Kind::paragraph_style:
      return tmpl.paragraph_style(use.name) != nullptr;
    case DemoNameUse::Kind::list_style:
      return tmpl.list_style(use.name) != nullptr;
    case DemoNameUse::Kind::table_style:
      return tmpl.table_style(use.name) != nullptr;
    case DemoNameUse::Kind::page_master:
      return tmpl.page_master(use.name) != nullptr;
  }
  return false;
}

std::string_view kind_name(DemoNameUse::Kind kind) {
  switch (kind) {
    case DemoNameUse::Kind::paragraph_style:
      return "style de paragraphe";
    case DemoNameUse::Kind::list_style:
      return "style de liste";
    case DemoNameUse::Kind::table_style:
      return "style de tableau";
    case DemoNameUse::Kind::page_master:
      return "gabarit de page";
  }
  return "nom";
}

// Every name the demo uses must exist in its template: said at the place in
// the demo, rather than later by the layout with no position.
bool check_names(const LayoutDemo& demo, const typeset::Template& tmpl,
                 base::Diagnostics& diagnostics) {
  bool ok = true;
  for (const DemoNameUse& use : demo.names) {
    if (defined(tmpl, use)) continue;
    diagnostics.error(demo.source_file, use.position,
                      fmt::format("{} inconnu « {} » : le modèle {} ne le définit pas",
                                  kind_name(use.kind), use.name, demo.template_path));
    ok = false;
  }
  return ok;
}

}  // namespace

std::optional<Resources> load_demo_resources(const LayoutDemo& demo,
                                             base::Diagnostics& diagnostics) {
  ResourceRequest request;
  request.template_paths = {demo.template_path};
  return load_resources(request, diagnostics);
}

std::optional<DemoLayout> build_layout_demo(const LayoutDemo& demo, const Resources& resources,
                                            base::Diagnostics& diagnostics) {
  const typeset::Template* tmpl = resources.find_template(demo.template_path);
  if (tmpl == nullptr) {
    diagnostics.error(demo.source_file, {},
                      fmt::format("le modèle {} n'a pas été chargé", demo.template_path));
    return std::nullopt;
  }
  if (!check_names(demo, *tmpl, diagnostics)) return std::nullopt;

  base::Diagnostics found;
  const typeset::TextContext text = resources.text_context(demo.source_file, found);
  typeset::Flow flow(*tmpl, typeset::text_setter(text), found, demo.master);
  flow.set_body_style(demo.body_style);
  flow.add(demo.blocks);
  flow.keep_pages();  // DemoLayout shows them
  typeset::DocumentMetadata metadata;
  metadata.title = demo.title;
  DemoLayout layout{flow.finish(std::move(metadata)), flow.report(), flow.pages()};
  diagnostics.append(found);
  if (found.has_errors()) return std::nullopt;
  return layout;
}

DemoOutput write_layout_demo(const std::string& demo_path, const std::string& output_path,
                             const pdf::WriteOptions& options, base::Diagnostics& diagnostics) {
  DemoOutput output;
  const std::optional<LayoutDemo> demo = read_layout_demo(demo_path, diagnostics);
  if (!demo) return output;
  const std::optional<Resources> resources = load_demo_resources(*demo, diagnostics);
  if (!resources) return output;
  const std::optional<DemoLayout> layout = build_layout_demo(*demo, *resources, diagnostics);
  if (!layout) return output;
  const pdf::WriteResult written =
      pdf::write_pdf(layout->document, resources->fonts(), output_path, options);
  diagnostics.append(written.diagnostics);
  output.written = written.ok();
  output.pages = static_cast<int>(layout->document.pages.size());
  output.bytes = written.size;
  return output;
}

}  // namespace documents
