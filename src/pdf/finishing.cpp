#include "pdf/finishing.hpp"

#include <hpdf_version.h>
#include <libdeflate.h>
#include <qpdf/DLL.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <qpdf/Pl_String.hh>
#include <qpdf/QPDFWriter.hh>
#include <stdexcept>
#include <string>
#include <vector>

#include "pdf/finishing_steps.hpp"

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

void write_document(QPDF& pdf, Conformance conformance, Pipeline& output) {
  QPDFWriter writer(pdf);
  writer.setOutputPipeline(&output);
  // Every stream is copied as it is: libharu's are deflated already (as
  // `/Filter [/FlateDecode]`, which QPDFWriter would otherwise inflate and
  // deflate again — most of this pass's time), and the few this pass adds
  // are deflated when made, the sRGB profile once per run. The XMP packet
  // stays plain, as PDF/A readers expect.
  writer.setDecodeLevel(qpdf_dl_none);
  writer.setCompressStreams(false);
  // PDF/A-1 is PDF 1.4: no object streams, no cross-reference streams.
  writer.setObjectStreamMode(qpdf_o_disable);
  writer.setNewlineBeforeEndstream(true);
  writer.setMinimumPDFVersion(conformance == Conformance::pdfa_3b ? "1.7" : "1.4");
  // The /ID is a digest of the content: same document, same identifier.
  writer.setDeterministicID(true);
  writer.write();
}

std::string written_bytes(QPDF& pdf, Conformance conformance) {
  // Straight into the string returned: qpdf's own memory output would hold
  // the file three times (its buffer, a copy, our string).
  std::string bytes;
  Pl_String output("PDF", nullptr, bytes);
  write_document(pdf, conformance, output);
  return bytes;
}

namespace {

// The finished file in pieces, joined once qpdf's objects are freed: a
// string growing by doubling would hold up to three times the file next to
// them while the writer runs (the peak of a long brochure's run).
class PiecewiseOutput : public Pipeline {
 public:
  PiecewiseOutput() : Pipeline("finished PDF", nullptr) {}

  void write(unsigned char const* data, size_t length) override {
    while (length > 0) {
      if (pieces_.empty() || pieces_.back().size() == kPiece) {
        pieces_.emplace_back();
        pieces_.back().reserve(kPiece);
      }
      std::string& piece = pieces_.back();
      const std::size_t taken = std::min(length, kPiece - piece.size());
      piece.append(reinterpret_cast<const char*>(data), taken);
      data += taken;
      length -= taken;
      size_ += taken;
    }
  }
  void finish() override {}

  std::string joined() {
    std::string bytes;
    bytes.reserve(size_);
    for (std::string& piece : pieces_) {
      bytes += piece;
      piece = std::string();
    }
    pieces_.clear();
    return bytes;
  }

 private:
  static constexpr std::size_t kPiece = std::size_t{1} << 20;
  std::vector<std::string> pieces_;
  std::size_t size_ = 0;
};

}  // namespace

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

  finishing::PiecewiseOutput output;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size());
    if (compress) finishing::deflate_plain_streams(pdf);

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
    if (tagged) finishing::write_structure_tree(pdf, *tagging);
    finishing::write_document_metadata(pdf, profile.conformance, date, tagged);

    finishing::write_document(pdf, profile.conformance, output);
  } catch (const std::exception& exception) {
    result.error = std::string("impossible de finir le PDF (qpdf : ") + exception.what() + ")";
    return result;
  }
  result.bytes = output.joined();  // qpdf's objects are gone
  return result;
}

}  // namespace pdf
