// The finishing pass and its steps (src/pdf/finishing/, built into the
// finishing module: finishing_module.hpp), one concern per file, each step
// working on the one QPDF document the pass holds. The rest of the program
// sees finishing.hpp and booklet.hpp only, whose functions call these through
// the module.
#pragma once

#include <cstdint>
#include <optional>
#include <qpdf/QPDF.hh>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/booklet.hpp"
#include "pdf/finishing.hpp"

namespace pdf::finishing {

// What finishing.hpp's finish_pdf does (finish.cpp), with the profile's
// output intent given when it claims PDF/A.
FinishingResult finish_pdf(std::string_view pdf, const FinishingProfile& profile,
                           std::optional<std::int64_t> date, bool compress,
                           const std::vector<FontSubset>& fonts, const Tagging* tagging);
// booklet.hpp's impose_booklet (booklet_imposition.cpp).
FinishingResult impose_booklet(std::string_view pdf, const BookletPlan& plan,
                               std::optional<std::int64_t> date);
// finishing.hpp's read_associated_files (associated_files.cpp).
std::vector<AssociatedFile> read_associated_files(std::string_view pdf, std::string& error);

// A new stream holding `data`, deflated here when `compress` (the writer
// copies every stream as it is: see finish_pdf).
QPDFObjectHandle new_stream(QPDF& pdf, const std::string& data, bool compress);
// The same for data deflated already.
QPDFObjectHandle new_deflated_stream(QPDF& pdf, const std::string& deflated);

class FileBytes;
class StructureTree;

// The document as a file (file_writer.hpp), the same way for every profile:
// streams copied as they are, or deflated when they are plain and
// `deflate_plain_streams`; PDF 1.4 syntax (1.7 for PDF/A-3); a deterministic
// /ID; with `tree`, the structure tree after the document's objects.
void write_file(QPDF& pdf, Conformance conformance, FileBytes& output,
                bool deflate_plain_streams = false, const StructureTree* tree = nullptr);
// The same as one string, streams copied as they are.
std::string written_bytes(QPDF& pdf, Conformance conformance);

// annotations.cpp: link annotations and outline items point at their
// destination arrays directly (PDF/A validators reject indirect ones), and
// every annotation is printable and never hidden (PDF/A: /F 4).
void inline_destinations(QPDF& pdf);
void make_annotations_printable(QPDF& pdf);

// print_pages.cpp, for a print shop: no annotation, bookmark or named
// destination is left (nothing to click on paper, and shops refuse them);
// the Info dictionary says the file is not trapped. check_print_pages is
// false with `error` (French, naming the page) when a page lacks its TrimBox
// or BleedBox, or a font is not embedded.
void remove_interactive_features(QPDF& pdf);
bool check_print_pages(QPDF& pdf, std::string& error);

// font_descriptors.cpp: a CID font libharu did not embed gets its program
// from `fonts` (matched by /BaseFont: subset name, FontFile2, CIDToGIDMap,
// CIDSet, CapHeight, all made once); one libharu embedded gets the /CIDSet
// of the glyphs its font program holds and a /CapHeight read from the
// program itself. false with `error` (French) for a font it cannot read.
bool complete_font_descriptors(QPDF& pdf, const std::vector<FontSubset>& fonts, bool compress,
                               std::string& error);

// transparency.cpp: false with `error` (French, naming the page) when a page
// shows something transparent — an image with an alpha channel, a soft mask,
// partial opacity — which PDF/A-1 forbids (it cannot be flattened here
// without knowing what lies behind it).
bool check_no_transparency(QPDF& pdf, std::string& error);

// output_intent_object.cpp: the catalogue's /OutputIntents, with the ICC profile.
void add_output_intent(QPDF& pdf, const OutputIntent& intent, bool compress);

// associated_files.cpp: files carried inside (PDF/A-3), dated `date`.
void attach_files(QPDF& pdf, const std::vector<AssociatedFile>& files,
                  std::optional<std::int64_t> date, bool compress);

// document_metadata.cpp: Info strings cleaned, Producer and dates set, and
// the XMP packet written from exactly those values; with `pdfua`, the
// packet also identifies the file as PDF/UA-1.
void write_document_metadata(QPDF& pdf, Conformance conformance, std::optional<std::int64_t> date,
                             bool pdfua = false);

}  // namespace pdf::finishing
