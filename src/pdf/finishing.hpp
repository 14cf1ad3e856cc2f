// The finishing stage: what a PDF needs after libharu has written it and
// before it reaches the disk. One pass: libqpdf reads the file and makes
// the changes, then the pass writes it itself (finishing/file_writer.hpp):
//   - XMP metadata agreeing with the Info dictionary (same strings, same dates);
//   - an output intent naming the colour space the pages are meant for;
//   - font descriptors complete enough for PDF/A (CIDSet, CapHeight);
//   - printable annotations, destinations written inline;
//   - files carried inside (PDF/A-3 associated files);
//   - the tagged structure tree, written as text after the document's objects;
//   - a file identifier computed from the content.
// No clock and no randomness: the same input and profile give the same bytes.
// The pass lives in src/pdf/finishing/, built into the finishing module
// (finishing_module.hpp): finish_pdf and read_associated_files load it on
// first use, and say in French when it cannot be loaded.
//
//   pdf::FinishingProfile profile = pdf::FinishingProfile::screen();  // PDF/A-1b
//   pdf::FinishingResult finished = pdf::finish_pdf(haru_bytes, profile, date);
//   if (!finished.ok()) report(finished.error);  // plain French
//
// A profile is a value: screen() and archive() are PDF/A; print() is what a
// print shop asks for instead (page boxes, CMYK, nothing interactive).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pdf/font_program.hpp"
#include "pdf/tagging.hpp"

namespace pdf {

enum class Conformance {
  none,     // no PDF/A claim (still: XMP, dates, identifier)
  pdfa_1b,  // ISO 19005-1 level B: screen and mail files
  pdfa_3b,  // ISO 19005-3 level B: may carry associated files (the archive copy)
};

// The colour space the file's device colours are meant for, as an ICC profile.
struct OutputIntent {
  std::string icc_profile;           // the profile's bytes
  std::string deflated_profile;      // the same, deflated once for every file
  int components = 3;                // from the profile's header: 1 gray, 3 RGB, 4 CMYK
  std::string condition_identifier;  // "sRGB IEC61966-2.1"
  std::string registry = "http://www.color.org";
  std::string subtype = "GTS_PDFA1";  // the one key of every PDF/A part; GTS_PDFX for print
};

// Reads and checks an ICC profile (its header's signature, size, colour space).
// nullptr and `error` set in French, naming the file, on failure.
std::shared_ptr<const OutputIntent> load_output_intent(const std::string& path,
                                                       const std::string& condition_identifier,
                                                       std::string& error);

// icc/sRGB.icc under the data directory (typeset::data_dir(), like fonts/).
inline constexpr std::string_view kSrgbProfilePath = "icc/sRGB.icc";
std::shared_ptr<const OutputIntent> load_srgb_output_intent(std::string& error);

// A print shop's CMYK profile as a print output intent (GTS_PDFX). Its
// condition is `condition` when given, else the profile's own description.
// nullptr and `error` (French) when the file is unreadable or not CMYK.
std::shared_ptr<const OutputIntent> load_print_output_intent(const std::string& path,
                                                             const std::string& condition,
                                                             std::string& error);

// A file carried inside the PDF with its relationship to the document
// (PDF/A-3: /AF, /AFRelationship, /UF, MIME /Subtype, /Params).
struct AssociatedFile {
  std::string name;                     // "2026-2027.xml": /F and /UF, no folder
  std::string description;              // /Desc, shown by readers' attachment panels
  std::string mime_type;                // "application/xml"
  std::string relationship = "Source";  // Source, Data, Alternative, Supplement
  std::string bytes;
};

// What a file is for.
enum class Medium {
  screen,  // read on a screen, mailed, archived: sRGB, links and bookmarks
  print    // sent to a print shop: CMYK, TrimBox and BleedBox on every page, no link,
           // bookmark or destination, every font embedded
};

struct FinishingProfile {
  Conformance conformance = Conformance::pdfa_1b;
  Medium medium = Medium::screen;
  // For PDF/A; nullptr: the sRGB profile of the data directory, read then.
  std::shared_ptr<const OutputIntent> output_intent;
  // Only with pdfa_3b (PDF/A-1 forbids embedded files).
  std::vector<AssociatedFile> associated_files;

  // PDF/A-1b with sRGB: every PDF for the screen and for mail.
  static FinishingProfile screen(std::shared_ptr<const OutputIntent> intent = nullptr);
  // PDF/A-3b with sRGB, carrying `files`: the archive's copy.
  static FinishingProfile archive(std::vector<AssociatedFile> files,
                                  std::shared_ptr<const OutputIntent> intent = nullptr);
  // For a print shop, no PDF/A claim: the shop's CMYK profile as output
  // intent when there is one (load_print_output_intent), else none (the
  // colours are device CMYK).
  static FinishingProfile print(std::shared_ptr<const OutputIntent> cmyk_intent = nullptr);
};

struct FinishingResult {
  std::string bytes;  // the finished PDF; empty on failure
  std::string error;  // plain French; empty when ok
  bool ok() const { return error.empty(); }
};

// Finishes `pdf` (a complete file as libharu wrote it). `date` (seconds since
// 1970, UTC) becomes CreationDate and ModDate in Info and XMP alike, and the
// associated files' dates; no date is written without one. `compress`: new
// and uncompressed streams are deflated (already deflated ones are copied as
// they are, never inflated and deflated again). `fonts`: the programs of the
// fonts libharu described without embedding them, attached here. With
// `tagging`, the file becomes a tagged PDF and claims PDF/UA-1: its structure
// tree, marked content flagged, the title shown, tab order by structure, link
// annotations described and tagged (finishing/structure_tree.cpp).
FinishingResult finish_pdf(std::string_view pdf, const FinishingProfile& profile,
                           std::optional<std::int64_t> date, bool compress = true,
                           const std::vector<FontSubset>& fonts = {},
                           const Tagging* tagging = nullptr);

// Why this installation cannot finish PDFs (its finishing module, which loads
// libqpdf, is missing or cannot be loaded), in French; empty when it can.
// Loads the module, or waits for the thread loading it.
std::string finishing_unavailable();

// The associated files of a finished PDF (catalogue /AF), in their order.
// On a file that cannot be read, `error` is set in French.
std::vector<AssociatedFile> read_associated_files(std::string_view pdf, std::string& error);

// `data` deflated (the FlateDecode filter's format: zlib's, made by libdeflate).
std::string deflated(std::string_view data);

// "brochure 0.1.0 (libharu 2.3.0, qpdf 11.3.0)": the Producer of every file.
std::string producer_name();

// The libraries whose versions shape a PDF's bytes, by name: libharu (the
// drawing), qpdf (the finishing), libdeflate (every deflated stream).
std::vector<std::pair<std::string, std::string>> pdf_library_versions();

}  // namespace pdf
