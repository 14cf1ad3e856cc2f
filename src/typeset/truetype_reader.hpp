// Big-endian reads inside a byte range that can never step outside it: a font
// file is untrusted input, and every offset in it may lie.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace typeset {

// Reads past the end return 0 and mark the reader as failed; callers read a
// whole structure, then check ok() once.
class TrueTypeReader {
 public:
  TrueTypeReader() = default;
  explicit TrueTypeReader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

  std::size_t size() const { return bytes_.size(); }
  bool ok() const { return ok_; }
  bool contains(std::size_t offset, std::size_t length) const {
    return offset <= bytes_.size() && length <= bytes_.size() - offset;
  }

  std::uint8_t u8(std::size_t offset) {
    if (!contains(offset, 1)) return fail();
    return bytes_[offset];
  }
  std::uint16_t u16(std::size_t offset) {
    if (!contains(offset, 2)) return fail();
    return static_cast<std::uint16_t>(bytes_[offset] << 8 | bytes_[offset + 1]);
  }
  std::int16_t i16(std::size_t offset) { return static_cast<std::int16_t>(u16(offset)); }
  std::uint32_t u32(std::size_t offset) {
    if (!contains(offset, 4)) return fail();
    return std::uint32_t{bytes_[offset]} << 24 | std::uint32_t{bytes_[offset + 1]} << 16 |
           std::uint32_t{bytes_[offset + 2]} << 8 | std::uint32_t{bytes_[offset + 3]};
  }

  // The bytes [offset, offset + length), or an empty failed reader.
  TrueTypeReader slice(std::size_t offset, std::size_t length) {
    if (!contains(offset, length)) {
      fail();
      TrueTypeReader empty;
      empty.ok_ = false;
      return empty;
    }
    return TrueTypeReader(bytes_.subspan(offset, length));
  }

 private:
  std::uint8_t fail() {
    ok_ = false;
    return 0;
  }
  std::span<const std::uint8_t> bytes_;
  bool ok_ = true;
};

}  // namespace typeset
