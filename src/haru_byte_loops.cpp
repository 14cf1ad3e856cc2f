// libharu 2.3 clears and copies memory a byte at a time (HPDF_MemSet,
// HPDF_MemCpy in hpdf_utils.c): 58 M instructions of the edition's 800 M,
// most of them clearing a 128 KB table for every font of every PDF and
// copying what it writes into its memory stream. Both are exported, and the
// library calls them through its PLT, so the program's own definitions,
// doing the same with the C library's memset and memcpy, are the ones it
// runs. Linked into the program and into pdf_tests (CMakeLists.txt), whose
// PDFs are then made as the program makes them.
#include <hpdf.h>
#include <hpdf_utils.h>  // their declarations: the definitions must match

#include <cstdint>
#include <cstring>

extern "C" {

// Same contract as libharu's: fills n bytes, returns the end of what it filled.
void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  if (n > 0) std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}

// Same contract as libharu's: copies n bytes forwards, returns the end of
// `out`. Overlapping ranges keep the forward byte loop's result.
HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  // As addresses: comparing pointers into different objects is not defined.
  const auto to = reinterpret_cast<std::uintptr_t>(out);
  const auto from = reinterpret_cast<std::uintptr_t>(in);
  const bool overlapping = to < from + n && from < to + n;
  if (!overlapping) {
    if (n > 0) std::memcpy(out, in, n);
    return out + n;
  }
  while (n > 0) {
    *out++ = *in++;
    --n;
  }
  return out;
}
}
