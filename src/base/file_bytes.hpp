// A whole file's bytes, for the few inputs read raw rather than parsed (a
// colour profile, a catalogue to embed, an archived PDF).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace base {

// nullopt when the file cannot be opened or read to its end.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

}  // namespace base
