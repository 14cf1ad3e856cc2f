// Finishing step: the logical structure of a tagged PDF (PDF 1.7 §14.7–14.8,
// PDF/UA-1), from what the painter recorded (tagging.hpp). Internal to the
// finishing pass (finish.cpp).
//
// Thousands of small objects in a long brochure: they are written as text
// after the document's own (file_writer.hpp), never made qpdf objects. What
// points into the tree from the document — /StructParents and /Tabs on pages,
// /StructParent and /Contents on link annotations, /MarkInfo and
// /ViewerPreferences /DisplayDocTitle in the catalogue — is set on qpdf's
// objects before the document is written; the catalogue's /StructTreeRoot
// is given to the writer (FileWriter::add_to_catalog).
//
//   StructureTree tree(pdf, tagging);
//   const int first = writer.reserve(tree.object_count());
//   writer.add_to_catalog("/StructTreeRoot", reference(first));
//   writer.write_document();
//   tree.write(writer, first);
#pragma once

#include <cstddef>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <utility>
#include <vector>

#include "pdf/finishing/file_writer.hpp"
#include "pdf/tagging.hpp"

namespace pdf::finishing {

class StructureTree {
 public:
  // Lays the tree out and sets the keys that point into it on `pdf`.
  // `tagging` must outlive the tree.
  StructureTree(QPDF& pdf, const Tagging& tagging);

  // How many objects write() writes: the StructTreeRoot first.
  int object_count() const { return object_count_; }

  // The tree's objects, numbered from `first` (reserved in `writer`), after
  // `writer` has written the document: pages and annotations are referred
  // to under the numbers it gave them.
  void write(FileWriter& writer, int first) const;

 private:
  struct Kid {
    std::size_t key = 0;    // painting order of its first content
    int kind = 0;           // 0: an element (before content at an equal key), 1: content
    std::size_t index = 0;  // element index, or item index
    bool operator<(const Kid& other) const;
  };

  bool valid_item(const TaggedItem& item) const;
  void order();
  void choose_elements();
  void collect_kids();
  void number_objects();
  void link_pages_and_annotations(QPDF& pdf);
  QPDFObjectHandle annotation_of(const TaggedItem& item) const;
  std::size_t owner(std::size_t element) const { return target_[element]; }
  bool written(std::size_t element) const { return kept_[element] && target_[element] == element; }

  const Tagging& tagging_;
  const std::vector<StructureNode>& nodes_;
  std::vector<QPDFObjectHandle> pages_;
  std::vector<std::size_t> first_;   // by element: its first item or its descendants'
  std::vector<int> own_items_;       // by element
  std::vector<bool> kept_;           // by element: has content (or is a cell)
  std::vector<std::size_t> target_;  // by element: the element its content goes to
  std::vector<std::vector<Kid>> kids_;
  // Objects of the tree, by index from the StructTreeRoot (0).
  std::vector<int> element_objects_;                       // by element; -1 when not written
  std::map<std::string, int, std::less<>> scope_objects_;  // a TH's attributes, one per scope
  std::vector<std::vector<int>> mcid_owners_;  // by page and MCID: element object, or -1
  std::vector<int> page_arrays_;               // by page: its ParentTree array, or -1
  int parent_tree_ = 0;
  int object_count_ = 0;
  // Link annotations, by item (unset for marked content), and their
  // ParentTree keys with their element object.
  std::vector<QPDFObjectHandle> annotations_;
  std::vector<std::pair<int, int>> annotation_keys_;
  int next_key_ = 0;
};

}  // namespace pdf::finishing
