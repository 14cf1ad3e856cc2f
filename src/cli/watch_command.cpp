// brochure watch FICHIER: renders the edition, then again each time the
// catalogue or a template (or what it includes: the palette, the logo) is
// saved — one line per render with its time. A catalogue with errors leaves
// the last good PDFs as they are. Only what changed is laid out again: an
// edit inside one course re-renders the brochure and that course's flyers;
// the catalogue's header, the list of sessions or a template changed, the
// whole edition.
#include <fmt/format.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "base/file_reading.hpp"
#include "catalogue/reader.hpp"
#include "cli/catalogue_loading.hpp"
#include "cli/commands.hpp"
#include "cli/edition_writing.hpp"
#include "cli/plural.hpp"
#include "documents/edition_output.hpp"
#include "documents/output_paths.hpp"
#include "documents/sha256.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;

// Quiet time after a change before rendering: an editor's save is often a
// burst (write to a temporary, rename, change the mode).
constexpr int kSettleMilliseconds = 150;

std::string time_of_day_now() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return fmt::format("{:02}:{:02}:{:02}", local.tm_hour, local.tm_min, local.tm_sec);
}

// What each file of the edition depends on, as fingerprints: a flyer on its
// course's text and on the catalogue outside the courses (edition, publisher,
// operators, registration…); every file on the templates.
struct Fingerprints {
  std::string edition;
  std::string templates;
  std::string header;
  std::map<std::string, std::string> course_of_session;  // session code → its course's text
  std::map<std::string, fs::path> flyer_of_session;      // session code → its flyer's path
};

// Splits the catalogue's text into its courses' spans (each from its '<' to
// the next course or the end of its section) and the rest.
void fingerprint_catalogue(const std::string& text, Fingerprints& prints) {
  pugi::xml_document document;
  if (!document.load_buffer(text.data(), text.size())) {
    prints.header = documents::sha256_hex(text);
    return;
  }
  struct Span {
    std::size_t begin;
    std::size_t end;
    std::vector<std::string> codes;
  };
  std::vector<Span> spans;
  const pugi::xml_node root = document.document_element();
  std::vector<pugi::xml_node> sections;
  for (pugi::xml_node section : root.children("section")) sections.push_back(section);
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const std::size_t section_end =
        s + 1 < sections.size() ? static_cast<std::size_t>(sections[s + 1].offset_debug()) - 1
                                : text.rfind("</catalogue>");
    std::vector<pugi::xml_node> courses;
    for (pugi::xml_node course : sections[s].children("course")) courses.push_back(course);
    for (std::size_t c = 0; c < courses.size(); ++c) {
      Span span{static_cast<std::size_t>(courses[c].offset_debug()) - 1,
                c + 1 < courses.size() ? static_cast<std::size_t>(courses[c + 1].offset_debug()) - 1
                                       : section_end,
                {}};
      for (pugi::xml_node session : courses[c].children("session"))
        span.codes.emplace_back(session.attribute("code").value());
      spans.push_back(std::move(span));
    }
  }
  std::string outside;
  std::size_t copied = 0;
  for (const Span& span : spans) {
    if (span.begin < copied || span.end > text.size() || span.end < span.begin) continue;
    outside.append(text, copied, span.begin - copied);
    const std::string hash =
        documents::sha256_hex(std::string_view(text).substr(span.begin, span.end - span.begin));
    for (const std::string& code : span.codes) prints.course_of_session[code] = hash;
    copied = span.end;
  }
  outside.append(text, copied);
  prints.header = documents::sha256_hex(outside);
}

// Every file the templates read (the templates, what they include, the
// images they show), for the fingerprint and for watching.
std::vector<std::string> template_inputs(const documents::Resources& resources,
                                         const std::vector<std::string>& requested) {
  std::vector<std::string> files = resources.template_files();
  for (const std::string& path : requested) {
    const typeset::Template* loaded = resources.find_template(path);
    if (loaded == nullptr) continue;
    for (const auto& [name, image] : loaded->images) files.push_back(image.path);
  }
  return files;
}

std::string fingerprint_files(const std::vector<std::string>& files) {
  std::string all;
  for (const std::string& file : files) {
    all += file + '\0' + documents::sha256_of_file(file).value_or("absent") + '\n';
  }
  return documents::sha256_hex(all);
}

// The files to watch, by folder: editors save by writing a new file and
// renaming it over the old one, which only the folder sees.
class FolderWatch {
 public:
  FolderWatch() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}
  ~FolderWatch() {
    if (fd_ >= 0) ::close(fd_);
  }
  FolderWatch(const FolderWatch&) = delete;
  FolderWatch& operator=(const FolderWatch&) = delete;
  bool ok() const { return fd_ >= 0; }

  // Watches exactly these files from now on.
  void watch(const std::vector<std::string>& files) {
    std::set<std::string> folders;
    names_.clear();
    for (const std::string& file : files) {
      const fs::path path = fs::absolute(file).lexically_normal();
      folders.insert(path.parent_path().string());
      names_.insert(path.string());
    }
    for (const std::string& folder : folders) {
      if (by_folder_.count(folder) != 0) continue;
      const int descriptor = ::inotify_add_watch(
          fd_, folder.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE);
      if (descriptor >= 0) {
        by_folder_[folder] = descriptor;
        folder_of_[descriptor] = folder;
      }
    }
  }

  // True when a watched file changed within `timeout_ms` (then waits until
  // the changes settle); false on a timeout.
  bool wait_for_change(int timeout_ms) {
    if (!changed_within(timeout_ms)) return false;
    while (changed_within(kSettleMilliseconds)) {
    }
    return true;
  }

 private:
  bool changed_within(int timeout_ms) {
    pollfd ready{fd_, POLLIN, 0};
    if (::poll(&ready, 1, timeout_ms) <= 0) return false;
    alignas(inotify_event) char buffer[16 * 1024];
    bool relevant = false;
    for (;;) {
      const ssize_t length = ::read(fd_, buffer, sizeof buffer);
      if (length <= 0) break;
      for (ssize_t at = 0; at < length;) {
        const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
        const auto folder = folder_of_.find(event->wd);
        if (folder != folder_of_.end() && event->len > 0) {
          const std::string path = (fs::path(folder->second) / event->name).string();
          relevant = relevant || names_.count(path) != 0;
        }
        at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      }
    }
    return relevant;
  }

  int fd_ = -1;
  std::set<std::string> names_;
  std::map<std::string, int> by_folder_;
  std::map<int, std::string> folder_of_;
};

// One render: the whole edition, or the brochure and the flyers whose inputs
// changed since `previous`. Prints its line; returns the new fingerprints
// when it wrote the files.
std::optional<Fingerprints> render_once(const WatchOptions& options,
                                        const std::optional<Fingerprints>& previous,
                                        const documents::InterruptionWatch& interruptions,
                                        std::vector<std::string>& watched, std::ostream& out,
                                        std::ostream& err) {
  const Clock::time_point start = Clock::now();
  watched = {options.catalogue_path, options.template_path, options.flyer_template_path,
             std::string(kAgendaTemplate)};
  const std::optional<std::string> text = base::read_file_bytes(options.catalogue_path);
  catalogue::LoadResult loaded =
      text ? catalogue::load_catalogue_from_string(*text, options.catalogue_path, options.limits)
           : catalogue::load_catalogue(options.catalogue_path, options.limits);
  if (!loaded.ok()) {
    report_diagnostics(loaded.diagnostics, err);
    out << fmt::format("{} {} : {} ; les PDF précédents sont gardés\n", time_of_day_now(),
                       options.catalogue_path,
                       count_of(loaded.diagnostics.error_count(), "erreur", "erreurs"));
    return std::nullopt;
  }
  const catalogue::Catalogue& catalogue = *loaded.value;

  base::Diagnostics diagnostics;
  const documents::EditionTemplates templates{.brochure = options.template_path,
                                              .flyer = options.flyer_template_path,
                                              .agenda = std::string(kAgendaTemplate)};
  const std::unique_ptr<Preparation> preparation = documents::prepare_edition(
      catalogue, templates, diagnostics, layout_rule(options.missing_characters));
  if (preparation) {
    for (const std::string& file :
         template_inputs(preparation->resources, {templates.brochure, templates.flyer}))
      watched.push_back(file);
  }
  if (!preparation || diagnostics.has_errors()) {
    report_diagnostics(diagnostics, err);
    out << fmt::format("{} {} : les PDF précédents sont gardés\n", time_of_day_now(),
                       count_of(diagnostics.error_count(), "erreur", "erreurs"));
    return std::nullopt;
  }

  const documents::EditionPaths paths{options.output_directory.empty()
                                          ? documents::default_edition_directory(catalogue.edition)
                                          : fs::path(options.output_directory)};
  Fingerprints now;
  now.edition = catalogue.edition;
  // The templates and what they read: every watched file but the catalogue (the first).
  now.templates = fingerprint_files(std::vector<std::string>(watched.begin() + 1, watched.end()));
  fingerprint_catalogue(text.value_or(""), now);
  for (const catalogue::SessionRef& ref : preparation->inputs.sessions)
    now.flyer_of_session[ref.session->code] = paths.flyer(ref.session->code, ref.course->title);

  const bool everything = !previous || previous->edition != now.edition ||
                          previous->templates != now.templates || previous->header != now.header ||
                          previous->flyer_of_session != now.flyer_of_session;
  documents::EditionPlan plan;
  plan.calendars = true;
  std::vector<documents::OutputJob> jobs;
  std::vector<std::string> remade;
  for (documents::OutputJob& job :
       documents::plan_edition(catalogue, preparation->inputs.sessions, paths, plan)) {
    if (job.kind == documents::OutputJob::Kind::flyer && !everything) {
      const std::string& code = job.session.session->code;
      const auto before = previous->course_of_session.find(code);
      if (before != previous->course_of_session.end() &&
          before->second == now.course_of_session[code])
        continue;
      remade.push_back(code);
    }
    jobs.push_back(std::move(job));
  }
  if (!everything && remade.empty()) {  // saved without a change that shows
    jobs.clear();
  }
  if (jobs.empty()) {
    out << fmt::format("{} aucun changement à rendre\n", time_of_day_now());
    return now;
  }

  documents::OutputStaging staging(paths.directory);
  std::ostringstream files;  // one line per file: not for a watch
  if (!open_staging(staging, paths.directory, files, err)) return std::nullopt;
  if (everything) {
    for (const std::string& group : documents::planned_groups(plan)) staging.replaces_group(group);
  }
  report_diagnostics(diagnostics, err);  // warnings
  const int status = produce_all(jobs, preparation->inputs, options.jobs, staging, interruptions,
                                 paths.directory, start, files, err);
  if (status != kExitSuccess) {
    out << fmt::format("{} échec : aucun fichier remplacé\n", time_of_day_now());
    return std::nullopt;
  }
  const std::string what =
      everything
          ? fmt::format("brochure et {}",
                        count_of(static_cast<int>(now.flyer_of_session.size()), "flyer", "flyers"))
          : fmt::format("brochure et {} ({})",
                        count_of(static_cast<int>(remade.size()), "flyer", "flyers"),
                        fmt::join(remade, ", "));
  out << fmt::format("{} rendu : {}, en {}\n", time_of_day_now(), what,
                     seconds(Clock::now() - start));
  return now;
}

}  // namespace

int run_watch(const WatchOptions& options, std::ostream& out, std::ostream& err) {
  FolderWatch folders;
  if (!folders.ok()) {
    err << "brochure : impossible de surveiller les fichiers (inotify)\n";
    return kExitFailure;
  }
  documents::InterruptionWatch interruptions;
  std::vector<std::string> watched;
  std::optional<Fingerprints> last_good =
      render_once(options, std::nullopt, interruptions, watched, out, err);
  folders.watch(watched);
  out << fmt::format("{} surveille {} et ses modèles ; Ctrl-C pour arrêter\n", time_of_day_now(),
                     options.catalogue_path);
  out.flush();
  int renders = 0;
  while (interruptions.received() == 0 &&
         (options.max_renders == 0 || renders < options.max_renders)) {
    if (!folders.wait_for_change(250)) continue;
    if (interruptions.received() != 0) break;
    if (std::optional<Fingerprints> done =
            render_once(options, last_good, interruptions, watched, out, err)) {
      last_good = std::move(done);
    }
    folders.watch(watched);
    ++renders;
    out.flush();
    err.flush();
  }
  if (const int signal = interruptions.received(); signal != 0) {
    out << fmt::format("{} arrêt ({})\n", time_of_day_now(),
                       documents::InterruptionWatch::describe(signal));
    return kExitSuccess;
  }
  return kExitSuccess;
}

}  // namespace cli
