// What every document of a run shares, loaded once per process: the templates
// (by path), one FontLibrary holding the families of all of them (faces parsed
// once), and the French hyphenation patterns. After loading, a Resources is
// only read, so several threads may lay out documents with the same one.
//
//   base::Diagnostics diagnostics;
//   auto resources = documents::load_resources(
//       {.template_paths = {"templates/brochure.xml", "templates/flyer.xml"}}, diagnostics);
//   if (!resources) { print diagnostics; fail }
//   const typeset::Template& brochure = *resources->find_template("templates/brochure.xml");
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/fonts.hpp"
#include "typeset/hyphenation.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/paragraph.hpp"
#include "typeset/paragraph_cache.hpp"
#include "typeset/template.hpp"

namespace documents {

struct ResourceRequest {
  // Templates to load, as the user or the program names them; relative paths
  // are resolved under `data_dir` when they do not exist as given.
  std::vector<std::string> template_paths;
  // Where fonts/ (and templates/) are found; empty: typeset::data_dir().
  std::string data_dir;
  // libhyphen patterns; empty: no hyphenation (lines still break at spaces).
  std::string hyphenation_patterns = std::string(typeset::kFrenchPatterns);
  // What the layout does with a character no font has (typeset::MissingCharacters).
  typeset::MissingCharacters missing_characters = typeset::MissingCharacters::refuse;
};

class Resources {
 public:
  Resources() = default;
  Resources(Resources&&) = default;
  Resources& operator=(Resources&&) = default;

  const typeset::FontLibrary& fonts() const { return fonts_; }
  // nullptr when loaded without patterns.
  const typeset::Hyphenator* hyphenator() const { return hyphenator_ ? &*hyphenator_ : nullptr; }
  // A template loaded by load_resources, by the path it was requested with;
  // nullptr if it was not requested.
  const typeset::Template* find_template(std::string_view requested_path) const;

  // The families of every template loaded (their faces print the text), and
  // every template file read (the templates and the files they include).
  std::vector<std::string> families() const;
  std::vector<std::string> template_files() const;

  // What set_paragraph needs to set this run's text; problems with the text
  // (a character no face has, a word wider than its column) go to
  // `diagnostics` under `source_file` (the catalogue's path). Every context
  // shares the run's prepared paragraphs: a flyer repeats its sheet of the
  // brochure, and whichever document comes first prepares it for both.
  typeset::TextContext text_context(std::string source_file, base::Diagnostics& diagnostics) const;
  // Lets the prepared paragraphs go once the run has laid out its last
  // document (LayoutsLeft): they serve layouts alone. Later layouts, if any,
  // prepare their paragraphs each time.
  void release_prepared_paragraphs() const { paragraphs_->release(); }

 private:
  friend std::optional<Resources> load_resources(const ResourceRequest& request,
                                                 base::Diagnostics& diagnostics);
  typeset::FontLibrary fonts_;
  std::optional<typeset::Hyphenator> hyphenator_;
  std::map<std::string, typeset::Template, std::less<>> templates_;
  typeset::MissingCharacters missing_characters_ = typeset::MissingCharacters::refuse;
  // Thread-safe; behind a pointer so that Resources stays movable.
  std::shared_ptr<typeset::ParagraphCache> paragraphs_ =
      std::make_shared<typeset::ParagraphCache>();
};

// Loads every template of `request`, their font families (each family once,
// even when two templates name it) and the hyphenation patterns. Every problem
// is reported in French with its file (and line:column for templates): a bad
// template, an unreadable font, two templates giving one family different
// files or choosing different fallbacks, missing patterns. nullopt on error.
std::optional<Resources> load_resources(const ResourceRequest& request,
                                        base::Diagnostics& diagnostics);

}  // namespace documents
