#include "documents/demo_output.hpp"

#include "documents/layout_demo.hpp"

namespace documents {

RenderedDemo render_layout_demo(const std::string& demo_path, const pdf::WriteOptions& options,
                                base::Diagnostics& diagnostics) {
  RenderedDemo rendered;
  const std::optional<LayoutDemo> demo = read_layout_demo(demo_path, diagnostics);
  if (!demo) return rendered;
  const std::optional<Resources> resources = load_demo_resources(*demo, diagnostics);
  if (!resources) return rendered;
  const std::optional<DemoLayout> layout = build_layout_demo(*demo, *resources, diagnostics);
  if (!layout) return rendered;
  pdf::RenderResult pdf = pdf::render_pdf(layout->document, resources->fonts(), options, demo_path);
  const bool ok = pdf.ok();
  diagnostics.append(std::move(pdf.diagnostics));
  if (!ok) return rendered;
  rendered.ok = true;
  rendered.pages = static_cast<int>(layout->document.pages.size());
  rendered.bytes = std::move(pdf.bytes);
  return rendered;
}

}  // namespace documents
