// Finishing step: destinations and annotation flags (see finishing_steps.hpp).
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <set>

#include "pdf/finishing/finishing_steps.hpp"

namespace pdf::finishing {
namespace {

// Annotation flags (PDF 1.7, 12.5.3).
constexpr long long kInvisible = 1;
constexpr long long kHidden = 2;
constexpr long long kPrint = 4;
constexpr long long kNoView = 32;

// `holder[key]`, when it is a reference to an array, becomes a copy of it.
void inline_array(QPDFObjectHandle holder, const std::string& key) {
  QPDFObjectHandle value = holder.getKey(key);
  if (value.isIndirect() && value.isArray()) holder.replaceKey(key, value.shallowCopy());
}

// A link's or an outline item's destination: /Dest, or a GoTo action's /D.
void inline_destination(QPDFObjectHandle item) {
  if (!item.isDictionary()) return;
  inline_array(item, "/Dest");
  QPDFObjectHandle action = item.getKey("/A");
  if (action.isDictionary()) inline_array(action, "/D");
}

std::vector<QPDFObjectHandle> annotations(QPDF& pdf) {
  std::vector<QPDFObjectHandle> all;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    for (QPDFObjectHandle annotation : annots.aitems())
      if (annotation.isDictionary()) all.push_back(annotation);
  }
  return all;
}

// The outline tree, depth first; each item visited once even if the tree
// were to loop.
void visit_outline(QPDFObjectHandle item, std::set<QPDFObjGen>& seen) {
  while (item.isDictionary()) {
    if (item.isIndirect() && !seen.insert(item.getObjGen()).second) return;
    inline_destination(item);
    visit_outline(item.getKey("/First"), seen);
    item = item.getKey("/Next");
  }
}

}  // namespace

void inline_destinations(QPDF& pdf) {
  for (QPDFObjectHandle annotation : annotations(pdf)) inline_destination(annotation);
  QPDFObjectHandle outlines = pdf.getRoot().getKey("/Outlines");
  if (outlines.isDictionary()) {
    std::set<QPDFObjGen> seen;
    visit_outline(outlines.getKey("/First"), seen);
  }
}

void make_annotations_printable(QPDF& pdf) {
  for (QPDFObjectHandle annotation : annotations(pdf)) {
    QPDFObjectHandle flags = annotation.getKey("/F");
    long long value = flags.isInteger() ? flags.getIntValue() : 0;
    value = (value | kPrint) & ~(kInvisible | kHidden | kNoView);
    annotation.replaceKey("/F", QPDFObjectHandle::newInteger(value));
  }
}

}  // namespace pdf::finishing
