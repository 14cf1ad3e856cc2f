// deflated() (finishing.hpp): every deflated stream of the program's files.
#include <libdeflate.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "pdf/finishing.hpp"

namespace pdf {

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

}  // namespace pdf
