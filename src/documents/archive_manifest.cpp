#include "documents/archive_manifest.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "pdf/xmp.hpp"

namespace documents {
namespace {

using Json = nlohmann::ordered_json;

Json provenance_value(const Provenance& provenance) {
  Json tool = {{"name", provenance.tool_name}, {"version", provenance.tool_version}};
  for (const auto& [library, version] : provenance.libraries) tool[library] = version;
  Json inputs = Json::array();
  for (const InputDigest& input : provenance.inputs)
    inputs.push_back({{"role", input.role}, {"name", input.name}, {"sha256", input.sha256}});
  return {
      {"tool", tool},
      {"date",
       {{"seconds", provenance.date},
        {"utc", pdf::xmp_date(provenance.date)},
        {"origin", provenance.date_origin}}},
      {"source",
       {{"name", provenance.source_name},
        {"size", provenance.source_size},
        {"sha256", provenance.source_sha256}}},
      {"inputs", inputs},
  };
}

std::string dumped(const Json& value) {
  // Non-ASCII kept as UTF-8; invalid UTF-8 cannot reach here (catalogue checks).
  return value.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// Reading: every field required and of its type; the first problem found is
// reported with the path of the field.
class Reader {
 public:
  std::string error;

  const Json* field(const Json& object, const char* key, const std::string& where) {
    if (!error.empty()) return nullptr;
    if (!object.is_object() || !object.contains(key)) {
      error = fmt::format("champ « {}{} » absent", where, key);
      return nullptr;
    }
    return &object.at(key);
  }
  std::string text(const Json& object, const char* key, const std::string& where) {
    const Json* value = field(object, key, where);
    if (value == nullptr) return {};
    if (!value->is_string()) {
      error = fmt::format("le champ « {}{} » doit être un texte", where, key);
      return {};
    }
    return value->get<std::string>();
  }
  std::int64_t number(const Json& object, const char* key, const std::string& where) {
    const Json* value = field(object, key, where);
    if (value == nullptr) return 0;
    if (!value->is_number_integer() || value->get<std::int64_t>() < 0) {
      error = fmt::format("le champ « {}{} » doit être un nombre entier positif", where, key);
      return 0;
    }
    return value->get<std::int64_t>();
  }
  const Json* array(const Json& object, const char* key, const std::string& where) {
    const Json* value = field(object, key, where);
    if (value != nullptr && !value->is_array()) {
      error = fmt::format("le champ « {}{} » doit être une liste", where, key);
      return nullptr;
    }
    return value;
  }

  Provenance provenance(const Json& value, const std::string& where) {
    Provenance result;
    if (const Json* tool = field(value, "tool", where)) {
      result.tool_name = text(*tool, "name", where + "tool.");
      result.tool_version = text(*tool, "version", where + "tool.");
      if (tool->is_object()) {
        for (const auto& [key, library] : tool->items()) {
          if (key == "name" || key == "version") continue;
          if (!library.is_string()) {
            error = fmt::format("le champ « {}tool.{} » doit être un texte", where, key);
            break;
          }
          result.libraries.emplace_back(key, library.get<std::string>());
        }
      }
    }
    if (const Json* date = field(value, "date", where)) {
      result.date = number(*date, "seconds", where + "date.");
      result.date_origin = text(*date, "origin", where + "date.");
      const std::string utc = text(*date, "utc", where + "date.");
      if (error.empty() && utc != pdf::xmp_date(result.date))
        error = fmt::format("le champ « {}date.utc » ne correspond pas à « {}date.seconds »", where,
                            where);
    }
    if (const Json* source = field(value, "source", where)) {
      result.source_name = text(*source, "name", where + "source.");
      result.source_size = static_cast<std::size_t>(number(*source, "size", where + "source."));
      result.source_sha256 = text(*source, "sha256", where + "source.");
    }
    if (const Json* inputs = array(value, "inputs", where)) {
      for (const Json& input : *inputs) {
        InputDigest digest{text(input, "role", where + "inputs[]."),
                           text(input, "name", where + "inputs[]."),
                           text(input, "sha256", where + "inputs[].")};
        if (!error.empty()) break;
        result.inputs.push_back(std::move(digest));
      }
    }
    return result;
  }
};

// "ligne 3, colonne 7" of byte `offset` (from 0) in `text`.
void locate(std::string_view text, std::size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // one per character, not per byte
    }
  }
}

}  // namespace

std::string provenance_json(const Provenance& provenance) {
  return dumped(provenance_value(provenance));
}

std::string manifest_json(const ArchiveManifest& manifest) {
  Json files = Json::array();
  for (const ArchivedFile& file : manifest.files) {
    files.push_back(
        {{"path", file.path}, {"kind", file.kind}, {"size", file.size}, {"sha256", file.sha256}});
  }
  const Json value = {{"format", kManifestFormat},
                      {"edition", manifest.edition},
                      {"provenance", provenance_value(manifest.provenance)},
                      {"files", files}};
  return dumped(value);
}

ManifestReadResult read_manifest(std::string_view text) {
  ManifestReadResult result;
  Json value;
  try {
    value = Json::parse(text);
  } catch (const Json::parse_error& error) {
    // byte is 1-based, just past the offending character.
    locate(text, error.byte > 0 ? error.byte - 1 : 0, result.line, result.column);
    result.error = "ce n'est plus du JSON valide";
    return result;
  }
  Reader reader;
  ArchiveManifest manifest;
  const std::string format = reader.text(value, "format", "");
  if (reader.error.empty() && format != kManifestFormat) {
    result.error = fmt::format("format « {} » inconnu (attendu : « {} »)", format, kManifestFormat);
    return result;
  }
  manifest.edition = reader.text(value, "edition", "");
  if (const Json* provenance = reader.field(value, "provenance", ""))
    manifest.provenance = reader.provenance(*provenance, "provenance.");
  if (const Json* files = reader.array(value, "files", "")) {
    for (const Json& file : *files) {
      ArchivedFile archived{reader.text(file, "path", "files[]."),
                            reader.text(file, "kind", "files[]."),
                            static_cast<std::size_t>(reader.number(file, "size", "files[].")),
                            reader.text(file, "sha256", "files[].")};
      if (!reader.error.empty()) break;
      manifest.files.push_back(std::move(archived));
    }
  }
  if (!reader.error.empty()) {
    result.error = reader.error;
    return result;
  }
  result.manifest = std::move(manifest);
  return result;
}

ProvenanceReadResult read_provenance(std::string_view text) {
  ProvenanceReadResult result;
  Json value;
  try {
    value = Json::parse(text);
  } catch (const Json::parse_error&) {
    result.error = "JSON invalide";
    return result;
  }
  Reader reader;
  Provenance provenance = reader.provenance(value, "");
  if (!reader.error.empty()) {
    result.error = reader.error;
    return result;
  }
  result.provenance = std::move(provenance);
  return result;
}

int first_noncanonical_line(std::string_view text, const ArchiveManifest& manifest) {
  const std::string canonical = manifest_json(manifest);
  if (canonical == text) return 0;
  int line = 1;
  for (std::size_t i = 0; i < std::min(text.size(), canonical.size()); ++i) {
    if (text[i] != canonical[i]) return line;
    if (text[i] == '\n') ++line;
  }
  return line;
}

}  // namespace documents
