// Finishing step: the output intent (see finishing_steps.hpp).
#include <qpdf/QPDFObjectHandle.hh>

#include "pdf/finishing/finishing_steps.hpp"

namespace pdf {

namespace finishing {

void add_output_intent(QPDF& pdf, const OutputIntent& intent, bool compress) {
  QPDFObjectHandle profile = !compress ? QPDFObjectHandle::newStream(&pdf, intent.icc_profile)
                             : intent.deflated_profile.empty()
                                 ? new_stream(pdf, intent.icc_profile, true)
                                 : new_deflated_stream(pdf, intent.deflated_profile);
  profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(intent.components));

  QPDFObjectHandle output_intent = QPDFObjectHandle::newDictionary();
  output_intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
  output_intent.replaceKey("/S", QPDFObjectHandle::newName("/" + intent.subtype));
  output_intent.replaceKey("/OutputConditionIdentifier",
                           QPDFObjectHandle::newString(intent.condition_identifier));
  output_intent.replaceKey("/Info", QPDFObjectHandle::newString(intent.condition_identifier));
  output_intent.replaceKey("/RegistryName", QPDFObjectHandle::newString(intent.registry));
  output_intent.replaceKey("/DestOutputProfile", profile);

  QPDFObjectHandle intents = QPDFObjectHandle::newArray();
  intents.appendItem(pdf.makeIndirectObject(output_intent));
  pdf.getRoot().replaceKey("/OutputIntents", intents);
}

}  // namespace finishing
}  // namespace pdf
