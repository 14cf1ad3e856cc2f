#include "documents/archive_verify.hpp"

#include <fmt/format.h>
#include <stdlib.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "base/file_reading.hpp"
#include "catalogue/reader.hpp"
#include "documents/archive.hpp"
#include "documents/parallel_ordered.hpp"
#include "documents/sha256.hpp"
#include "pdf/atomic_file.hpp"
#include "pdf/finishing.hpp"

namespace documents {
namespace {

// An archived catalogue was accepted once, whatever limits its run raised:
// verify reads it with the widest ones.
constexpr catalogue::CatalogueLimits kArchivedLimits = {.max_sessions = catalogue::kMostSessions,
                                                        .max_megabytes = catalogue::kMostMegabytes};

namespace fs = std::filesystem;

// A private folder for the extracted templates, removed with its content.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "brochure-verification-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

bool write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

const InputDigest* find_input(const Provenance& provenance, std::string_view role,
                              std::string_view name) {
  for (const InputDigest& input : provenance.inputs)
    if (input.role == role && input.name == name) return &input;
  return nullptr;
}

// How an input is named in a sentence, with the agreements French needs.
struct RoleWords {
  std::string_view the;       // "la police"
  std::string_view that_one;  // "celle"
  std::string_view is;        // "est" / "sont"
  std::string_view used;      // "utilisée"
};

RoleWords words_for(const std::string& role) {
  if (role == "font") return {"la police", "celle", "est", "utilisée"};
  if (role == "hyphenation") return {"les motifs de césure", "ceux", "sont", "utilisés"};
  if (role == "colour-profile") return {"le profil de couleurs", "celui", "est", "utilisé"};
  return {"le fichier", "celui", "est", "utilisé"};
}

class Verifier {
 public:
  Verifier(fs::path directory, int jobs) : directory_(std::move(directory)), jobs_(jobs) {}

  VerifyReport run() {
    std::error_code error;
    if (!fs::is_directory(directory_, error)) {
      altered("", "ce dossier n'existe pas (ou n'est pas un dossier)");
      return std::move(report_);
    }
    if (!read_manifest()) return std::move(report_);
    check_files();
    if (extract_sources()) render_again();
    report_mismatches();
    return std::move(report_);
  }

 private:
  std::string name_of(const std::string& relative) const {
    return relative.empty() ? directory_.string() : (directory_ / relative).string();
  }
  void altered(const std::string& relative, std::string message, base::SourcePosition at = {}) {
    report_.diagnostics.error(name_of(relative), at, std::move(message));
  }
  void elsewhere(const std::string& relative, std::string message) {
    report_.diagnostics.warning(name_of(relative), {}, std::move(message));
  }

  bool read_manifest() {
    const std::string manifest_name(kManifestName);
    const std::optional<std::string> text = base::read_file_bytes(directory_ / manifest_name);
    if (!text) {
      altered(manifest_name,
              "manifest.json manque : ce dossier n'est pas une archive de brochure, ou elle est "
              "incomplète");
      return false;
    }
    ManifestReadResult read = documents::read_manifest(*text);
    if (!read.manifest) {
      altered(manifest_name, "manifest.json a été modifié ou abîmé : " + read.error,
              {read.line, read.column});
      return false;
    }
    manifest_ = std::move(*read.manifest);
    report_.files_listed = manifest_.files.size();
    if (const int line = first_noncanonical_line(*text, manifest_); line != 0) {
      altered(manifest_name,
              "manifest.json a été modifié après l'archivage (il n'est plus tel que brochure "
              "l'a écrit)",
              {line, 1});
    }
    return true;
  }

  void check_files() {
    std::set<std::string> listed{std::string(kManifestName)};
    for (const ArchivedFile& file : manifest_.files) {
      listed.insert(file.path);
      const fs::path path = directory_ / file.path;
      const std::optional<std::string> bytes = base::read_file_bytes(path);
      std::error_code error;
      if (!bytes || !fs::is_regular_file(path, error)) {
        altered(file.path, "fichier manquant (le manifeste le liste)");
        continue;
      }
      if (bytes->size() != file.size || sha256_hex(*bytes) != file.sha256) {
        // Said after rendering again, which tells which of the two changed.
        mismatched_[file.path] = std::move(*bytes);
        continue;
      }
      ++report_.files_intact;
      archived_[file.path] = std::move(*bytes);
    }
    std::error_code error;
    for (auto entry = fs::recursive_directory_iterator(directory_, error);
         entry != fs::recursive_directory_iterator(); entry.increment(error)) {
      if (entry->is_directory(error)) continue;
      const std::string relative = entry->path().lexically_relative(directory_).generic_string();
      if (listed.contains(relative)) continue;
      if (pdf::temporary_file_owner(entry->path().filename().string())) {
        altered(relative,
                "fichier temporaire d'une écriture interrompue : l'archive est incomplète");
      } else {
        altered(relative, "fichier étranger à l'archive (le manifeste ne le liste pas)");
      }
    }
  }

  // The brochure's associated files, checked against the manifest.
  bool extract_sources() {
    const ArchivedFile* brochure = nullptr;
    for (const ArchivedFile& file : manifest_.files)
      if (file.kind == output_group(OutputJob::Kind::brochure)) brochure = &file;
    if (brochure == nullptr) {
      altered(std::string(kManifestName), "le manifeste ne liste aucune brochure");
      return false;
    }
    brochure_ = brochure->path;
    std::optional<std::string> bytes = base::read_file_bytes(directory_ / brochure_);
    if (!bytes) return false;  // already reported as missing
    std::string error;
    const std::vector<pdf::AssociatedFile> files = pdf::read_associated_files(*bytes, error);
    if (!error.empty()) {
      altered(brochure_, "impossible d'en extraire les fichiers incorporés : " + error);
      return false;
    }
    const Provenance& provenance = manifest_.provenance;
    const auto find = [&](std::string_view name) -> const std::string* {
      for (const pdf::AssociatedFile& file : files)
        if (file.name == name) return &file.bytes;
      altered(brochure_, fmt::format("le fichier incorporé « {} » manque", name));
      return nullptr;
    };
    const std::string* catalogue = find(provenance.source_name);
    const std::string* brochure_template = find(kEmbeddedBrochureTemplate);
    const std::string* flyer_template = find(kEmbeddedFlyerTemplate);
    const std::string* description = find(kToolDescriptionName);
    if (!catalogue || !brochure_template || !flyer_template || !description) return false;

    bool ok = true;
    if (sha256_hex(*catalogue) != provenance.source_sha256) {
      altered(brochure_, fmt::format("le catalogue incorporé « {} » a été modifié : son empreinte "
                                     "n'est plus celle du manifeste",
                                     provenance.source_name));
      ok = false;
    }
    for (const auto& [name, bytes_of] : {std::pair{kEmbeddedBrochureTemplate, brochure_template},
                                         std::pair{kEmbeddedFlyerTemplate, flyer_template}}) {
      const InputDigest* recorded = find_input(provenance, "template", name);
      if (recorded == nullptr || recorded->sha256 != sha256_hex(*bytes_of)) {
        altered(brochure_, fmt::format("le modèle incorporé « {} » a été modifié : son empreinte "
                                       "n'est plus celle du manifeste",
                                       name));
        ok = false;
      }
    }
    const ProvenanceReadResult embedded = read_provenance(*description);
    if (!embedded.provenance) {
      altered(brochure_, fmt::format("la description incorporée « {} » est illisible : {}",
                                     kToolDescriptionName, embedded.error));
      ok = false;
    } else if (!(*embedded.provenance == provenance)) {
      altered(std::string(kManifestName),
              fmt::format("manifest.json ne dit pas ce que dit la description incorporée à la "
                          "brochure ({}) : l'un des deux a été modifié",
                          kToolDescriptionName));
      ok = false;
    }
    sources_ = {provenance.source_name, *catalogue, *brochure_template, *flyer_template, {}};
    // The files the templates include and show, as recorded.
    for (const InputDigest& input : provenance.inputs) {
      if (input.role != "template" || input.name == kEmbeddedBrochureTemplate ||
          input.name == kEmbeddedFlyerTemplate) {
        continue;
      }
      const std::string* bytes = find(input.name);
      if (bytes == nullptr) {
        ok = false;
        continue;
      }
      if (!is_safe_template_file_name(input.name) || sha256_hex(*bytes) != input.sha256) {
        altered(brochure_, fmt::format("le fichier incorporé « {} » a été modifié : son "
                                       "empreinte n'est plus celle du manifeste",
                                       input.name));
        ok = false;
        continue;
      }
      sources_.template_files.emplace_back(input.name, *bytes);
    }
    return ok;
  }

  // Differences between the archive's provenance and this program's.
  void compare_environment(const Provenance& here) {
    const Provenance& there = manifest_.provenance;
    if (there.tool_version != here.tool_version) {
      elsewhere("", fmt::format("archive faite par brochure {} ; ce programme est brochure {}",
                                there.tool_version, here.tool_version));
    }
    for (const auto& [library, version] : there.libraries) {
      std::string current = "absente";
      for (const auto& [name, value] : here.libraries)
        if (name == library) current = value;
      if (current != version) {
        elsewhere("", fmt::format("archive faite avec {} {} ; ici {} {}", library, version, library,
                                  current));
      }
    }
    for (const InputDigest& input : there.inputs) {
      if (input.role == "template") continue;  // carried inside: checked above
      const RoleWords words = words_for(input.role);
      const InputDigest* current = find_input(here, input.role, input.name);
      if (current == nullptr) {
        elsewhere("", fmt::format("{} « {} » de l'archive n'{} pas {} ici", words.the, input.name,
                                  words.is, words.used));
      } else if (current->sha256 != input.sha256) {
        elsewhere("", fmt::format("{} « {} » n'{} pas {} de l'archive (autre empreinte SHA-256)",
                                  words.the, input.name, words.is, words.that_one));
      }
    }
    for (const InputDigest& input : here.inputs) {
      if (input.role == "template") continue;
      const RoleWords words = words_for(input.role);
      if (find_input(there, input.role, input.name) == nullptr)
        elsewhere("", fmt::format("{} « {} » n'{} pas {} par l'archive", words.the, input.name,
                                  words.is == "est" ? "était" : "étaient", words.used));
    }
  }

  bool made_elsewhere() const { return report_.diagnostics.warning_count() > 0; }

  void render_again() {
    const Provenance& provenance = manifest_.provenance;
    const std::string origin = provenance.source_name + " (incorporé à " + brochure_ + ")";
    catalogue::LoadResult loaded =
        catalogue::load_catalogue_from_string(sources_.catalogue, origin, kArchivedLimits);
    ScratchFolder scratch;
    const fs::path brochure_template = scratch.path() / kEmbeddedBrochureTemplate;
    const fs::path flyer_template = scratch.path() / kEmbeddedFlyerTemplate;
    bool extracted = !scratch.path().empty() &&
                     write_bytes(brochure_template, sources_.brochure_template) &&
                     write_bytes(flyer_template, sources_.flyer_template);
    for (const auto& [name, bytes] : sources_.template_files) {
      std::error_code ignored;
      fs::create_directories((scratch.path() / name).parent_path(), ignored);
      extracted = extracted && write_bytes(scratch.path() / name, bytes);
    }
    if (!extracted) {
      altered("", "impossible d'extraire les modèles dans un dossier temporaire");
      return;
    }
    base::Diagnostics diagnostics;
    std::unique_ptr<EditionSetup> setup;
    if (loaded.value) {
      setup = prepare_edition(*loaded.value, brochure_template.string(), flyer_template.string(),
                              diagnostics);
    }
    if (!loaded.value || !setup) {
      const base::Diagnostics& problems = loaded.value ? diagnostics : loaded.diagnostics;
      std::string first = "raison inconnue";
      for (const base::Diagnostic& item : problems.items()) {
        if (item.severity == base::Severity::error) {
          first = item.message;
          break;
        }
      }
      elsewhere("", "le catalogue incorporé ne peut pas être rendu à nouveau ici : " + first);
      return;
    }
    setup->inputs.write_options.date = provenance.date;
    setup->date_origin = provenance.date_origin;

    const ArchivePlan plan = plan_archive(*loaded.value, *setup, sources_, directory_);
    compare_environment(plan.provenance);
    report_.rendered_again = true;

    std::set<std::string> rendered;
    run_ordered<RenderedOutput>(
        plan.jobs.size(), effective_jobs(jobs_, plan.jobs.size()),
        [&](std::size_t index) { return render_output(plan.jobs[index], setup->inputs); },
        [&](std::size_t index, RenderedOutput& output) {
          const std::string relative =
              plan.jobs[index].path.lexically_relative(directory_).generic_string();
          rendered.insert(relative);
          compare(relative, output);
        });
    for (const ArchivedFile& file : manifest_.files) {
      if (!rendered.contains(file.path)) {
        altered(file.path, "le catalogue incorporé ne produit pas ce fichier");
      }
    }
  }

  // A file that does not match its line of the manifest: if the catalogue
  // inside the brochure gives exactly this file again, the manifest's line
  // was changed; otherwise the file was.
  void report_mismatches() {
    for (const auto& [relative, bytes] : mismatched_) {
      const auto rendered = rendered_.find(relative);
      if (rendered != rendered_.end() && rendered->second == bytes && !made_elsewhere()) {
        altered(std::string(kManifestName),
                fmt::format("manifest.json a été modifié : l'empreinte ou la taille qu'il donne "
                            "pour « {} » n'est plus la bonne (le fichier, lui, est bien celui "
                            "que refait le catalogue incorporé)",
                            relative));
        continue;
      }
      const ArchivedFile* listed = nullptr;
      for (const ArchivedFile& file : manifest_.files)
        if (file.path == relative) listed = &file;
      if (listed != nullptr && listed->size != bytes.size()) {
        altered(relative, fmt::format("fichier modifié : {} octets au lieu des {} que donne "
                                      "manifest.json",
                                      bytes.size(), listed->size));
      } else {
        altered(relative,
                "fichier modifié : son contenu ne correspond plus à l'empreinte SHA-256 que "
                "donne manifest.json");
      }
    }
  }

  void compare(const std::string& relative, const RenderedOutput& output) {
    if (mismatched_.contains(relative)) {
      if (!output.result.diagnostics.has_errors()) rendered_[relative] = output.bytes;
      return;
    }
    const auto archived = archived_.find(relative);
    bool listed = false;
    for (const ArchivedFile& file : manifest_.files) listed = listed || file.path == relative;
    if (!listed) {
      altered("", fmt::format("le catalogue incorporé produit « {} », que l'archive n'a pas",
                              relative));
      return;
    }
    if (archived == archived_.end()) return;  // missing or altered: already said
    if (output.result.diagnostics.has_errors() || output.bytes != archived->second) {
      if (made_elsewhere()) return;  // expected, and said once above
      altered(relative,
              "rendu à nouveau à partir du catalogue incorporé, il ne redonne pas les mêmes "
              "octets : l'archive ne provient pas de ce catalogue tel qu'il est incorporé");
      return;
    }
    ++report_.files_reproduced;
  }

  fs::path directory_;
  int jobs_;
  VerifyReport report_;
  ArchiveManifest manifest_;
  std::map<std::string, std::string> archived_;    // intact files' bytes, by path
  std::map<std::string, std::string> mismatched_;  // files that differ from their manifest line
  std::map<std::string, std::string> rendered_;    // rendered again, for those files
  std::string brochure_;
  EmbeddedSources sources_;
};

}  // namespace

VerifyReport::Status VerifyReport::status() const {
  if (diagnostics.has_errors()) return Status::altered;
  if (files_reproduced != files_listed) return Status::elsewhere;
  return Status::reproduced;  // even if made elsewhere: the bytes came out the same
}

VerifyReport verify_archive(const fs::path& directory, int jobs) {
  return Verifier(directory, jobs).run();
}

}  // namespace documents
