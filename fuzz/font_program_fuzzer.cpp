// Bytes → the font program reader of pdf/ (which cuts each PDF's subsets),
// then a subset of a spread of code points: a refusal always says why, and a
// subset cut from an accepted file is itself a file the reader accepts, with
// the CID maps the finishing pass expects.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "pdf/font_program.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  const auto program = pdf::FontProgram::parse(
      std::string(reinterpret_cast<const char*>(data), size), "fuzz.ttf", error);
  if (program == nullptr) {
    if (error.empty()) std::abort();  // a refusal always says why
    return 0;
  }
  const std::set<char32_t> code_points = {U' ', U'A', U'é', U'’', U'€', U'«', 0xFFFD, 0xFFFF};
  const pdf::FontSubset subset = program->subset(code_points, "Fuzz-Regular");
  if (subset.cid_to_gid_map.size() % 2 != 0 || subset.cid_set.empty()) std::abort();
  std::string again;
  if (pdf::FontProgram::parse(subset.program, "subset.ttf", again) == nullptr) {
    std::fprintf(stderr, "sous-ensemble illisible : %s\n", again.c_str());
    std::abort();
  }
  return 0;
}
