// A tagged PDF's logical structure as the finishing pass writes it: the
// elements (standard structure types, PDF 1.7 §14.8.4) and, in painting
// order, the marked-content sequences and link annotations that belong to
// each. The painter records them (content_tags.hpp); the finishing pass
// turns them into the StructTreeRoot, its ParentTree and the page and
// annotation keys that point back into it (finishing/structure_tree.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pdf {

// Type and scope are names from a fixed list (string literals): a long
// document has hundreds of thousands of nodes.
struct StructureNode {
  std::string_view type;   // "Document", "H1", "P", "Table", "TR", "TH", "TD", "L", "LI", "Link"…
  int parent = -1;         // index; -1 for the document (index 0)
  std::string_view scope;  // TH: "Row" or "Column"; empty otherwise
  std::string description;  // Link: its annotation's /Contents
};

// One marked-content sequence (mcid ≥ 0) or one link annotation
// (annotation ≥ 0: its index in the page's /Annots), owned by `element`.
struct TaggedItem {
  int element = 0;
  int page = 0;  // 0-based
  int mcid = -1;
  int annotation = -1;
};

struct Tagging {
  std::vector<StructureNode> nodes;  // parents before children, siblings in reading order
  std::vector<TaggedItem> items;     // in painting order: the reading order on each page
  bool empty() const { return nodes.empty(); }
};

}  // namespace pdf
