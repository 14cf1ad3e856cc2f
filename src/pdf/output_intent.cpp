// Reading and checking the ICC profiles an output intent carries; the
// finishing pass writes them into the file (finishing/output_intent_object.cpp).
#include <algorithm>
#include <filesystem>

#include "base/file_reading.hpp"
#include "pdf/finishing.hpp"
#include "typeset/data_dir.hpp"

namespace pdf {
namespace {

std::uint32_t big_endian32(const std::string& bytes, std::size_t offset) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = value << 8 | static_cast<unsigned char>(bytes[offset + i]);
  return value;
}

// What the ICC header (ICC.1, 7.2) says about the data colour space; 0 when
// the file is not a profile this program can use as an output intent.
int components_of(const std::string& profile, std::string& reason) {
  if (profile.size() < 132 || profile.compare(36, 4, "acsp") != 0) {
    reason = "ce n'est pas un profil ICC (signature « acsp » absente)";
    return 0;
  }
  if (big_endian32(profile, 0) != profile.size()) {
    reason = "profil ICC tronqué ou abîmé (sa taille ne correspond pas à son en-tête)";
    return 0;
  }
  const std::string space = profile.substr(16, 4);
  if (space == "RGB ") return 3;
  if (space == "CMYK") return 4;
  if (space == "GRAY") return 1;
  reason = "espace de couleurs « " + space + " » non pris en charge (RGB, CMYK ou gris attendu)";
  return 0;
}

std::uint16_t big_endian16(const std::string& bytes, std::size_t offset) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[offset]) << 8 |
                                    static_cast<unsigned char>(bytes[offset + 1]));
}

// The profile's description (its 'desc' tag: ICC v2 ASCII text, or v4
// multi-localised Unicode, first record), printable ASCII kept; "" when absent.
std::string profile_description(const std::string& profile) {
  if (profile.size() < 132) return {};
  const std::uint32_t tags = big_endian32(profile, 128);
  for (std::uint32_t i = 0; i < tags && 132 + 12 * (i + 1) <= profile.size(); ++i) {
    const std::size_t entry = 132 + 12 * i;
    if (profile.compare(entry, 4, "desc") != 0) continue;
    const std::size_t offset = big_endian32(profile, entry + 4);
    const std::size_t size = big_endian32(profile, entry + 8);
    if (offset > profile.size() || size > profile.size() - offset || size < 12) return {};
    const std::string tag = profile.substr(offset, size);
    std::string text;
    if (tag.compare(0, 4, "desc") == 0) {
      const std::size_t length = std::min<std::size_t>(big_endian32(tag, 8), tag.size() - 12);
      text = tag.substr(12, length);
    } else if (tag.compare(0, 4, "mluc") == 0 && tag.size() >= 28) {
      const std::size_t length = big_endian32(tag, 20);
      const std::size_t start = big_endian32(tag, 24);
      for (std::size_t at = start; at + 1 < tag.size() && at < start + length; at += 2)
        text += static_cast<char>(big_endian16(tag, at) < 0x80 ? big_endian16(tag, at) : '?');
    }
    std::string printable;
    for (const char c : text)
      if (c >= 0x20 && c < 0x7f) printable += c;
    return printable;
  }
  return {};
}

}  // namespace

std::shared_ptr<const OutputIntent> load_output_intent(const std::string& path,
                                                       const std::string& condition_identifier,
                                                       std::string& error) {
  std::optional<std::string> bytes = base::read_file_bytes(path);
  if (!bytes) {
    error = "profil de couleurs « " + path + " » introuvable ou illisible";
    return nullptr;
  }
  auto intent = std::make_shared<OutputIntent>();
  intent->icc_profile = std::move(*bytes);
  std::string reason;
  intent->components = components_of(intent->icc_profile, reason);
  if (intent->components == 0) {
    error = "profil de couleurs « " + path + " » inutilisable : " + reason;
    return nullptr;
  }
  intent->condition_identifier = condition_identifier;
  intent->deflated_profile = deflated(intent->icc_profile);
  return intent;
}

std::shared_ptr<const OutputIntent> load_srgb_output_intent(std::string& error) {
  return load_output_intent(typeset::resolve_data_path(kSrgbProfilePath), "sRGB IEC61966-2.1",
                            error);
}

std::shared_ptr<const OutputIntent> load_print_output_intent(const std::string& path,
                                                             const std::string& condition,
                                                             std::string& error) {
  std::shared_ptr<const OutputIntent> loaded = load_output_intent(path, condition, error);
  if (loaded == nullptr) return nullptr;
  if (loaded->components != 4) {
    error = "profil de couleurs « " + path +
            " » inutilisable pour l'impression : ce n'est pas un profil CMJN (demandez à "
            "l'imprimeur le profil de sa presse et de son papier)";
    return nullptr;
  }
  auto intent = std::make_shared<OutputIntent>(*loaded);
  intent->subtype = "GTS_PDFX";
  if (intent->condition_identifier.empty())
    intent->condition_identifier = profile_description(intent->icc_profile);
  if (intent->condition_identifier.empty())
    intent->condition_identifier = std::filesystem::path(path).stem().string();
  return intent;
}

}  // namespace pdf
