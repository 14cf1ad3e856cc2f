// Imposing a finished PDF as a saddle-stitched booklet (booklet.hpp): the
// pages placed as form XObjects, two by two, on sheets twice as wide.
#include <fmt/format.h>

#include <cmath>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "pdf/booklet.hpp"
#include "pdf/finishing/finishing_steps.hpp"

namespace pdf::finishing {

namespace {

constexpr double kA5Width = 419.528;
constexpr double kA5Height = 595.276;
constexpr double kA4Height = 841.89;

}  // namespace

FinishingResult impose_booklet(std::string_view bytes, const BookletPlan& plan,
                               std::optional<std::int64_t> date) {
  FinishingResult result;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size());
    QPDFPageDocumentHelper document(pdf);
    std::vector<QPDFPageObjectHelper> pages = document.getAllPages();
    if (static_cast<int>(pages.size()) != plan.pages || pages.empty()) {
      result.error = fmt::format("le livret attend {} pages, le PDF en a {} (erreur du programme)",
                                 plan.pages, pages.size());
      return result;
    }
    const QPDFObjectHandle::Rectangle trim = pages.front().getTrimBox().getArrayAsRectangle();
    const double width = trim.urx - trim.llx;
    const double height = trim.ury - trim.lly;
    // Two A5 pages go on an A4 sheet (297 mm, not 2 × 148), centred; other
    // sizes on a sheet just twice as wide.
    const bool a5 = std::abs(width - kA5Width) < 1 && std::abs(height - kA5Height) < 1;
    const double sheet_width = a5 ? kA4Height : 2 * width;
    const double sheet_height = a5 ? kA5Height : height;
    const double left_margin = (sheet_width - 2 * width) / 2;
    std::vector<QPDFObjectHandle> forms;
    for (std::size_t index = 0; index < pages.size(); ++index) {
      const QPDFObjectHandle::Rectangle page = pages[index].getTrimBox().getArrayAsRectangle();
      if (std::abs(page.urx - page.llx - width) > 0.5 ||
          std::abs(page.ury - page.lly - height) > 0.5) {
        result.error = fmt::format(
            "page {} : son format n'est pas celui de la première page ; un livret demande des "
            "pages toutes du même format",
            index + 1);
        return result;
      }
      QPDFObjectHandle form = pages[index].getFormXObjectForPage();
      // The page's content, coalesced by qpdf, deflated as libharu's was.
      const std::shared_ptr<Buffer> data = form.getStreamData(qpdf_dl_generalized);
      form.replaceStreamData(
          deflated(
              std::string_view(reinterpret_cast<const char*>(data->getBuffer()), data->getSize())),
          QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
      forms.push_back(form);
    }

    std::vector<QPDFPageObjectHelper> sheets;
    for (const SheetSide& side : plan.sides) {
      QPDFObjectHandle sheet = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
      sheet.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
      sheet.replaceKey("/MediaBox",
                       QPDFObjectHandle::newFromRectangle({0, 0, sheet_width, sheet_height}));
      QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
      QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
      resources.replaceKey("/XObject", xobjects);
      sheet.replaceKey("/Resources", resources);
      QPDFPageObjectHelper helper(sheet);
      std::string content;
      const int halves[2] = {side.left, side.right};
      for (int half = 0; half < 2; ++half) {
        const int number = halves[half];
        if (number == 0) continue;  // a blank
        const std::string name = fmt::format("/Page{}", number);
        xobjects.replaceKey(name, forms[number - 1]);
        content += helper.placeFormXObject(
            forms[number - 1], name,
            {left_margin + half * width, 0, left_margin + (half + 1) * width, height}, false);
      }
      sheet.replaceKey("/Contents", new_stream(pdf, content, true));
      sheets.push_back(helper);
    }
    for (QPDFPageObjectHelper& page : pages) document.removePage(page);
    for (QPDFPageObjectHelper& sheet : sheets) document.addPage(sheet, false);
    // The document's page labels and outline name pages a sheet is not.
    pdf.getRoot().removeKey("/PageLabels");
    remove_interactive_features(pdf);
    write_document_metadata(pdf, Conformance::none, date);
    result.bytes = written_bytes(pdf, Conformance::none);
  } catch (const std::exception& exception) {
    result.bytes.clear();
    result.error = std::string("impossible d'imposer le livret (qpdf : ") + exception.what() + ")";
  }
  return result;
}

}  // namespace pdf::finishing
