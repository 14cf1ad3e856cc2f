#include "pdf/content_tags.hpp"

#include <fmt/format.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>

namespace pdf {

namespace {

std::string_view type_of(const typeset::StructureElement& element) {
  using typeset::Role;
  static constexpr std::string_view kHeadings[] = {"H1", "H2", "H3", "H4", "H5", "H6"};
  switch (element.role) {
    case Role::document:
      return "Document";
    case Role::heading:
      return element.level >= 1 && element.level <= 6
                 ? kHeadings[static_cast<std::size_t>(element.level - 1)]
                 : "H";
    case Role::paragraph:
      return "P";
    case Role::list:
      return "L";
    case Role::list_item:
      return "LI";
    case Role::list_label:
      return "Lbl";
    case Role::list_body:
      return "LBody";
    case Role::table:
      return "Table";
    case Role::table_row:
      return "TR";
    case Role::header_cell:
      return "TH";
    case Role::data_cell:
      return "TD";
    case Role::link:
      return "Link";
  }
  return "Span";
}

}  // namespace

std::vector<StructureNode> structure_nodes(const typeset::StructureTree& tree) {
  std::vector<StructureNode> nodes;
  nodes.reserve(tree.elements.size());
  for (const typeset::StructureElement& element : tree.elements) {
    StructureNode node;
    node.type = type_of(element);
    node.parent = element.parent;
    if (element.scope == typeset::CellScope::row) node.scope = "Row";
    if (element.scope == typeset::CellScope::column) node.scope = "Column";
    node.description = element.description;
    nodes.push_back(std::move(node));
  }
  return nodes;
}

void ContentTagger::begin_page(HPDF_Page page, int index, std::vector<int> continued) {
  continued_ = std::move(continued);
  std::sort(continued_.begin(), continued_.end());
  page_ = page;
  page_index_ = index;
  next_mcid_ = 0;
  open_ = false;
  element_ = typeset::kArtifact;
}

void ContentTagger::write(const std::string& operators) {
  if (page_ == nullptr) return;
  auto* attributes = static_cast<HPDF_PageAttr>(page_->attr);
  HPDF_Stream_WriteStr(attributes->stream, operators.c_str());
}

void ContentTagger::open(int element) {
  close();
  const auto index = static_cast<std::size_t>(element);
  if (element == typeset::kArtifact || index >= tagging_.nodes.size()) {
    write("/Artifact BMC\n");
    element_ = typeset::kArtifact;
  } else {
    const int mcid = next_mcid_++;
    write(fmt::format("/{} <</MCID {}>> BDC\n", tagging_.nodes[index].type, mcid));
    tagging_.items.push_back({element, page_index_, mcid, -1});
    element_ = element;
  }
  open_ = true;
}

void ContentTagger::close() {
  if (!open_) return;
  write("EMC\n");
  open_ = false;
}

bool ContentTagger::continues(int element) const {
  return std::binary_search(continued_.begin(), continued_.end(), element);
}

bool ContentTagger::same_text(int a, int b) const {
  const auto count = static_cast<int>(tagging_.nodes.size());
  if (a < 0 || b < 0 || a >= count || b >= count) return false;
  const auto parent = [&](int e) { return tagging_.nodes[static_cast<std::size_t>(e)].parent; };
  return a == b || parent(a) == b || parent(b) == a;
}

void ContentTagger::add_annotation(int page, int annotation, int element) {
  tagging_.items.push_back({element, page, -1, annotation});
}

}  // namespace pdf
