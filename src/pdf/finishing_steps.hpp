// The steps of the finishing pass (finishing.cpp), one concern per file, each
// working on the one QPDF document the pass holds. Internal to src/pdf: the
// rest of the program sees finishing.hpp only.
#pragma once

#include <cstdint>
#include <optional>
#include <qpdf/QPDF.hh>
#include <string>
#include <vector>

#include "pdf/finishing.hpp"

namespace pdf::finishing {

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

// output_intent.cpp: the catalogue's /OutputIntents, with the ICC profile.
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
