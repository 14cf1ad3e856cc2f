#include "documents/archive.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/file_reading.hpp"
#include "documents/sha256.hpp"
#include "pdf/atomic_file.hpp"
#include "typeset/data_dir.hpp"

namespace documents {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kArchiveRoot = "archive";

// "fonts/LivretSans-Regular.ttf" for a file under the data directory; the
// path as it is otherwise. The same on every machine with the same layout.
std::string data_name(const std::string& path) {
  const fs::path relative = fs::path(path).lexically_normal().lexically_relative(
      fs::path(typeset::data_dir()).lexically_normal());
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return path;
}

InputDigest digest_of_file(std::string role, const std::string& path) {
  return {std::move(role), data_name(path), sha256_of_file(path).value_or("illisible")};
}

std::vector<InputDigest> input_digests(const EditionSetup& setup, const EmbeddedSources& sources) {
  std::vector<InputDigest> inputs;
  inputs.push_back(
      {"template", std::string(kEmbeddedBrochureTemplate), sha256_hex(sources.brochure_template)});
  inputs.push_back(
      {"template", std::string(kEmbeddedFlyerTemplate), sha256_hex(sources.flyer_template)});
  for (const auto& [name, bytes] : sources.template_files)
    inputs.push_back({"template", name, sha256_hex(bytes)});
  std::set<std::string> fonts;  // sorted, each file once
  const typeset::FontLibrary& library = setup.resources.fonts();
  for (std::size_t face = 0; face < library.face_count(); ++face)
    fonts.insert(library.face(static_cast<typeset::FaceId>(face)).path());
  for (const std::string& font : fonts) inputs.push_back(digest_of_file("font", font));
  inputs.push_back(digest_of_file("hyphenation", std::string(typeset::kFrenchPatterns)));
  inputs.push_back(
      digest_of_file("colour-profile", typeset::resolve_data_path(pdf::kSrgbProfilePath)));
  return inputs;
}

std::string media_type(const std::string& name) {
  const std::string extension = fs::path(name).extension().string();
  if (extension == ".png" || extension == ".PNG") return "image/png";
  if (extension == ".jpg" || extension == ".jpeg" || extension == ".JPG") return "image/jpeg";
  return "application/xml";
}

std::vector<pdf::AssociatedFile> embedded_files(const EmbeddedSources& sources,
                                                const Provenance& provenance) {
  std::vector<pdf::AssociatedFile> files = {
      {sources.catalogue_name, "Le catalogue XML dont cette brochure et ses flyers sont faits",
       "application/xml", "Source", sources.catalogue},
      {std::string(kEmbeddedBrochureTemplate), "Le modèle de mise en page de la brochure",
       "application/xml", "Source", sources.brochure_template},
      {std::string(kEmbeddedFlyerTemplate), "Le modèle de mise en page des flyers",
       "application/xml", "Source", sources.flyer_template},
      {std::string(kToolDescriptionName),
       "Le programme, ses bibliothèques, la date et les empreintes des fichiers qui ont fait ce "
       "PDF",
       "application/json", "Source", provenance_json(provenance)},
  };
  for (const auto& [name, bytes] : sources.template_files) {
    files.push_back({name, "Un fichier que les modèles incluent ou montrent (palette, logo)",
                     media_type(name), "Source", bytes});
  }
  return files;
}

}  // namespace

fs::path default_archive_directory(std::string_view edition) {
  return fs::path(kArchiveRoot) / std::string(edition);
}

ArchiveFolderCheck check_archive_folder(const fs::path& directory) {
  ArchiveFolderCheck check;
  std::error_code error;
  if (!fs::exists(directory, error)) return check;
  if (!fs::is_directory(directory, error)) {
    check.error = fmt::format("« {} » existe et n'est pas un dossier", directory.string());
    return check;
  }
  std::set<std::string> allowed;
  if (const std::optional<std::string> text = base::read_file_bytes(directory / kManifestName)) {
    const ManifestReadResult previous = read_manifest(*text);
    if (previous.manifest) {
      allowed.insert(std::string(kManifestName));
      for (const ArchivedFile& file : previous.manifest->files) {
        allowed.insert(file.path);
        check.previous.push_back(file);
      }
    }
  }
  std::vector<std::string> foreign;
  for (auto entry = fs::recursive_directory_iterator(directory, error);
       entry != fs::recursive_directory_iterator(); entry.increment(error)) {
    if (entry->is_directory(error)) continue;
    const std::string relative = entry->path().lexically_relative(directory).generic_string();
    // A killed run's temporaries: the staging removes them.
    if (pdf::temporary_file_owner(entry->path().filename().string())) continue;
    if (!allowed.contains(relative)) foreign.push_back(relative);
  }
  if (foreign.empty()) return check;
  std::sort(foreign.begin(), foreign.end());
  std::string names;
  for (std::size_t i = 0; i < std::min<std::size_t>(3, foreign.size()); ++i)
    names += (i == 0 ? "" : ", ") + foreign[i];
  if (foreign.size() > 3) names += fmt::format(" et {} autres", foreign.size() - 3);
  check.error = fmt::format(
      "le dossier d'archive « {} » existe et contient des fichiers qui ne sont pas d'une archive "
      "de brochure ({}) : choisissez un dossier vide ou nouveau avec --out",
      directory.string(), names);
  check.previous.clear();
  return check;
}

std::optional<EmbeddedSources> read_embedded_sources(const std::string& catalogue_path,
                                                     const EditionSetup& setup,
                                                     base::Diagnostics& diagnostics) {
  EmbeddedSources sources;
  sources.catalogue_name = fs::path(catalogue_path).filename().string();
  // Beside the templates and outil.json, under a name of its own.
  if (sources.catalogue_name == kEmbeddedBrochureTemplate ||
      sources.catalogue_name == kEmbeddedFlyerTemplate ||
      sources.catalogue_name == kToolDescriptionName)
    sources.catalogue_name = "catalogue-" + sources.catalogue_name;
  const auto read = [&](const std::string& path, std::string& bytes) {
    std::optional<std::string> content = base::read_file_bytes(path);
    if (!content) {
      diagnostics.error(path, {}, "fichier illisible : impossible de l'incorporer à l'archive");
      return false;
    }
    bytes = std::move(*content);
    return true;
  };
  bool ok = read(catalogue_path, sources.catalogue);
  ok = read(setup.inputs.brochure_template->source_file, sources.brochure_template) && ok;
  ok = read(setup.inputs.flyer_template->source_file, sources.flyer_template) && ok;
  // Each file a template includes or shows, once by name (both templates
  // include the palette). One named out of the templates' folder cannot be put
  // back: verify then uses what it finds, and says so if it differs.
  std::map<std::string, std::string> companions;
  const auto add = [&](const std::string& name, const std::string& path) {
    if (!is_safe_template_file_name(name) || companions.count(name) != 0) return;
    if (name == kEmbeddedBrochureTemplate || name == kEmbeddedFlyerTemplate) return;
    ok = read(path, companions[name]) && ok;
  };
  for (const typeset::Template* tmpl :
       {setup.inputs.brochure_template, setup.inputs.flyer_template}) {
    for (std::size_t i = 1; i < tmpl->files.size(); ++i)
      add(tmpl->files[i].name, tmpl->files[i].path);
    for (const auto& [slot, image] : tmpl->images) add(image.name, image.path);
  }
  if (!ok) return std::nullopt;
  sources.template_files.assign(companions.begin(), companions.end());
  return sources;
}

bool is_safe_template_file_name(std::string_view name) {
  const fs::path path(name);
  if (name.empty() || path.is_absolute() || path.has_root_name()) return false;
  for (const fs::path& part : path) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

ArchivePlan plan_archive(const catalogue::Catalogue& catalogue, const EditionSetup& setup,
                         const EmbeddedSources& sources, const fs::path& directory) {
  ArchivePlan plan;
  Provenance& provenance = plan.provenance;
  provenance.tool_version = BROCHURE_VERSION;
  provenance.libraries = pdf::pdf_library_versions();
  provenance.date = setup.inputs.write_options.date.value_or(0);
  provenance.date_origin = setup.date_origin;
  provenance.source_name = sources.catalogue_name;
  provenance.source_size = sources.catalogue.size();
  provenance.source_sha256 = sha256_hex(sources.catalogue);
  provenance.inputs = input_digests(setup, sources);

  const EditionPaths paths{directory};
  plan.jobs = plan_edition(catalogue, catalogue::sessions_by_date(catalogue), paths, true, true);
  plan.jobs.front().finishing =
      std::make_shared<const pdf::FinishingProfile>(pdf::FinishingProfile::archive(
          embedded_files(sources, provenance), setup.inputs.write_options.finishing.output_intent));
  return plan;
}

std::string archive_manifest_text(const std::string& edition, const Provenance& provenance,
                                  const std::vector<StagedFile>& staged) {
  ArchiveManifest manifest;
  manifest.edition = edition;
  manifest.provenance = provenance;
  for (const StagedFile& file : staged) {
    if (file.group == kManifestGroup) continue;
    manifest.files.push_back({file.relative, file.group, file.size, file.sha256});
  }
  // Staged in whatever order the threads finished: listed by path.
  std::sort(manifest.files.begin(), manifest.files.end(),
            [](const ArchivedFile& a, const ArchivedFile& b) { return a.path < b.path; });
  return manifest_json(manifest);
}

}  // namespace documents
