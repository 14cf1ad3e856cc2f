#include "documents/resources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "typeset/data_dir.hpp"

namespace documents {

namespace {

std::string located(const std::string& path, const std::string& data_dir) {
  std::error_code ignored;
  if (std::filesystem::path(path).is_absolute() || std::filesystem::exists(path, ignored)) {
    return path;
  }
  return (std::filesystem::path(data_dir) / path).lexically_normal().string();
}

// Two templates may share a family only if they give it the same files: the
// library holds one family per name.
bool check_shared_families(const typeset::Template& tmpl, const typeset::Template& earlier,
                           base::Diagnostics& diagnostics) {
  bool ok = true;
  for (const typeset::FontFamilySpec& family : tmpl.families) {
    for (const typeset::FontFamilySpec& known : earlier.families) {
      if (family.name != known.name) continue;
      if (family.regular != known.regular || family.italic != known.italic ||
          family.bold != known.bold || family.bold_italic != known.bold_italic) {
        diagnostics.error(tmpl.source_file, {},
                          fmt::format("la famille de polices « {} » est déjà définie avec "
                                      "d'autres fichiers dans {}",
                                      family.name, earlier.source_file));
        ok = false;
      }
    }
  }
  if (!tmpl.fallback_family.empty() && !earlier.fallback_family.empty() &&
      tmpl.fallback_family != earlier.fallback_family) {
    diagnostics.error(
        tmpl.source_file, {},
        fmt::format("la police de secours « {} » diffère de celle de {} (« {} ») : "
                    "tous les documents partagent la même",
                    tmpl.fallback_family, earlier.source_file, earlier.fallback_family));
    ok = false;
  }
  return ok;
}

}  // namespace

const typeset::Template* Resources::find_template(std::string_view requested_path) const {
  auto found = templates_.find(requested_path);
  return found == templates_.end() ? nullptr : &found->second;
}

typeset::TextContext Resources::text_context(std::string source_file,
                                             base::Diagnostics& diagnostics) const {
  typeset::TextContext context{&fonts_, hyphenator(), std::move(source_file), &diagnostics};
  context.missing_characters = missing_characters_;
  context.cache = paragraphs_.get();
  return context;
}

std::vector<std::string> Resources::families() const {
  std::vector<std::string> names;
  for (const auto& [path, tmpl] : templates_) {
    for (const typeset::FontFamilySpec& family : tmpl.families) {
      if (std::find(names.begin(), names.end(), family.name) == names.end()) {
        names.push_back(family.name);
      }
    }
  }
  return names;
}

std::vector<std::string> Resources::template_files() const {
  std::vector<std::string> files;
  for (const auto& [path, tmpl] : templates_) {
    for (const typeset::TemplateFile& file : tmpl.files) {
      if (std::find(files.begin(), files.end(), file.path) == files.end()) {
        files.push_back(file.path);
      }
    }
  }
  return files;
}

std::optional<Resources> load_resources(const ResourceRequest& request,
                                        base::Diagnostics& diagnostics) {
  const std::string data_dir = request.data_dir.empty() ? typeset::data_dir() : request.data_dir;
  Resources resources;
  resources.missing_characters_ = request.missing_characters;
  bool ok = true;
  std::vector<const typeset::Template*> loaded;
  for (const std::string& path : request.template_paths) {
    if (resources.templates_.count(path) != 0) continue;
    typeset::TemplateResult result = typeset::load_template(located(path, data_dir));
    diagnostics.append(std::move(result.diagnostics));
    if (!result.value) {
      ok = false;
      continue;
    }
    for (const typeset::Template* earlier : loaded) {
      ok = check_shared_families(*result.value, *earlier, diagnostics) && ok;
    }
    auto [slot, inserted] = resources.templates_.emplace(path, std::move(*result.value));
    loaded.push_back(&slot->second);
    ok = typeset::load_template_fonts(slot->second, data_dir, resources.fonts_, diagnostics) && ok;
  }
  if (!request.hyphenation_patterns.empty()) {
    std::string error;
    resources.hyphenator_ = typeset::Hyphenator::load(request.hyphenation_patterns, error);
    if (!resources.hyphenator_) {
      diagnostics.error(request.hyphenation_patterns, {},
                        fmt::format("motifs de césure illisibles : {}", error));
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return resources;
}

}  // namespace documents
