// Bytes → the template reader: diagnostics or a template, never a crash,
// every message within the rules.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "typeset/template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const typeset::TemplateResult result = typeset::parse_template(xml, "fuzz.xml");
  fuzz::check_messages(result.diagnostics);
  if (result.value.has_value() == result.diagnostics.has_errors()) std::abort();
  return 0;
}
