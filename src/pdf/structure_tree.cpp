// Finishing step: the logical structure of a tagged PDF (PDF 1.7 §14.7–14.8,
// PDF/UA-1), from what the painter recorded (tagging.hpp). See
// finishing_steps.hpp.
//
// An element's kids are its child elements and its own content, ordered by
// where each starts in painting order (which is the flow's order on every
// page): a paragraph continued on the next page gets a second marked-content
// reference, and a link inside it sits between its text's two parts. An
// element with no content is dropped, except a table's empty cell (a table
// keeps its grid); a paragraph alone in a cell or a list body gives its
// content to it (fewer objects, the same reading).
#include <algorithm>
#include <limits>
#include <map>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <tuple>

#include "pdf/finishing_steps.hpp"

namespace pdf::finishing {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

struct Kid {
  std::size_t key = 0;    // painting order of its first content
  int kind = 0;           // 0: an element (before content at an equal key), 1: content
  std::size_t index = 0;  // element index, or item index
  bool operator<(const Kid& other) const {
    return std::tie(key, kind, index) < std::tie(other.key, other.kind, other.index);
  }
};

bool is_cell(const std::string& type) {
  return type == "TD" || type == "TH";
}

bool takes_lone_paragraph(const std::string& type) {
  return is_cell(type) || type == "LBody";
}

class TreeWriter {
 public:
  TreeWriter(QPDF& pdf, const Tagging& tagging)
      : pdf_(pdf), tagging_(tagging), nodes_(tagging.nodes) {
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      pages_.push_back(page.getObjectHandle());
    }
  }

  void write() {
    order();
    choose_elements();
    collect_kids();
    make_objects();
    link_pages_and_annotations();
  }

 private:
  bool valid_item(const TaggedItem& item) const {
    return item.element >= 0 && static_cast<std::size_t>(item.element) < nodes_.size() &&
           item.page >= 0 && static_cast<std::size_t>(item.page) < pages_.size();
  }

  // first_[e]: the first item of e or of its descendants, in painting order.
  void order() {
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
  void choose_elements() {
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

  std::size_t owner(std::size_t element) const { return target_[element]; }
  bool written(std::size_t element) const { return kept_[element] && target_[element] == element; }

  void collect_kids() {
    const std::size_t count = nodes_.size();
    kids_.assign(count, {});
    std::vector<std::size_t> last_key(count, kNone);
    for (std::size_t e = 1; e < count; ++e) {
      if (!written(e)) continue;
      const std::size_t parent = owner(static_cast<std::size_t>(nodes_[e].parent));
      if (last_key[parent] == kNone)
        last_key[parent] = first_[parent] == kNone ? 0 : first_[parent];
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

  void make_objects() {
    root_ = pdf_.makeIndirectObject(QPDFObjectHandle::newDictionary());
    objects_.assign(nodes_.size(), QPDFObjectHandle::newNull());
    for (std::size_t e = 0; e < nodes_.size(); ++e) {
      if (written(e)) objects_[e] = pdf_.makeIndirectObject(QPDFObjectHandle::newDictionary());
    }
    for (std::size_t e = 0; e < nodes_.size(); ++e) {
      if (written(e)) fill_element(e);
    }
    root_.replaceKey("/Type", QPDFObjectHandle::newName("/StructTreeRoot"));
    root_.replaceKey("/K", objects_[0]);
    pdf_.getRoot().replaceKey("/StructTreeRoot", root_);
  }

  void fill_element(std::size_t e) {
    QPDFObjectHandle element = objects_[e];
    const StructureNode& node = nodes_[e];
    element.replaceKey("/S", QPDFObjectHandle::newName("/" + node.type));
    element.replaceKey("/P",
                       e == 0 ? root_ : objects_[owner(static_cast<std::size_t>(node.parent))]);
    // The page of its first marked content: MCIDs on it are written as plain
    // numbers, others as marked-content references.
    int home = -1;
    for (const Kid& kid : kids_[e]) {
      if (kid.kind == 1 && tagging_.items[kid.index].mcid >= 0) {
        home = tagging_.items[kid.index].page;
        break;
      }
    }
    if (home >= 0) element.replaceKey("/Pg", pages_[static_cast<std::size_t>(home)]);
    QPDFObjectHandle kids = QPDFObjectHandle::newArray();
    for (const Kid& kid : kids_[e]) {
      if (kid.kind == 0) {
        kids.appendItem(objects_[kid.index]);
        continue;
      }
      const TaggedItem& item = tagging_.items[kid.index];
      QPDFObjectHandle page = pages_[static_cast<std::size_t>(item.page)];
      if (item.mcid >= 0 && item.page == home) {
        kids.appendItem(QPDFObjectHandle::newInteger(item.mcid));
      } else if (item.mcid >= 0) {
        QPDFObjectHandle reference = QPDFObjectHandle::newDictionary();
        reference.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
        reference.replaceKey("/Pg", page);
        reference.replaceKey("/MCID", QPDFObjectHandle::newInteger(item.mcid));
        kids.appendItem(reference);
      } else if (QPDFObjectHandle annotation = annotation_of(item); annotation.isDictionary()) {
        QPDFObjectHandle reference = QPDFObjectHandle::newDictionary();
        reference.replaceKey("/Type", QPDFObjectHandle::newName("/OBJR"));
        reference.replaceKey("/Pg", page);
        reference.replaceKey("/Obj", annotation);
        kids.appendItem(reference);
      }
    }
    // Thousands of elements, none in an object stream (PDF/A-1 has none):
    // a lone kid is written without its array.
    element.replaceKey("/K", kids.getArrayNItems() == 1 ? kids.getArrayItem(0) : kids);
    if (!node.scope.empty()) element.replaceKey("/A", scope_attributes(node.scope));
  }

  // One attribute object per scope, shared by every header cell of that scope.
  QPDFObjectHandle scope_attributes(const std::string& scope) {
    auto found = scopes_.find(scope);
    if (found != scopes_.end()) return found->second;
    QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
    attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
    attributes.replaceKey("/Scope", QPDFObjectHandle::newName("/" + scope));
    return scopes_.emplace(scope, pdf_.makeIndirectObject(attributes)).first->second;
  }

  QPDFObjectHandle annotation_of(const TaggedItem& item) const {
    QPDFObjectHandle page = pages_[static_cast<std::size_t>(item.page)];
    QPDFObjectHandle annotations = page.getKey("/Annots");
    if (!annotations.isArray() || item.annotation >= annotations.getArrayNItems()) {
      return QPDFObjectHandle::newNull();
    }
    return annotations.getArrayItem(item.annotation);
  }

  // The ParentTree: for each page, the element of each MCID; for each
  // annotation, its element. Pages take keys 0…n-1, annotations the next.
  void link_pages_and_annotations() {
    std::vector<std::vector<QPDFObjectHandle>> by_page(pages_.size());
    std::vector<std::pair<QPDFObjectHandle, QPDFObjectHandle>> annotations;
    for (const TaggedItem& item : tagging_.items) {
      if (!valid_item(item)) continue;
      QPDFObjectHandle element = objects_[owner(static_cast<std::size_t>(item.element))];
      if (item.mcid >= 0) {
        std::vector<QPDFObjectHandle>& mcids = by_page[static_cast<std::size_t>(item.page)];
        if (mcids.size() <= static_cast<std::size_t>(item.mcid)) {
          mcids.resize(static_cast<std::size_t>(item.mcid) + 1, QPDFObjectHandle::newNull());
        }
        mcids[static_cast<std::size_t>(item.mcid)] = element;
      } else if (QPDFObjectHandle annotation = annotation_of(item); annotation.isDictionary()) {
        annotations.emplace_back(annotation, element);
        const std::string& description = nodes_[static_cast<std::size_t>(item.element)].description;
        annotation.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(
                                               description.empty() ? "lien" : description));
      }
    }
    QPDFObjectHandle numbers = QPDFObjectHandle::newArray();
    int key = 0;
    for (std::size_t p = 0; p < pages_.size(); ++p, ++key) {
      pages_[p].replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
      if (by_page[p].empty()) continue;
      pages_[p].replaceKey("/StructParents", QPDFObjectHandle::newInteger(key));
      numbers.appendItem(QPDFObjectHandle::newInteger(key));
      numbers.appendItem(pdf_.makeIndirectObject(QPDFObjectHandle::newArray(by_page[p])));
    }
    for (auto& [annotation, element] : annotations) {
      annotation.replaceKey("/StructParent", QPDFObjectHandle::newInteger(key));
      numbers.appendItem(QPDFObjectHandle::newInteger(key));
      numbers.appendItem(element);
      ++key;
    }
    QPDFObjectHandle parent_tree = QPDFObjectHandle::newDictionary();
    parent_tree.replaceKey("/Nums", numbers);
    root_.replaceKey("/ParentTree", pdf_.makeIndirectObject(parent_tree));
    root_.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(key));
  }

  QPDF& pdf_;
  const Tagging& tagging_;
  const std::vector<StructureNode>& nodes_;
  std::vector<QPDFObjectHandle> pages_;
  std::vector<std::size_t> first_;
  std::vector<int> own_items_;
  std::vector<bool> kept_;
  std::vector<std::size_t> target_;
  std::vector<std::vector<Kid>> kids_;
  std::vector<QPDFObjectHandle> objects_;
  std::map<std::string, QPDFObjectHandle> scopes_;
  QPDFObjectHandle root_;
};

}  // namespace

void write_structure_tree(QPDF& pdf, const Tagging& tagging) {
  if (tagging.empty()) return;
  TreeWriter(pdf, tagging).write();
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

}  // namespace pdf::finishing
