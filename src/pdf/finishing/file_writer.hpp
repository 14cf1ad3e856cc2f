// The finished file, written by us from the document qpdf holds (internal to
// the finishing pass). QPDFWriter did this at some 30 000 instructions an
// object, and needed every object of the file as a qpdf object — the tagged
// structure tree of a long brochure is tens of thousands of them, about
// 1.4 KB of memory each. Here:
//   - every object reachable from the trailer, numbered in the order it is
//     first met, in the shortest syntax readers accept (`<</Type/Page>>`);
//   - streams copied as they are, or deflated on the way when libharu left
//     them plain (all but the XMP packet, which PDF/A readers want plain);
//   - objects qpdf does not hold (the structure tree) written from text after
//     the document's own, under numbers reserved before the catalogue is;
//   - a classic cross-reference table (PDF/A-1 has no cross-reference
//     streams), and an /ID that is the MD5 of everything before it: the same
//     document gives the same bytes.
//
//   FileBytes bytes;
//   FileWriter writer(pdf, {.minimum_version = "1.4", .deflate_plain_streams = true}, bytes);
//   const int tree = writer.reserve(3);
//   writer.add_to_catalog("/StructTreeRoot", reference(tree));
//   writer.write_document();
//   writer.write_object(tree, "<</Type/StructTreeRoot/K 8 0 R>>");  // and tree + 1, tree + 2
//   writer.finish();
#pragma once

#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFCryptoImpl.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <string_view>
#include <vector>

namespace pdf::finishing {

// The file's bytes in pieces, joined once qpdf's objects are freed: a string
// growing by doubling would hold up to three times the file beside them (the
// peak of a long brochure's run). The pieces double from 64 KiB to 1 MiB: a
// flyer of 40 KB no longer reserves a whole mebibyte, which the heap's huge
// pages (src/memory_allocator.cpp) zeroed in full for what it did not use.
class FileBytes {
 public:
  void append(std::string_view bytes);
  std::size_t size() const { return size_; }
  // The whole file; the pieces are released.
  std::string joined();

 private:
  static constexpr std::size_t kFirstPiece = std::size_t{64} << 10;
  static constexpr std::size_t kLargestPiece = std::size_t{1} << 20;
  std::vector<std::string> pieces_;
  std::size_t size_ = 0;
};

// "12 0 R"
std::string reference(int number);
// `name` ("/Type" or "Type", unescaped, as qpdf holds names) appended to
// `text` as a PDF name: bytes outside ! to ~, delimiters and # as #xx
// (PDF 1.7 §7.3.5). A name begins with a delimiter: no space is needed.
void append_name(std::string& text, std::string_view name);

class FileWriter {
 public:
  struct Options {
    std::string minimum_version = "1.4";  // the header says the higher of this and the input's
    bool deflate_plain_streams = false;   // every stream without /Filter but the XMP packet
  };

  FileWriter(QPDF& pdf, Options options, FileBytes& output);

  // `count` object numbers for write_object, before write_document; the first.
  int reserve(int count);
  // An entry the catalogue is written with, its value in PDF syntax.
  void add_to_catalog(std::string key, std::string value);
  // The header and every object of the document reachable from its trailer.
  void write_document();
  // The number an indirect object of the document was written under; 0 when
  // it was not written (not reachable, or not indirect).
  int number_of(const QPDFObjectHandle& object) const;
  // A reserved object, its value in PDF syntax.
  void write_object(int number, std::string_view value);
  // The cross-reference table and the trailer. std::logic_error when a
  // reserved number was never written.
  void finish();

 private:
  void append(std::string_view bytes);
  int number_for(QPDFObjectHandle& object);
  void write_queued(QPDFObjectHandle& object, int number);
  void write_stream(QPDFObjectHandle& stream, std::string& text);
  // A value: a reference when it is indirect, else written out.
  void write_value(QPDFObjectHandle& value, std::string& text);
  // The value itself, even when indirect (an object's own body).
  void write_direct(QPDFObjectHandle& value, std::string& text);
  void write_dictionary_entries(QPDFObjectHandle& dictionary, std::string& text,
                                bool (*skipped)(const std::string& key));

  QPDF& pdf_;
  Options options_;
  FileBytes& output_;
  std::vector<int> numbers_;             // by qpdf object id: 0 until met
  std::vector<QPDFObjectHandle> queue_;  // met, not yet written
  std::vector<std::size_t> offsets_;     // by number; 0: not written (yet)
  std::vector<std::pair<std::string, std::string>> catalog_entries_;
  std::string trailer_entries_;  // the trailer's own, numbered by write_document
  int catalog_id_ = 0;
  int next_number_ = 1;
  std::size_t written_ = 0;              // bytes appended so far: the next object's offset
  std::shared_ptr<QPDFCryptoImpl> md5_;  // of every byte before the trailer: the /ID
};

}  // namespace pdf::finishing
