// Finishing steps for a print shop (see finishing_steps.hpp).
#include <fmt/format.h>

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "pdf/finishing/finishing_steps.hpp"

namespace pdf::finishing {
namespace {

bool is_box(QPDFObjectHandle box) {
  if (!box.isArray() || box.getArrayNItems() != 4) return false;
  for (QPDFObjectHandle value : box.aitems())
    if (!value.isNumber()) return false;
  return true;
}

// `font`'s program is in the file: a font without one would be replaced by
// whatever the shop's machine has.
bool embedded(QPDFObjectHandle font) {
  if (font.getKey("/Subtype").isNameAndEquals("/Type3")) return true;  // drawn by the file itself
  if (font.getKey("/Subtype").isNameAndEquals("/Type0")) {
    QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
    if (!descendants.isArray() || descendants.getArrayNItems() < 1) return false;
    font = descendants.getArrayItem(0);
  }
  QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
  return descriptor.isDictionary() &&
         (descriptor.hasKey("/FontFile") || descriptor.hasKey("/FontFile2") ||
          descriptor.hasKey("/FontFile3"));
}

std::string font_name(QPDFObjectHandle font) {
  QPDFObjectHandle name = font.getKey("/BaseFont");
  return name.isName() ? name.getName().substr(1) : std::string("sans nom");
}

}  // namespace

void remove_interactive_features(QPDF& pdf) {
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages())
    page.getObjectHandle().removeKey("/Annots");
  QPDFObjectHandle root = pdf.getRoot();
  root.removeKey("/Outlines");
  root.removeKey("/PageMode");
  root.removeKey("/OpenAction");
  root.removeKey("/Dests");
  if (QPDFObjectHandle names = root.getKey("/Names"); names.isDictionary()) {
    names.removeKey("/Dests");
    if (names.getKeys().empty()) root.removeKey("/Names");
  }
  QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
  if (info.isDictionary()) info.replaceKey("/Trapped", QPDFObjectHandle::newName("/False"));
}

bool check_print_pages(QPDF& pdf, std::string& error) {
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    QPDFObjectHandle dictionary = page.getObjectHandle();
    for (const char* key : {"/TrimBox", "/BleedBox"}) {
      if (!is_box(dictionary.getKey(key))) {
        error = fmt::format(
            "page {} : pas de {} (format fini et fond perdu attendus par "
            "l'imprimeur ; erreur du programme)",
            number, std::string(key + 1));
        return false;
      }
    }
    QPDFObjectHandle fonts = page.getAttribute("/Resources", false).getKey("/Font");
    if (!fonts.isDictionary()) continue;
    for (auto [resource, font] : fonts.ditems()) {
      if (font.isDictionary() && !embedded(font)) {
        error = fmt::format(
            "page {} : la police « {} » n'est pas incorporée ; l'imprimeur en mettrait une autre",
            number, font_name(font));
        return false;
      }
    }
  }
  return true;
}

}  // namespace pdf::finishing
