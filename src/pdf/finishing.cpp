#include "pdf/finishing.hpp"

#include <hpdf_version.h>
#include <libdeflate.h>
#include <qpdf/DLL.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "pdf/file_writer.hpp"
#include "pdf/finishing_steps.hpp"
#include "pdf/structure_tree.hpp"

namespace pdf {

std::string producer_name() {
  return std::string("brochure ") + BROCHURE_VERSION + " (libharu " + HPDF_VERSION_TEXT +
         ", qpdf " + QPDF_VERSION + ")";
}

std::vector<std::pair<std::string, std::string>> pdf_library_versions() {
  return {{"libharu", HPDF_VERSION_TEXT},
          {"qpdf", QPDF::QPDFVersion()},
          {"libdeflate", LIBDEFLATE_VERSION_STRING}};
}

FinishingProfile FinishingProfile::screen(std::shared_ptr<const OutputIntent> intent) {
  FinishingProfile profile;
  profile.conformance = Conformance::pdfa_1b;
  profile.output_intent = std::move(intent);
  return profile;
}

FinishingProfile FinishingProfile::archive(std::vector<AssociatedFile> files,
                                           std::shared_ptr<const OutputIntent> intent) {
  FinishingProfile profile;
  profile.conformance = Conformance::pdfa_3b;
  profile.output_intent = std::move(intent);
  profile.associated_files = std::move(files);
  return profile;
}

FinishingProfile FinishingProfile::print(std::shared_ptr<const OutputIntent> cmyk_intent) {
  FinishingProfile profile;
  profile.conformance = Conformance::none;
  profile.medium = Medium::print;
  profile.output_intent = std::move(cmyk_intent);
  return profile;
}

namespace finishing {

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

}  // namespace finishing

namespace {

struct CompressorRelease {
  void operator()(libdeflate_compressor* compressor) const {
    libdeflate_free_compressor(compressor);
  }
};

}  // namespace

std::string deflated(std::string_view data) {
  // One compressor per thread, made once: its tables are what making one
  // costs, and a run deflates hundreds of streams on each of its threads.
  // Level 6, zlib's default: libdeflate packs the same data a little smaller
  // in two thirds of zlib's time.
  thread_local const std::unique_ptr<libdeflate_compressor, CompressorRelease> compressor(
      libdeflate_alloc_compressor(6));
  if (compressor == nullptr) throw std::runtime_error("compression impossible (mémoire)");
  std::string out(libdeflate_zlib_compress_bound(compressor.get(), data.size()), '\0');
  const std::size_t size =
      libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), out.data(), out.size());
  if (size == 0) throw std::runtime_error("compression impossible");
  out.resize(size);
  return out;
}

FinishingResult finish_pdf(std::string_view bytes, const FinishingProfile& profile,
                           std::optional<std::int64_t> date, bool compress,
                           const std::vector<FontSubset>& fonts, const Tagging* tagging) {
  FinishingResult result;
  const bool pdfa = profile.conformance != Conformance::none;
  std::shared_ptr<const OutputIntent> intent = profile.output_intent;
  if (pdfa && intent == nullptr) {
    intent = load_srgb_output_intent(result.error);
    if (intent == nullptr) return result;
  }
  if (!profile.associated_files.empty() && profile.conformance == Conformance::pdfa_1b) {
    result.error = "un PDF/A-1 ne peut pas contenir de fichiers joints (il faut un PDF/A-3)";
    return result;
  }

  finishing::FileBytes output;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size());

    if (profile.conformance == Conformance::pdfa_1b &&
        !finishing::check_no_transparency(pdf, result.error))
      return result;
    // Fonts first: the print checks want every font embedded.
    if (!finishing::complete_font_descriptors(pdf, fonts, compress, result.error)) return result;
    if (profile.medium == Medium::print) {
      finishing::remove_interactive_features(pdf);
      if (!finishing::check_print_pages(pdf, result.error)) return result;
    } else {
      finishing::inline_destinations(pdf);
      finishing::make_annotations_printable(pdf);
    }
    if (intent != nullptr) finishing::add_output_intent(pdf, *intent, compress);
    finishing::attach_files(pdf, profile.associated_files, date, compress);
    const bool tagged = tagging != nullptr && !tagging->empty();
    std::optional<finishing::StructureTree> tree;
    if (tagged) tree.emplace(pdf, *tagging);
    finishing::write_document_metadata(pdf, profile.conformance, date, tagged);

    // libharu wrote its streams plain: deflated here, by libdeflate.
    finishing::write_file(pdf, profile.conformance, output, compress, tree ? &*tree : nullptr);
  } catch (const std::exception& exception) {
    result.error = std::string("impossible de finir le PDF (qpdf : ") + exception.what() + ")";
    return result;
  }
  result.bytes = output.joined();  // qpdf's objects are gone
  return result;
}

}  // namespace pdf
