// An edition's archive, a folder that proves where its files came from:
//   archive/2026-2027/brochure-2026-2027.pdf   PDF/A-3b carrying, as associated
//                                              files, the catalogue, the two
//                                              templates and outil.json
//   archive/2026-2027/flyers/…pdf              PDF/A-1b, as `render` makes them
//   archive/2026-2027/manifest.json            archive_manifest.hpp
// Written through an OutputStaging like every output, so that an archive is
// replaced as a whole or not at all. archive_verify.hpp checks one.
//
//   std::unique_ptr<EditionSetup> setup = prepare_edition(catalogue, …);
//   std::optional<ArchivePlan> plan = plan_archive(catalogue, *setup, sources, dir, diagnostics);
//   stage plan->jobs (produce), then
//   staging.stage(dir / kManifestName, archive_manifest_text(…), "manifest");
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/archive_manifest.hpp"
#include "documents/edition_output.hpp"
#include "documents/edition_setup.hpp"
#include "documents/output_staging.hpp"
#include "pdf/finishing.hpp"

namespace documents {

// "archive/2026-2027": beside out/, one folder per edition.
std::filesystem::path default_archive_directory(std::string_view edition);

// The names the templates have inside the brochure.
inline constexpr std::string_view kEmbeddedBrochureTemplate = "modele-brochure.xml";
inline constexpr std::string_view kEmbeddedFlyerTemplate = "modele-flyer.xml";
// The group of manifest.json in the staging (output_staging.hpp).
inline constexpr std::string_view kManifestGroup = "manifest";

// Whether `directory` may receive an archive: absent, empty, or holding a
// previous archive and nothing else (its manifest.json and the files it
// lists), which the new one replaces.
struct ArchiveFolderCheck {
  std::string error;                   // French; empty when the folder may be used
  std::vector<ArchivedFile> previous;  // the previous archive's files
  bool ok() const { return error.empty(); }
};
ArchiveFolderCheck check_archive_folder(const std::filesystem::path& directory);

// The files carried inside the archive's brochure.
struct EmbeddedSources {
  std::string catalogue_name;  // "2026-2027.xml"
  std::string catalogue;       // its bytes
  std::string brochure_template;
  std::string flyer_template;
  // What the templates include and show (the palette, the logo), by name from
  // the templates' folder ("palette.xml", "images/logo.png"), in name order:
  // put back beside the templates, they are found as when the archive was made.
  std::vector<std::pair<std::string, std::string>> template_files;
};

// Whether `name` may be put back under the templates' folder: relative, and
// never climbing out of it.
bool is_safe_template_file_name(std::string_view name);

struct ArchivePlan {
  std::vector<OutputJob> jobs;  // the brochure first, then the flyers by date
  Provenance provenance;
};

// Hashes every input of `setup` (templates, fonts, hyphenation patterns,
// colour profile) into the provenance, and plans the brochure — PDF/A-3b
// carrying `sources` and outil.json — and the flyers under `directory`.
ArchivePlan plan_archive(const catalogue::Catalogue& catalogue, const EditionSetup& setup,
                         const EmbeddedSources& sources, const std::filesystem::path& directory);

// Reads the catalogue and the templates `setup` loaded, as they will be
// embedded. nullopt after reporting an unreadable file in `diagnostics`.
std::optional<EmbeddedSources> read_embedded_sources(const std::string& catalogue_path,
                                                     const EditionSetup& setup,
                                                     base::Diagnostics& diagnostics);

// manifest.json for what `staging` holds (its files of groups "brochure" and
// "flyers").
std::string archive_manifest_text(const std::string& edition, const Provenance& provenance,
                                  const std::vector<StagedFile>& staged);

}  // namespace documents
