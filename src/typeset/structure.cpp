#include "typeset/structure.hpp"

namespace typeset {

void StructureTree::reset() {
  elements.clear();
  elements.push_back({Role::document, kArtifact, 0, CellScope::none, {}});
}

int StructureTree::add(StructureElement element) {
  elements.push_back(std::move(element));
  return static_cast<int>(elements.size()) - 1;
}

}  // namespace typeset
