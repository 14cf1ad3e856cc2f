// Ownership of one libharu document and of the errors it reports. libharu
// signals errors through a C callback: the callback only records them here
// (a C++ exception must never cross libharu's C frames), and callers check
// `failed()` after each step.
#pragma once

#include <hpdf.h>

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
  HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;
  // Not movable either: a moved-from document would have no error state.
  HaruDocument(HaruDocument&&) = delete;
  HaruDocument& operator=(HaruDocument&&) = delete;

  bool valid() const { return handle_ != nullptr; }
  HPDF_Doc get() const { return handle_.get(); }

  bool failed() const { return errors_->count > 0; }
  const HaruErrorState& errors() const { return *errors_; }
  // The first recorded error in French, or "" when none.
  std::string error_message() const;
  // Forgets the errors reported so far, once the caller has reported them its
  // own way (an image file that libharu could not read).
  void reset_error();

  // Serialises the document into memory (libharu's own stream), so that the
  // caller decides how the bytes reach the disk. Empty and failed() on error.
  std::string save_to_bytes();
  // Frees libharu's document (its pages' streams, fonts, objects) once its
  // bytes are saved: the finishing pass needs only those. valid() is false
  // afterwards; the errors recorded stay readable.
  void close() { handle_.reset(); }

 private:
  struct Release {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };
  // Its address is given to libharu's error callback.
  std::unique_ptr<HaruErrorState> errors_;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Release> handle_;
};

}  // namespace pdf
