// Finishing step: PDF/A-1 has no transparency (see finishing_steps.hpp).
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <set>

#include "pdf/finishing/finishing_steps.hpp"

namespace pdf::finishing {
namespace {

class TransparencyFinder {
 public:
  // The first transparent thing met in `resources`, described in French; "".
  std::string find(QPDFObjectHandle resources) {
    if (!resources.isDictionary()) return {};
    QPDFObjectHandle states = resources.getKey("/ExtGState");
    if (states.isDictionary()) {
      for (auto& [name, state] : states.ditems()) {
        if (!state.isDictionary()) continue;
        QPDFObjectHandle mask = state.getKey("/SMask");
        if (mask.isDictionary()) return "un masque de transparence";
        for (const char* alpha : {"/CA", "/ca"}) {
          QPDFObjectHandle value = state.getKey(alpha);
          if (value.isNumber() && value.getNumericValue() < 1) return "une opacité partielle";
        }
      }
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary()) return {};
    for (auto& [name, xobject] : xobjects.ditems()) {
      if (!xobject.isStream()) continue;
      if (xobject.isIndirect() && !seen_.insert(xobject.getObjGen()).second) continue;
      QPDFObjectHandle dictionary = xobject.getDict();
      if (dictionary.getKey("/Subtype").isNameAndEquals("/Image")) {
        if (dictionary.hasKey("/SMask") || dictionary.hasKey("/SMaskInData"))
          return "une image avec un canal de transparence (alpha)";
      } else if (dictionary.getKey("/Subtype").isNameAndEquals("/Form")) {
        if (dictionary.getKey("/Group").isDictionary()) return "un groupe de transparence";
        if (std::string found = find(dictionary.getKey("/Resources")); !found.empty()) return found;
      }
    }
    return {};
  }

 private:
  std::set<QPDFObjGen> seen_;
};

}  // namespace

bool check_no_transparency(QPDF& pdf, std::string& error) {
  TransparencyFinder finder;
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    const std::string found = finder.find(page.getAttribute("/Resources", false));
    if (found.empty()) continue;
    error = "la page " + std::to_string(number) + " contient " + found +
            ", ce qu'un PDF/A-1 n'admet pas : enregistrez l'image sans transparence (sur "
            "fond blanc ou sur la couleur qui sera derrière elle)";
    return false;
  }
  return true;
}

}  // namespace pdf::finishing
