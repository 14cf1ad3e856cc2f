// The structure tree of a tagged PDF: see structure_tree.hpp.
//
// An element's kids are its child elements and its own content, ordered by
// where each starts in painting order (which is the flow's order on every
// page): a paragraph continued on the next page gets a second marked-content
// reference, and a link inside it sits between its text's two parts. An
// element with no content is dropped, except a table's empty cell (a table
// keeps its grid); a paragraph alone in a cell or a list body gives its
// content to it (fewer objects, the same reading).
#include "pdf/finishing/structure_tree.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <limits>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <tuple>

namespace pdf::finishing {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

bool is_cell(std::string_view type) {
  return type == "TD" || type == "TH";
}

bool takes_lone_paragraph(std::string_view type) {
  return is_cell(type) || type == "LBody";
}

}  // namespace

bool StructureTree::Kid::operator<(const Kid& other) const {
  return std::tie(key, kind, index) < std::tie(other.key, other.kind, other.index);
}

StructureTree::StructureTree(QPDF& pdf, const Tagging& tagging)
    : tagging_(tagging), nodes_(tagging.nodes) {
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    pages_.push_back(page.getObjectHandle());
  }
  order();
  choose_elements();
  collect_kids();
  number_objects();
  link_pages_and_annotations(pdf);
  QPDFObjectHandle catalog = pdf.getRoot();
  QPDFObjectHandle mark_info = QPDFObjectHandle::newDictionary();
  mark_info.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
  catalog.replaceKey("/MarkInfo", mark_info);
  QPDFObjectHandle preferences = catalog.getKey("/ViewerPreferences");
  if (!preferences.isDictionary()) {
    preferences = QPDFObjectHandle::newDictionary();
    catalog.replaceKey("/ViewerPreferences", preferences);
  }
  preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
}

bool StructureTree::valid_item(const TaggedItem& item) const {
  return item.element >= 0 && static_cast<std::size_t>(item.element) < nodes_.size() &&
         item.page >= 0 && static_cast<std::size_t>(item.page) < pages_.size();
}

// first_[e]: the first item of e or of its descendants, in painting order.
void StructureTree::order() {
  first_.assign(nodes_.size(), kNone);
  own_items_.assign(nodes_.size(), 0);
  for (std::size_t i = 0; i < tagging_.items.size(); ++i) {
    const TaggedItem& item = tagging_.items[i];
    if (!valid_item(item)) continue;
    const auto element = static_cast<std::size_t>(item.element);
    first_[element] = std::min(first_[element], i);
    ++own_items_[element];
  }
  for (std::size_t e = nodes_.size(); e-- > 1;) {
    const int parent = nodes_[e].parent;
    if (parent < 0 || static_cast<std::size_t>(parent) >= e) continue;
    first_[static_cast<std::size_t>(parent)] =
        std::min(first_[static_cast<std::size_t>(parent)], first_[e]);
  }
}

// Which elements are written, and which lend their content to their parent.
void StructureTree::choose_elements() {
  const std::size_t count = nodes_.size();
  kept_.assign(count, false);
  target_.resize(count);
  for (std::size_t e = 0; e < count; ++e) target_[e] = e;
  if (count == 0) return;
  kept_[0] = true;
  std::vector<int> kept_children(count, 0);
  for (std::size_t e = 1; e < count; ++e) {
    const int parent = nodes_[e].parent;
    if (parent < 0 || static_cast<std::size_t>(parent) >= e) continue;
    const auto p = static_cast<std::size_t>(parent);
    kept_[e] = kept_[p] && (first_[e] != kNone || is_cell(nodes_[e].type));
    if (kept_[e]) ++kept_children[p];
  }
  for (std::size_t e = 1; e < count; ++e) {
    if (!kept_[e]) continue;
    const auto p = static_cast<std::size_t>(nodes_[e].parent);
    const bool lone_paragraph = nodes_[e].type == "P" && takes_lone_paragraph(nodes_[p].type) &&
                                kept_children[p] == 1 && own_items_[p] == 0;
    if (lone_paragraph) target_[e] = target_[p];
  }
}

void StructureTree::collect_kids() {
  const std::size_t count = nodes_.size();
  kids_.assign(count, {});
  std::vector<std::size_t> last_key(count, kNone);
  for (std::size_t e = 1; e < count; ++e) {
    if (!written(e)) continue;
    const std::size_t parent = owner(static_cast<std::size_t>(nodes_[e].parent));
    if (last_key[parent] == kNone) last_key[parent] = first_[parent] == kNone ? 0 : first_[parent];
    // An empty cell follows the sibling before it.
    const std::size_t key = first_[e] != kNone ? first_[e] : last_key[parent];
    last_key[parent] = key;
    kids_[parent].push_back({key, 0, e});
  }
  for (std::size_t i = 0; i < tagging_.items.size(); ++i) {
    const TaggedItem& item = tagging_.items[i];
    if (!valid_item(item)) continue;
    kids_[owner(static_cast<std::size_t>(item.element))].push_back({i, 1, i});
  }
  for (std::vector<Kid>& kids : kids_) std::sort(kids.begin(), kids.end());
}

// Index 0 is the StructTreeRoot, then come the written elements in order,
// one attribute object per scope, each page's array of the ParentTree, and
// the ParentTree itself.
void StructureTree::number_objects() {
  int next = 1;
  element_objects_.assign(nodes_.size(), -1);
  for (std::size_t e = 0; e < nodes_.size(); ++e) {
    if (!written(e)) continue;
    element_objects_[e] = next++;
    if (!nodes_[e].scope.empty()) scope_objects_.emplace(std::string(nodes_[e].scope), 0);
  }
  for (auto& [scope, object] : scope_objects_) object = next++;
  // The ParentTree: for each page, the element of each MCID (pages take
  // keys 0…n-1); for each link annotation, its element (the next keys).
  mcid_owners_.assign(pages_.size(), {});
  for (const TaggedItem& item : tagging_.items) {
    if (!valid_item(item) || item.mcid < 0) continue;
    std::vector<int>& owners = mcid_owners_[static_cast<std::size_t>(item.page)];
    if (owners.size() <= static_cast<std::size_t>(item.mcid))
      owners.resize(static_cast<std::size_t>(item.mcid) + 1, -1);
    owners[static_cast<std::size_t>(item.mcid)] =
        element_objects_[owner(static_cast<std::size_t>(item.element))];
  }
  page_arrays_.assign(pages_.size(), -1);
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    if (!mcid_owners_[p].empty()) page_arrays_[p] = next++;
  }
  parent_tree_ = next++;
  object_count_ = next;
}

QPDFObjectHandle StructureTree::annotation_of(const TaggedItem& item) const {
  QPDFObjectHandle page = pages_[static_cast<std::size_t>(item.page)];
  QPDFObjectHandle annotations = page.getKey("/Annots");
  if (!annotations.isArray() || item.annotation >= annotations.getArrayNItems()) {
    return QPDFObjectHandle::newNull();
  }
  return annotations.getArrayItem(item.annotation);
}

void StructureTree::link_pages_and_annotations(QPDF& pdf) {
  int key = 0;
  for (std::size_t p = 0; p < pages_.size(); ++p, ++key) {
    pages_[p].replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
    if (page_arrays_[p] >= 0)
      pages_[p].replaceKey("/StructParents", QPDFObjectHandle::newInteger(key));
  }
  annotations_.assign(tagging_.items.size(), QPDFObjectHandle());
  for (std::size_t i = 0; i < tagging_.items.size(); ++i) {
    const TaggedItem& item = tagging_.items[i];
    if (!valid_item(item) || item.mcid >= 0) continue;
    QPDFObjectHandle annotation = annotation_of(item);
    if (!annotation.isDictionary()) continue;
    if (!annotation.isIndirect()) {
      // An object reference (OBJR) names an indirect object.
      annotation = pdf.makeIndirectObject(annotation);
      pages_[static_cast<std::size_t>(item.page)].getKey("/Annots").setArrayItem(item.annotation,
                                                                                 annotation);
    }
    annotation.replaceKey("/StructParent", QPDFObjectHandle::newInteger(key));
    const std::string& description = nodes_[static_cast<std::size_t>(item.element)].description;
    annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(
                                           description.empty() ? "lien" : description));
    annotations_[i] = annotation;
    annotation_keys_.emplace_back(key,
                                  element_objects_[owner(static_cast<std::size_t>(item.element))]);
    ++key;
  }
  next_key_ = key;
}

void StructureTree::write(FileWriter& writer, int first) const {
  std::vector<std::string> pages(pages_.size());
  for (std::size_t p = 0; p < pages_.size(); ++p) pages[p] = reference(writer.number_of(pages_[p]));
  auto object = [first](int index) { return reference(first + index); };
  auto page = [&pages](int index) -> const std::string& {
    return pages[static_cast<std::size_t>(index)];
  };

  writer.write_object(
      first, fmt::format("<</Type/StructTreeRoot/K {}/ParentTree {}/ParentTreeNextKey {}>>",
                         object(element_objects_[0]), object(parent_tree_), next_key_));
  std::string text;
  std::string kids;  // separated by spaces
  for (std::size_t e = 0; e < nodes_.size(); ++e) {
    if (!written(e)) continue;
    const StructureNode& node = nodes_[e];
    text = "<</S";
    append_name(text, node.type);
    text += "/P ";
    text +=
        e == 0 ? object(0) : object(element_objects_[owner(static_cast<std::size_t>(node.parent))]);
    // The page of its first marked content: MCIDs on it are written as plain
    // numbers, others as marked-content references.
    int home = -1;
    for (const Kid& kid : kids_[e]) {
      if (kid.kind == 1 && tagging_.items[kid.index].mcid >= 0) {
        home = tagging_.items[kid.index].page;
        break;
      }
    }
    if (home >= 0) text += "/Pg " + page(home);
    kids.clear();
    int kid_count = 0;
    auto kids_out = std::back_inserter(kids);
    for (const Kid& kid : kids_[e]) {
      const char* separator = kid_count++ == 0 ? "" : " ";
      if (kid.kind == 0) {
        fmt::format_to(kids_out, "{}{} 0 R", separator, first + element_objects_[kid.index]);
        continue;
      }
      const TaggedItem& item = tagging_.items[kid.index];
      if (item.mcid >= 0 && item.page == home) {
        fmt::format_to(kids_out, "{}{}", separator, item.mcid);
      } else if (item.mcid >= 0) {
        fmt::format_to(kids_out, "{}<</Type/MCR/Pg {}/MCID {}>>", separator, page(item.page),
                       item.mcid);
      } else if (const QPDFObjectHandle& annotation = annotations_[kid.index];
                 annotation.isInitialized()) {
        fmt::format_to(kids_out, "{}<</Type/OBJR/Pg {}/Obj {} 0 R>>", separator, page(item.page),
                       writer.number_of(annotation));
      } else {
        --kid_count;  // a link whose annotation is missing: nothing to refer to
      }
    }
    // Thousands of elements, none in an object stream (PDF/A-1 has none):
    // a lone kid is written without its array.
    text += kid_count == 1 ? "/K " + kids : "/K[" + kids + "]";
    if (!node.scope.empty()) text += "/A " + object(scope_objects_.find(node.scope)->second);
    text += ">>";
    writer.write_object(first + element_objects_[e], text);
  }
  // One attribute object per scope, shared by every header cell of that scope.
  for (const auto& [scope, index] : scope_objects_) {
    text = "<</O/Table/Scope";
    append_name(text, scope);
    writer.write_object(first + index, text + ">>");
  }
  std::string numbers;
  for (std::size_t p = 0; p < pages_.size(); ++p) {
    if (page_arrays_[p] < 0) continue;
    text = "[";
    for (int owner : mcid_owners_[p]) {
      if (text.size() > 1) text += ' ';
      text += owner < 0 ? std::string("null") : object(owner);
    }
    text += ']';
    writer.write_object(first + page_arrays_[p], text);
    fmt::format_to(std::back_inserter(numbers), "{}{} {}", numbers.empty() ? "" : " ", p,
                   object(page_arrays_[p]));
  }
  for (const auto& [key, element] : annotation_keys_) {
    fmt::format_to(std::back_inserter(numbers), "{}{} {}", numbers.empty() ? "" : " ", key,
                   object(element));
  }
  writer.write_object(first + parent_tree_, "<</Nums[" + numbers + "]>>");
}

}  // namespace pdf::finishing
