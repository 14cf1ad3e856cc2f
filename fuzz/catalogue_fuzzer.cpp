// Bytes → the catalogue reader (loading, well-formedness, structure,
// validation): diagnostics or a catalogue, never a crash, every message within
// the rules.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "catalogue/reader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const catalogue::LoadResult result = catalogue::load_catalogue_from_string(xml, "fuzz.xml");
  fuzz::check_messages(result.diagnostics);
  if (result.value.has_value() == result.diagnostics.has_errors()) std::abort();
  return 0;
}
