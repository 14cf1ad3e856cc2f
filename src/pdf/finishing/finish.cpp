// The finishing pass (finishing.hpp): libqpdf reads libharu's file, the
// steps of finishing_steps.hpp change it, and the file writer writes it.
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "pdf/finishing/file_writer.hpp"
#include "pdf/finishing/finishing_steps.hpp"
#include "pdf/finishing/structure_tree.hpp"

namespace pdf::finishing {

QPDFObjectHandle new_deflated_stream(QPDF& pdf, const std::string& deflated) {
  QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
  stream.replaceStreamData(deflated, QPDFObjectHandle::newName("/FlateDecode"),
                           QPDFObjectHandle::newNull());
  return stream;
}

QPDFObjectHandle new_stream(QPDF& pdf, const std::string& data, bool compress) {
  if (!compress) return QPDFObjectHandle::newStream(&pdf, data);
  return new_deflated_stream(pdf, deflated(data));
}

void write_file(QPDF& pdf, Conformance conformance, FileBytes& output, bool deflate_plain_streams,
                const StructureTree* tree) {
  FileWriter::Options options;
  // PDF/A-1 is PDF 1.4: no object streams, no cross-reference streams.
  options.minimum_version = conformance == Conformance::pdfa_3b ? "1.7" : "1.4";
  options.deflate_plain_streams = deflate_plain_streams;
  FileWriter writer(pdf, options, output);
  const int tree_first = tree != nullptr ? writer.reserve(tree->object_count()) : 0;
  if (tree != nullptr) writer.add_to_catalog("/StructTreeRoot", reference(tree_first));
  writer.write_document();
  if (tree != nullptr) tree->write(writer, tree_first);
  writer.finish();
}

std::string written_bytes(QPDF& pdf, Conformance conformance) {
  FileBytes output;
  write_file(pdf, conformance, output);
  return output.joined();
}

FinishingResult finish_pdf(std::string_view bytes, const FinishingProfile& profile,
                           std::optional<std::int64_t> date, bool compress,
                           const std::vector<FontSubset>& fonts, const Tagging* tagging) {
  FinishingResult result;
  const OutputIntent* intent = profile.output_intent.get();
  if (profile.conformance != Conformance::none && intent == nullptr) {
    result.error = "profil de couleurs absent pour un PDF/A (erreur du programme)";
    return result;
  }
  if (!profile.associated_files.empty() && profile.conformance == Conformance::pdfa_1b) {
    result.error = "un PDF/A-1 ne peut pas contenir de fichiers joints (il faut un PDF/A-3)";
    return result;
  }

  FileBytes output;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size());

    if (profile.conformance == Conformance::pdfa_1b && !check_no_transparency(pdf, result.error))
      return result;
    // Fonts first: the print checks want every font embedded.
    if (!complete_font_descriptors(pdf, fonts, compress, result.error)) return result;
    if (profile.medium == Medium::print) {
      remove_interactive_features(pdf);
      if (!check_print_pages(pdf, result.error)) return result;
    } else {
      inline_destinations(pdf);
      make_annotations_printable(pdf);
    }
    if (intent != nullptr) add_output_intent(pdf, *intent, compress);
    attach_files(pdf, profile.associated_files, date, compress);
    const bool tagged = tagging != nullptr && !tagging->empty();
    std::optional<StructureTree> tree;
    if (tagged) tree.emplace(pdf, *tagging);
    write_document_metadata(pdf, profile.conformance, date, tagged);

    // libharu wrote its streams plain: deflated here, by libdeflate.
    write_file(pdf, profile.conformance, output, compress, tree ? &*tree : nullptr);
  } catch (const std::exception& exception) {
    result.error = std::string("impossible de finir le PDF (qpdf : ") + exception.what() + ")";
    return result;
  }
  result.bytes = output.joined();  // qpdf's objects are gone
  return result;
}

}  // namespace pdf::finishing
