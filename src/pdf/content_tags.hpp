// Marked content while painting: each glyph run's element becomes a
// marked-content sequence with its MCID (`/P <</MCID 3>> BDC … EMC`), and
// what belongs to no element an artifact (`/Artifact BMC … EMC`). libharu
// 2.3 has no call for these operators ("BDC --not implemented yet"): they
// are written into the page's content stream between its own operators,
// always outside a text object. Every sequence and every link annotation is
// recorded, in painting order, for the finishing pass (tagging.hpp).
#pragma once

#include <hpdf.h>

#include <string>

#include "pdf/tagging.hpp"
#include "typeset/structure.hpp"

namespace pdf {

// The standard structure types of `tree`'s elements (H1…H6, P, Table, TR,
// TH with its scope, TD, L, LI, Lbl, LBody, Link), same indices.
std::vector<StructureNode> structure_nodes(const typeset::StructureTree& tree);

class ContentTagger {
 public:
  explicit ContentTagger(Tagging& tagging) : tagging_(tagging) {}

  // The page painted from now on (0-based index); MCIDs restart at 0.
  // `continued`: the elements whose text goes on at the next page's top.
  void begin_page(HPDF_Page page, int index, std::vector<int> continued = {});
  // Does `element`'s text go on at the next page?
  bool continues(int element) const;
  // Opens a sequence for `element` (kArtifact: an artifact), closing the one
  // open. Only between text objects.
  void open(int element);
  // Closes the open sequence, if any.
  void close();
  bool is_open() const { return open_; }
  int open_element() const { return element_; }
  // Do `a` and `b` hold words of one text: the same element, or a link and
  // the paragraph around it? (Never artifacts.)
  bool same_text(int a, int b) const;
  // The page's annotation number `annotation` (in /Annots) belongs to `element`.
  void add_annotation(int page, int annotation, int element);

 private:
  void write(const std::string& operators);

  Tagging& tagging_;
  HPDF_Page page_ = nullptr;
  int page_index_ = 0;
  int next_mcid_ = 0;
  std::vector<int> continued_;  // sorted
  bool open_ = false;
  int element_ = typeset::kArtifact;
};

}  // namespace pdf
