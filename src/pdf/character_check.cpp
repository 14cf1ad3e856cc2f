#include "pdf/character_check.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "base/utf8.hpp"

namespace pdf {
namespace {

// "Carlito (Carlito-Regular.ttf)": the name a designer knows, the file to fix.
std::string face_label(const typeset::FontFace& face) {
  const std::string file = std::filesystem::path(face.path()).filename().string();
  return face.postscript_name().empty() ? file : face.postscript_name() + " (" + file + ")";
}

// The problem with one run, or "" when it can be painted.
std::string check_run(const typeset::GlyphRun& run, const typeset::FontLibrary& fonts) {
  if (run.face < 0 || static_cast<std::size_t>(run.face) >= fonts.face_count())
    return fmt::format("police n° {} inconnue", run.face);
  const typeset::FontFace& face = fonts.face(run.face);
  std::string problem;
  base::utf8::for_each_code_point(run.text, [&](const base::utf8::Sequence& sequence) {
    const char32_t code_point = sequence.code_point;
    const std::string_view character =
        std::string_view(run.text).substr(sequence.offset, sequence.length);
    if (!sequence.valid) {
      problem = fmt::format("octet UTF-8 invalide à la position {}", sequence.offset);
    } else if (code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0)) {
      problem =
          fmt::format("caractère de contrôle U+{:04X}", static_cast<std::uint32_t>(code_point));
    } else if (code_point > 0xFFFF) {
      problem = fmt::format("le caractère « {} » (U+{:04X}) ne peut pas être écrit dans le PDF",
                            character, static_cast<std::uint32_t>(code_point));
    } else if (!face.covers(code_point)) {
      problem = fmt::format("le caractère « {} » (U+{:04X}) manque à la police {}", character,
                            static_cast<std::uint32_t>(code_point), face_label(face));
    }
    return problem.empty();
  });
  return problem;
}

}  // namespace

std::vector<std::string> find_unpaintable_characters(const typeset::DocumentBox& document,
                                                     const typeset::FontLibrary& fonts,
                                                     std::size_t limit) {
  std::vector<std::string> problems;
  std::size_t not_shown = 0;
  for (std::size_t page = 0; page < document.pages.size(); ++page) {
    for (const typeset::GlyphRun& run : document.pages[page].glyphs) {
      std::string problem = check_run(run, fonts);
      if (problem.empty()) continue;
      if (problems.size() < limit) {
        problems.push_back(fmt::format("page {}, texte « {} » : {} (erreur de mise en page)",
                                       page + 1, run.text, problem));
      } else {
        ++not_shown;
      }
    }
  }
  if (not_shown > 0)
    problems.push_back(fmt::format("… et {} autre(s) texte(s) dans le même cas", not_shown));
  return problems;
}

}  // namespace pdf
