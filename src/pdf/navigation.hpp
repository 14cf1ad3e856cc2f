// What lets a reader move through a document: named destinations (from the
// layout's anchors), link annotations, the outline (bookmarks) and page labels.
#pragma once

#include <hpdf.h>

#include <map>
#include <string>
#include <vector>

#include "typeset/boxes.hpp"

namespace pdf {

class HaruDocument;

// Anchors turned into PDF destinations (page and position, current zoom kept).
class Destinations {
 public:
  // One destination per anchor of every page; `pages[i]` is the PDF page of
  // document.pages[i]. Duplicate names are reported in `errors`.
  void create(HaruDocument& pdf, const std::vector<HPDF_Page>& pages,
              const typeset::DocumentBox& document, std::vector<std::string>& errors);
  // nullptr for an unknown name.
  HPDF_Destination find(const std::string& name) const;

 private:
  std::map<std::string, HPDF_Destination> by_name_;
};

// Borderless link annotations for a page's links; a link to an unknown
// destination is reported in `errors`. Returns the element (LinkBox::element)
// of each annotation made, in the order of the page's /Annots.
std::vector<int> add_links(HPDF_Page page, const typeset::PageBox& box, int page_number,
                           const Destinations& destinations, std::vector<std::string>& errors);

// The outline, nested by level; entries shallower than `open_depth` show
// their children when the document opens.
void add_outline(HaruDocument& pdf, const std::vector<typeset::OutlineEntry>& outline,
                 const Destinations& destinations, int open_depth,
                 std::vector<std::string>& errors);

// Page labels ("p. 3", or a prefix alone for unnumbered pages), written as
// UTF-16 so that any prefix survives.
void add_page_labels(HaruDocument& pdf, const std::vector<typeset::PageLabelRange>& ranges,
                     int page_count, std::vector<std::string>& errors);

// Link URIs must be 7-bit ASCII in a PDF: other bytes and spaces are
// percent-encoded, and what is already encoded is kept.
std::string ascii_uri(const std::string& uri);

}  // namespace pdf
