// Finishing step: files carried inside a PDF/A-3 (see finishing_steps.hpp),
// and reading them back out of a finished file.
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "pdf/finishing/finishing_steps.hpp"
#include "pdf/xmp.hpp"

namespace pdf {

namespace finishing {

void attach_files(QPDF& pdf, const std::vector<AssociatedFile>& files,
                  std::optional<std::int64_t> date, bool compress) {
  if (files.empty()) return;
  QPDFEmbeddedFileDocumentHelper embedded(pdf);
  QPDFObjectHandle associated = QPDFObjectHandle::newArray();
  for (const AssociatedFile& file : files) {
    // /Type /EmbeddedFile, /Params /Size and /CheckSum (MD5, of the file
    // itself) come with it.
    QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(pdf, file.bytes);
    if (compress) {
      stream.getObjectHandle().replaceStreamData(deflated(file.bytes),
                                                 QPDFObjectHandle::newName("/FlateDecode"),
                                                 QPDFObjectHandle::newNull());
    }
    stream.setSubtype(file.mime_type);
    // Dated like the document rather than by the file system: the same
    // inputs give the same bytes.
    if (date) stream.setCreationDate(pdf_date(*date)).setModDate(pdf_date(*date));
    QPDFFileSpecObjectHelper spec =
        QPDFFileSpecObjectHelper::createFileSpec(pdf, file.name, stream);
    if (!file.description.empty()) spec.setDescription(file.description);
    spec.getObjectHandle().replaceKey("/AFRelationship",
                                      QPDFObjectHandle::newName("/" + file.relationship));
    embedded.replaceEmbeddedFile(file.name, spec);
    associated.appendItem(spec.getObjectHandle());
  }
  pdf.getRoot().replaceKey("/AF", associated);
}

std::vector<AssociatedFile> read_associated_files(std::string_view bytes, std::string& error) {
  std::vector<AssociatedFile> files;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size());
    QPDFObjectHandle associated = pdf.getRoot().getKey("/AF");
    if (!associated.isArray()) return files;
    for (QPDFObjectHandle item : associated.aitems()) {
      if (!item.isDictionary()) continue;
      QPDFFileSpecObjectHelper spec(item);
      QPDFObjectHandle stream = spec.getEmbeddedFileStream();
      if (!stream.isStream()) continue;
      AssociatedFile file;
      file.name = spec.getFilename();
      file.description = spec.getDescription();
      file.mime_type = QPDFEFStreamObjectHelper(stream).getSubtype();
      QPDFObjectHandle relationship = item.getKey("/AFRelationship");
      file.relationship = relationship.isName() ? relationship.getName().substr(1) : "";
      const std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
      file.bytes.assign(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
      files.push_back(std::move(file));
    }
  } catch (const std::exception& exception) {
    error = std::string("PDF illisible (") + exception.what() + ")";
    files.clear();
  }
  return files;
}

}  // namespace finishing
}  // namespace pdf
