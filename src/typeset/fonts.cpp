#include "typeset/fonts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

#include "base/file_reading.hpp"
#include "base/system_errors.hpp"
#include "typeset/data_dir.hpp"
#include "typeset/truetype.hpp"

namespace typeset {
namespace {

// Far above any font this project ships (~50 KB): a bigger file is a mistake.
constexpr std::size_t kLargestFontFile = 64u * 1024 * 1024;

bool read_file(const std::string& path, std::vector<std::uint8_t>& bytes, std::string& reason) {
  base::FileReadProblem problem;
  const std::optional<std::string> content = base::read_whole_file(path, kLargestFontFile, problem);
  switch (problem.kind) {
    case base::FileReadProblem::Kind::none:
      bytes.assign(content->begin(), content->end());
      return true;
    case base::FileReadProblem::Kind::folder:
      reason = "c'est un dossier, pas un fichier de police";
      return false;
    case base::FileReadProblem::Kind::too_big:
      reason = fmt::format("fichier trop volumineux pour une police (plus de {} Mo)",
                           kLargestFontFile / (1024 * 1024));
      return false;
    case base::FileReadProblem::Kind::system:
      reason = problem.error_number == ENOENT
                   ? "fichier de police introuvable"
                   : "fichier de police illisible : " + base::french_reason(problem.error_number);
      return false;
  }
  return false;
}

// Two spellings of one file ("fonts/a.ttf", "./fonts/a.ttf") are one face.
std::filesystem::path identity_of(const std::string& path) {
  std::error_code code;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(path, code);
  if (code) return std::filesystem::path(path).lexically_normal();
  return canonical;
}

}  // namespace

std::unique_ptr<FontFace> FontFace::load(const std::string& path, std::string& error) {
  std::vector<std::uint8_t> bytes;
  std::string reason;
  auto face = std::make_unique<FontFace>();
  if (!read_file(path, bytes, reason) || !TrueTypeParser::parse(bytes, *face, reason)) {
    error = path + " : " + reason;
    return nullptr;
  }
  face->path_ = path;
  if (face->postscript_name_.empty()) {
    face->postscript_name_ = std::filesystem::path(path).stem().string();
  }
  return face;
}

void FontFace::index_direct_glyphs() {
  direct_.assign(kDirectCodes, 0);
  for (const auto& [code_point, glyph] : cmap_) {
    if (code_point < kDirectCodes) direct_[code_point] = glyph;
  }
}

std::optional<std::uint16_t> FontFace::glyph(char32_t code_point) const {
  if (code_point < direct_.size()) {
    if (direct_[code_point] == 0) return std::nullopt;
    return direct_[code_point];
  }
  const auto found = std::lower_bound(cmap_.begin(), cmap_.end(), code_point,
                                      [](const std::pair<char32_t, std::uint16_t>& entry,
                                         char32_t code) { return entry.first < code; });
  if (found == cmap_.end() || found->first != code_point) return std::nullopt;
  return found->second;
}

bool FontFace::covers(char32_t code_point) const {
  return glyph(code_point).has_value();
}

double FontFace::advance(char32_t code_point) const {
  return advance_units(code_point) / units_per_em_;
}

std::uint16_t FontFace::advance_units(char32_t code_point) const {
  const std::optional<std::uint16_t> id = glyph(code_point);
  if (!id || *id >= advances_.size()) return 0;  // the parser never keeps such glyphs
  return advances_[*id];
}

double FontFace::kerning(char32_t left, char32_t right) const {
  if (kerning_.empty()) return 0;
  const std::optional<std::uint16_t> first = glyph(left);
  const std::optional<std::uint16_t> second = glyph(right);
  if (!first || !second) return 0;
  return kerning_.adjustment(*first, *second) / units_per_em_;
}

FaceId FontLibrary::load_face(const std::string& path, std::string& error) {
  const std::filesystem::path identity = identity_of(path);
  for (std::size_t id = 0; id < faces_.size(); ++id) {
    if (identity_of(faces_[id]->path()) == identity) return static_cast<FaceId>(id);
  }
  if (faces_.size() >= kMaxFaces) {
    error = fmt::format("{} : plus de {} polices sont déjà chargées, celle-ci est de trop", path,
                        kMaxFaces);
    return -1;
  }
  std::unique_ptr<FontFace> face = FontFace::load(path, error);
  if (!face) return -1;
  faces_.push_back(std::move(face));
  return static_cast<FaceId>(faces_.size() - 1);
}

bool FontLibrary::add_family(std::string name, const std::string& regular,
                             const std::string& italic, const std::string& bold,
                             const std::string& bold_italic, std::string& error) {
  Family family;
  family.name = std::move(name);
  const std::string* paths[4] = {&regular, &italic, &bold, &bold_italic};
  for (std::size_t style = 0; style < 4; ++style) {
    family.faces[style] = load_face(*paths[style], error);
    if (family.faces[style] < 0) return false;
  }
  // A family defined again takes its new faces.
  auto existing = std::find_if(families_.begin(), families_.end(),
                               [&](const Family& known) { return known.name == family.name; });
  if (existing != families_.end()) {
    *existing = std::move(family);
  } else {
    families_.push_back(std::move(family));
  }
  return true;
}

bool FontLibrary::has_family(std::string_view name) const {
  return std::any_of(families_.begin(), families_.end(),
                     [&](const Family& family) { return family.name == name; });
}

FaceId FontLibrary::face_of(std::string_view family_name, FontStyle style) const {
  for (const Family& family : families_) {
    if (family.name == family_name) return family.faces[static_cast<std::size_t>(style)];
  }
  return -1;
}

std::optional<FaceId> FontLibrary::face_for(std::string_view family, FontStyle style,
                                            char32_t code_point) const {
  for (const FaceId candidate : {face_of(family, style), face_of(fallback_, style)}) {
    if (candidate >= 0 && face(candidate).covers(code_point)) return candidate;
  }
  return std::nullopt;
}

bool add_bundled_families(FontLibrary& library, std::string& error) {
  const auto font = [](std::string_view file) {
    return resolve_data_path(std::string("fonts/") + std::string(file));
  };
  if (!library.add_family(std::string(bundled_main_family), font("LivretSans-Regular.ttf"),
                          font("LivretSans-Italic.ttf"), font("LivretSans-Bold.ttf"),
                          font("LivretSans-BoldItalic.ttf"), error)) {
    return false;
  }
  if (!library.add_family(std::string(bundled_fallback_family), font("DejaVuSans.ttf"),
                          font("DejaVuSans-Oblique.ttf"), font("DejaVuSans-Bold.ttf"),
                          font("DejaVuSans-BoldOblique.ttf"), error)) {
    return false;
  }
  library.set_fallback(std::string(bundled_fallback_family));
  return true;
}

}  // namespace typeset
