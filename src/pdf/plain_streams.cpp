#include <qpdf/Buffer.hh>
#include <string_view>

#include "pdf/finishing_steps.hpp"

namespace pdf::finishing {

void deflate_plain_streams(QPDF& pdf) {
  for (QPDFObjectHandle& object : pdf.getAllObjects()) {
    if (!object.isStream()) continue;
    QPDFObjectHandle dict = object.getDict();
    if (dict.hasKey("/Filter") || dict.getKey("/Type").isNameAndEquals("/Metadata")) continue;
    const std::shared_ptr<Buffer> data = object.getRawStreamData();
    const std::string_view bytes(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    object.replaceStreamData(deflated(bytes), QPDFObjectHandle::newName("/FlateDecode"),
                             QPDFObjectHandle::newNull());
  }
}

}  // namespace pdf::finishing
