#include "pdf/finishing/accessibility_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <set>

namespace pdf {
namespace {

using ObjectId = std::pair<int, int>;  // object number, generation

ObjectId id_of(QPDFObjectHandle object) {
  return {object.getObjectID(), object.getGeneration()};
}

// What one page's content stream paints, and inside which marked content.
class ContentScanner : public QPDFObjectHandle::ParserCallbacks {
 public:
  void handleObject(QPDFObjectHandle object) override {
    if (!object.isOperator()) {
      operands_.push_back(object);
      return;
    }
    const std::string op = object.getOperatorValue();
    if (op == "BDC" || op == "BMC") {
      Mark mark;
      if (!operands_.empty() && operands_[0].isName())
        mark.artifact = operands_[0].getName() == "/Artifact";
      if (op == "BDC" && operands_.size() >= 2 && operands_[1].isDictionary()) {
        QPDFObjectHandle mcid = operands_[1].getKey("/MCID");
        if (mcid.isInteger()) mark.mcid = mcid.getIntValueAsInt();
      }
      if (mark.mcid >= 0) mcids.push_back(mark.mcid);
      if (mark.artifact) ++artifacts;
      stack_.push_back(mark);
    } else if (op == "EMC") {
      if (stack_.empty()) {
        ++unbalanced;
      } else {
        stack_.pop_back();
      }
    } else if (!covered()) {
      if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") ++bare_text;
      if (op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" ||
          op == "b*" || op == "S" || op == "s" || op == "Do" || op == "sh")
        ++bare_graphics;
    }
    operands_.clear();
  }
  void handleEOF() override { unbalanced += static_cast<int>(stack_.size()); }

  std::vector<int> mcids;  // in painting order
  int artifacts = 0;
  int bare_text = 0;      // text shown outside any marked content or artifact
  int bare_graphics = 0;  // paths and images likewise
  int unbalanced = 0;     // EMC without BDC/BMC, or a sequence left open

 private:
  struct Mark {
    bool artifact = false;
    int mcid = -1;
  };
  bool covered() const {
    return std::any_of(stack_.begin(), stack_.end(),
                       [](const Mark& mark) { return mark.artifact || mark.mcid >= 0; });
  }
  std::vector<QPDFObjectHandle> operands_;
  std::vector<Mark> stack_;
};

class Checker {
 public:
  explicit Checker(std::string_view bytes) {
    pdf_.setSuppressWarnings(true);
    pdf_.processMemoryFile("PDF", bytes.data(), bytes.size());
    int index = 0;
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf_).getAllPages()) {
      pages_.push_back(page);
      page_index_[id_of(page.getObjectHandle())] = index++;
    }
    tree_mcids_.resize(pages_.size());
  }

  AccessibilityReport run() {
    check_catalogue();
    QPDFObjectHandle root = pdf_.getRoot().getKey("/StructTreeRoot");
    if (!root.isDictionary()) {
      problem("le PDF n'a pas d'arbre de structure (/StructTreeRoot) : il n'est pas balisé");
      return std::move(report_);
    }
    read_parent_tree(root.getKey("/ParentTree"));
    walk(root.getKey("/K"), "", QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    for (std::size_t p = 0; p < pages_.size(); ++p) check_page(p);
    return std::move(report_);
  }

 private:
  void problem(std::string text) { report_.problems.push_back(std::move(text)); }

  void check_catalogue() {
    QPDFObjectHandle catalogue = pdf_.getRoot();
    QPDFObjectHandle marked = catalogue.getKey("/MarkInfo").getKey("/Marked");
    if (!marked.isBool() || !marked.getBoolValue())
      problem("le catalogue ne dit pas que le contenu est balisé (/MarkInfo /Marked true)");
    QPDFObjectHandle language = catalogue.getKey("/Lang");
    if (!language.isString() || language.getUTF8Value().empty())
      problem("la langue du document n'est pas indiquée (/Lang)");
    QPDFObjectHandle display = catalogue.getKey("/ViewerPreferences").getKey("/DisplayDocTitle");
    if (!display.isBool() || !display.getBoolValue())
      problem("le lecteur n'affiche pas le titre du document (/DisplayDocTitle true manque)");
    QPDFObjectHandle title = pdf_.getTrailer().getKey("/Info").getKey("/Title");
    if (!title.isString() || title.getUTF8Value().empty())
      problem("le document n'a pas de titre (/Title)");
    QPDFObjectHandle metadata = catalogue.getKey("/Metadata");
    std::string xmp;
    if (metadata.isStream()) {
      const std::shared_ptr<Buffer> data = metadata.getStreamData();
      xmp.assign(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    }
    if (xmp.find("<pdfuaid:part>1</pdfuaid:part>") == std::string::npos)
      problem("les métadonnées XMP ne déclarent pas PDF/UA-1 (pdfuaid:part)");
  }

  // ParentTree: key → value (a page's array of elements, or an element).
  void read_parent_tree(QPDFObjectHandle node) {
    if (!node.isDictionary()) {
      problem("l'arbre de structure n'a pas de ParentTree");
      return;
    }
    QPDFObjectHandle numbers = node.getKey("/Nums");
    if (numbers.isArray()) {
      for (int i = 0; i + 1 < numbers.getArrayNItems(); i += 2) {
        QPDFObjectHandle key = numbers.getArrayItem(i);
        if (key.isInteger()) parent_tree_[key.getIntValueAsInt()] = numbers.getArrayItem(i + 1);
      }
    }
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (kids.isArray()) {
      for (QPDFObjectHandle kid : kids.aitems()) read_parent_tree(kid);
    }
  }

  int page_of(QPDFObjectHandle page) const {
    if (!page.isIndirect()) return -1;
    auto found = page_index_.find(id_of(page));
    return found == page_index_.end() ? -1 : found->second;
  }

  void walk(QPDFObjectHandle node, const std::string& parent_type, QPDFObjectHandle parent,
            QPDFObjectHandle page) {
    if (node.isArray()) {
      for (QPDFObjectHandle kid : node.aitems()) walk(kid, parent_type, parent, page);
      return;
    }
    if (node.isInteger()) {
      add_mcid(page_of(page), node.getIntValueAsInt(), parent);
      return;
    }
    if (!node.isDictionary()) return;
    const std::string type = node.getKey("/Type").isName() ? node.getKey("/Type").getName() : "";
    if (type == "/MCR") {
      QPDFObjectHandle own_page = node.getKey("/Pg");
      add_mcid(page_of(own_page.isDictionary() ? own_page : page),
               node.getKey("/MCID").isInteger() ? node.getKey("/MCID").getIntValueAsInt() : -1,
               parent);
      return;
    }
    if (type == "/OBJR") {
      QPDFObjectHandle annotation = node.getKey("/Obj");
      if (annotation.isIndirect()) tagged_annotations_[id_of(annotation)] = {parent, parent_type};
      return;
    }
    if (!node.getKey("/S").isName()) return;
    if (node.isIndirect() && !visited_.insert(id_of(node)).second) {
      problem("l'arbre de structure contient un élément deux fois (une boucle)");
      return;
    }
    ++report_.elements;
    const std::string role = node.getKey("/S").getName().substr(1);
    check_nesting(role, parent_type);
    check_heading(role);
    QPDFObjectHandle own_page = node.getKey("/Pg");
    walk(node.getKey("/K"), role, node, own_page.isDictionary() ? own_page : page);
  }

  void check_nesting(const std::string& role, const std::string& parent) {
    const bool row_group = parent == "THead" || parent == "TBody" || parent == "TFoot";
    if ((role == "TD" || role == "TH") && parent != "TR")
      problem(fmt::format("une cellule {} n'est pas dans une ligne TR (mais dans « {} »)", role,
                          parent));
    if (role == "TR" && parent != "Table" && !row_group)
      problem(fmt::format("une ligne TR n'est pas dans un tableau (mais dans « {} »)", parent));
    if ((role == "LI") && parent != "L")
      problem(fmt::format("un élément de liste LI n'est pas dans une liste L (mais dans « {} »)",
                          parent));
  }

  void check_heading(const std::string& role) {
    if (role.size() != 2 || role[0] != 'H' || role[1] < '1' || role[1] > '6') return;
    const int level = role[1] - '0';
    if (level > last_heading_ + 1) {
      problem(last_heading_ == 0
                  ? fmt::format("le premier titre est de niveau {} (H1 attendu)", level)
                  : fmt::format("un titre H{} suit un titre H{} : un niveau est sauté", level,
                                last_heading_));
    }
    last_heading_ = level;
  }

  void add_mcid(int page, int mcid, QPDFObjectHandle element) {
    if (page < 0 || mcid < 0) {
      problem("une référence de contenu marqué de l'arbre ne désigne aucune page");
      return;
    }
    tree_mcids_[static_cast<std::size_t>(page)].push_back({mcid, element});
  }

  void check_page(std::size_t p) {
    QPDFPageObjectHelper& page = pages_[p];
    const int number = static_cast<int>(p) + 1;
    ContentScanner scanner;
    page.parseContents(&scanner);
    report_.marked_sequences += static_cast<int>(scanner.mcids.size());
    report_.artifacts += scanner.artifacts;
    if (scanner.bare_text > 0)
      problem(fmt::format("page {} : {} texte(s) ni balisé(s) ni marqué(s) comme artefact", number,
                          scanner.bare_text));
    if (scanner.bare_graphics > 0)
      problem(
          fmt::format("page {} : {} tracé(s) ou image(s) ni balisé(s) ni marqué(s) comme "
                      "artefact",
                      number, scanner.bare_graphics));
    if (scanner.unbalanced > 0)
      problem(fmt::format("page {} : BDC/BMC et EMC ne s'équilibrent pas", number));
    QPDFObjectHandle page_object = page.getObjectHandle();
    if (!page_object.getKey("/Tabs").isName() || page_object.getKey("/Tabs").getName() != "/S")
      problem(fmt::format("page {} : l'ordre de tabulation ne suit pas la structure (/Tabs /S)",
                          number));

    // Every MCID painted is owned by the tree, through the ParentTree too,
    // and the tree reads them in painting order.
    const auto& in_tree = tree_mcids_[p];
    std::vector<int> tree_order;
    for (const auto& [mcid, element] : in_tree) tree_order.push_back(mcid);
    std::vector<int> painted = scanner.mcids;
    if (tree_order != painted) {
      std::vector<int> sorted_tree = tree_order;
      std::sort(sorted_tree.begin(), sorted_tree.end());
      std::vector<int> sorted_painted = painted;
      std::sort(sorted_painted.begin(), sorted_painted.end());
      if (sorted_tree != sorted_painted) {
        problem(fmt::format("page {} : {} contenus marqués peints, {} dans l'arbre de structure",
                            number, painted.size(), tree_order.size()));
      } else {
        problem(
            fmt::format("page {} : l'ordre de lecture de l'arbre n'est pas l'ordre du "
                        "contenu de la page",
                        number));
      }
    }
    if (!painted.empty()) {
      QPDFObjectHandle key = page_object.getKey("/StructParents");
      QPDFObjectHandle owners = key.isInteger() && parent_tree_.count(key.getIntValueAsInt()) > 0
                                    ? parent_tree_.at(key.getIntValueAsInt())
                                    : QPDFObjectHandle::newNull();
      if (!owners.isArray()) {
        problem(fmt::format("page {} : pas d'entrée dans le ParentTree (/StructParents)", number));
      } else {
        for (const auto& [mcid, element] : in_tree) {
          QPDFObjectHandle owner = owners.getArrayItem(mcid);
          if (!owner.isIndirect() || id_of(owner) != id_of(element)) {
            problem(
                fmt::format("page {} : le ParentTree ne renvoie pas le contenu {} à son "
                            "élément",
                            number, mcid));
            break;
          }
        }
      }
    }
    check_annotations(page_object, number);
  }

  void check_annotations(QPDFObjectHandle page, int number) {
    QPDFObjectHandle annotations = page.getKey("/Annots");
    if (!annotations.isArray()) return;
    for (QPDFObjectHandle annotation : annotations.aitems()) {
      if (!annotation.isDictionary()) continue;
      QPDFObjectHandle subtype = annotation.getKey("/Subtype");
      if (!subtype.isName() || subtype.getName() != "/Link") continue;
      ++report_.links;
      QPDFObjectHandle contents = annotation.getKey("/Contents");
      if (!contents.isString() || contents.getUTF8Value().empty())
        problem(fmt::format("page {} : un lien n'a pas de description (/Contents)", number));
      auto tagged = annotation.isIndirect() ? tagged_annotations_.find(id_of(annotation))
                                            : tagged_annotations_.end();
      if (tagged == tagged_annotations_.end() || tagged->second.second != "Link") {
        problem(
            fmt::format("page {} : un lien n'est dans aucun élément Link de la structure", number));
        continue;
      }
      QPDFObjectHandle key = annotation.getKey("/StructParent");
      const bool found = key.isInteger() && parent_tree_.count(key.getIntValueAsInt()) > 0;
      if (!found || id_of(parent_tree_.at(key.getIntValueAsInt())) != id_of(tagged->second.first))
        problem(fmt::format("page {} : le ParentTree ne renvoie pas un lien à son élément Link",
                            number));
    }
  }

  QPDF pdf_;
  std::vector<QPDFPageObjectHelper> pages_;
  std::map<ObjectId, int> page_index_;
  std::map<int, QPDFObjectHandle> parent_tree_;
  std::vector<std::vector<std::pair<int, QPDFObjectHandle>>> tree_mcids_;  // by page, tree order
  std::map<ObjectId, std::pair<QPDFObjectHandle, std::string>> tagged_annotations_;
  std::set<ObjectId> visited_;
  int last_heading_ = 0;
  AccessibilityReport report_;
};

}  // namespace

AccessibilityReport check_accessibility(std::string_view pdf) {
  try {
    return Checker(pdf).run();
  } catch (const std::exception& exception) {
    AccessibilityReport report;
    report.problems.push_back(std::string("PDF illisible (qpdf : ") + exception.what() + ")");
    return report;
  }
}

}  // namespace pdf
