#include "documents/sha256.hpp"

#include <fmt/format.h>
#include <nettle/sha2.h>

#include <array>
#include <fstream>

namespace documents {
namespace {

std::string hex(const std::array<std::uint8_t, SHA256_DIGEST_SIZE>& digest) {
  std::string text;
  text.reserve(2 * digest.size());
  for (const std::uint8_t byte : digest) text += fmt::format("{:02x}", byte);
  return text;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  return hex(digest);
}

std::optional<std::string> sha256_of_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  sha256_ctx context;
  sha256_init(&context);
  std::array<char, 65536> buffer{};
  while (in) {
    in.read(buffer.data(), buffer.size());
    const std::streamsize read = in.gcount();
    if (read > 0)
      sha256_update(&context, static_cast<std::size_t>(read),
                    reinterpret_cast<const std::uint8_t*>(buffer.data()));
  }
  if (in.bad()) return std::nullopt;
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  return hex(digest);
}

}  // namespace documents
