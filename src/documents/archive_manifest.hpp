// What an archive says about itself. Its provenance — the tool and library
// versions, the date used, the catalogue's digest and every other input that
// shaped the bytes (templates, fonts, hyphenation patterns, colour profile) —
// is embedded in the brochure as outil.json; manifest.json holds the same
// provenance plus every archived file's size and SHA-256. Both are JSON
// written by nlohmann/json in one fixed form, so that any change to a byte
// of manifest.json shows (verify compares it with its own rewriting).
//
//   manifest.json
//   {
//     "format": "brochure-archive/1",
//     "edition": "2026-2027",
//     "provenance": { "tool": {…}, "date": {…}, "source": {…}, "inputs": […] },
//     "files": [ { "path": "brochure-2026-2027.pdf", "kind": "brochure",
//                  "size": 131072, "sha256": "…" }, … ]
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace documents {

inline constexpr std::string_view kManifestName = "manifest.json";
inline constexpr std::string_view kManifestFormat = "brochure-archive/1";
inline constexpr std::string_view kToolDescriptionName = "outil.json";

// One input that shaped the bytes, by role: "template", "font",
// "hyphenation", "colour-profile".
struct InputDigest {
  std::string role;
  std::string name;  // as the templates or the program name it: "fonts/LivretSans-Regular.ttf"
  std::string sha256;
  auto operator<=>(const InputDigest&) const = default;
};

struct Provenance {
  std::string tool_name = "brochure";
  std::string tool_version;
  std::vector<std::pair<std::string, std::string>> libraries;  // libharu, qpdf, libdeflate
  std::int64_t date = 0;    // seconds since 1970, UTC: the PDFs' dates
  std::string date_origin;  // "SOURCE_DATE_EPOCH" or "edition-start"
  std::string source_name;  // "2026-2027.xml": the catalogue, as embedded
  std::size_t source_size = 0;
  std::string source_sha256;
  std::vector<InputDigest> inputs;
  bool operator==(const Provenance&) const = default;
};

struct ArchivedFile {
  std::string path;  // under the archive folder, '/' separated
  std::string kind;  // "brochure", "flyers"
  std::size_t size = 0;
  std::string sha256;
  bool operator==(const ArchivedFile&) const = default;
};

struct ArchiveManifest {
  std::string edition;
  Provenance provenance;
  std::vector<ArchivedFile> files;
};

// The JSON texts, each ending with a newline.
std::string provenance_json(const Provenance& provenance);
std::string manifest_json(const ArchiveManifest& manifest);

struct ManifestReadResult {
  std::optional<ArchiveManifest> manifest;
  std::string error;         // French; for bad JSON: "ligne L, colonne C : …"
  int line = 0, column = 0;  // where the JSON is wrong (0: not a syntax error)
};
ManifestReadResult read_manifest(std::string_view text);

struct ProvenanceReadResult {
  std::optional<Provenance> provenance;
  std::string error;
};
ProvenanceReadResult read_provenance(std::string_view text);

// The first line (from 1) where `text` differs from what manifest_json writes
// for what it says; 0 when it is exactly that text.
int first_noncanonical_line(std::string_view text, const ArchiveManifest& manifest);

}  // namespace documents
