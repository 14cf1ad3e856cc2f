// What the laid-out content means to a reader who does not see the page (a
// screen reader, a tagged PDF): a tree of elements — headings, paragraphs,
// lists, tables, links — made while the blocks are laid out, in the order of
// the flow. Positioned boxes name the element they belong to, so that a
// paragraph split across pages stays one element and a table row split
// across pages stays one row. A box that names none is an artifact: page
// furniture, rules and fills, repeated table headers, "(suite)" labels.
#pragma once

#include <deque>
#include <string>

namespace typeset {

enum class Role {
  document,  // the root: element 0 of every tree
  heading,   // with a level, 1 to 6
  paragraph,
  list,
  list_item,
  list_label,  // the bullet or number
  list_body,
  table,
  table_row,
  header_cell,  // with a scope: the column (header rows) or the row (label column)
  data_cell,
  link,  // its text, and the link annotations that make it clickable
};

enum class CellScope { none, row, column };

// A box's element when it is none: an artifact.
inline constexpr int kArtifact = -1;

struct StructureElement {
  Role role = Role::paragraph;
  int parent = kArtifact;  // index in the tree; the document has none
  int level = 0;           // heading: 1 (the highest) to 6
  CellScope scope = CellScope::none;
  // What a link says when it is read out rather than seen (its text, or
  // where it leads): the link annotation's description.
  std::string description;
};

// Elements in the order they were made: parents before their children,
// siblings in reading order. Empty: the document is not tagged.
struct StructureTree {
  // A deque: a long document has hundreds of thousands of elements, and a
  // vector grown by doubling held up to twice their memory, three times while
  // it moved them.
  std::deque<StructureElement> elements;

  bool empty() const { return elements.empty(); }
  // Starts a tree with its document element (index 0).
  void reset();
  // Adds `element` and returns its index.
  int add(StructureElement element);
};

}  // namespace typeset
