// Ownership of one libharu document and of the errors it reports. libharu
// signals errors through a C callback: the callback only records them here
// (a C++ exception must never cross libharu's C frames), and callers check
// `failed()` after each step.
//
// A document done without error leaves libharu's handle to the next document
// of the same run made on the same thread (HPDF_NewDoc keeps a handle's
// encoders and parsed font files and frees everything else): the UTF-8
// encoder's tables and the font files are then built once per thread rather
// than once per PDF — 42 M instructions of the edition's 840 M. Nothing of
// one document reaches the next one's bytes; a handle that reported an error
// is freed, not kept; and a handle never outlives its run, whose font files
// may have changed by the next one (`brochure watch`).
#pragma once

#include <hpdf.h>

#include <map>
#include <memory>
#include <string>

namespace pdf {

// The first error libharu reported for one document.
struct HaruErrorState {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
  int count = 0;  // how many errors were reported in all
};

// "erreur libharu 0x1017 (…French description…)".
std::string describe_haru_error(HPDF_STATUS code, HPDF_STATUS detail);

class HaruDocument {
 public:
  // Creates an empty document; check `valid()` (libharu may fail to allocate).
  // Its encodings are libharu's and UTF-8 (HPDF_UseUTFEncodings). Documents
  // made with the same `run` (anything that lives as long as the run: its
  // font files' cache) may share a handle; with none, the handle is its own.
  explicit HaruDocument(const std::shared_ptr<const void>& run = nullptr);
  ~HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;
  // Not movable either: a moved-from document would have no error state.
  HaruDocument(HaruDocument&&) = delete;
  HaruDocument& operator=(HaruDocument&&) = delete;

  bool valid() const { return handle_ != nullptr; }
  HPDF_Doc get() const { return handle_; }

  bool failed() const { return state_->errors.count > 0; }
  const HaruErrorState& errors() const { return state_->errors; }
  // The first recorded error in French, or "" when none.
  std::string error_message() const;
  // Forgets the errors reported so far, once the caller has reported them its
  // own way (an image file that libharu could not read).
  void reset_error();

  // Serialises the document into memory (libharu's own stream), so that the
  // caller decides how the bytes reach the disk. Empty and failed() on error.
  std::string save_to_bytes();
  // The name libharu gives the TrueType file at `path`, loaded without
  // embedding it (HPDF_LoadTTFontFromFile): parsed once per handle. nullptr
  // on error (see failed()).
  const char* load_truetype(const std::string& path);

  // Frees libharu's document (its pages' streams, fonts, objects) once its
  // bytes are saved: the finishing pass needs only those. valid() is false
  // afterwards; the errors recorded stay readable.
  void close();

  // What stays with a libharu handle from one document to the next.
  // Its address is given to libharu's error callback.
  struct HandleState {
    HaruErrorState errors;
    bool tainted = false;  // an error was reported, even one reset since
    std::map<std::string, std::string> truetype_names;  // by file path
  };

 private:
  std::shared_ptr<HandleState> state_;
  HPDF_Doc handle_ = nullptr;
  std::weak_ptr<const void> run_;
};

}  // namespace pdf
