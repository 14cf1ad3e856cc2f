// Reading an XML file the way every reader of the project does: the file read
// whole (bounded in size), checked to be UTF-8 without forbidden characters,
// parsed by pugixml, checked for what XML forbids and pugixml lets through
// (xml_wellformed.hpp), every problem reported in French at its line:column;
// the document comes back with the XmlSource that positions its nodes and
// attributes.
#pragma once

#include <cstddef>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "base/xml_source.hpp"

namespace base {

// What a reader expects of its file.
struct XmlFileRules {
  std::string_view root = {};  // name of the root element; empty when the reader checks it
  std::string_view what = {};  // "un catalogue": « le fichier est trop grand pour être … »
  std::string_view file_kind =
      {};  // "un fichier de catalogue": « ce chemin est un dossier, pas … »
  std::size_t max_bytes = 16 * 1024 * 1024;  // keeps a wrong file (a video…) from filling memory
  // Text made only of white space between elements is kept (needed where it
  // separates inline elements: "<em>a</em> <strong>b</strong>").
  bool keep_blank_text = false;
  // Said after « trop grand » when the limit is the user's to raise:
  // "relevez la limite avec --max-size" (the size that would do is added).
  std::string_view raise_hint = {};
  XmlVocabulary vocabulary = {};
};

// A parsed file: its text, pugixml's document over it, and the source that
// reports problems in it. Neither copied nor moved: the source and the
// document's offsets point into the text.
class XmlDocument {
 public:
  XmlDocument(std::string text, std::string display_path, Diagnostics& diagnostics,
              XmlVocabulary vocabulary);
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;

  pugi::xml_node root() const { return document_.document_element(); }
  XmlSource& source() { return source_; }

 private:
  friend std::unique_ptr<XmlDocument> parse_xml(std::string, const std::string&,
                                                const XmlFileRules&, Diagnostics&);
  std::string text_;
  pugi::xml_document document_;
  XmlSource source_;
};

// Reads and parses the file at `path`, named as given in diagnostics. nullptr
// when it cannot be read, is not UTF-8, is not well-formed XML or has the wrong
// root element; the problem is then in `diagnostics`.
std::unique_ptr<XmlDocument> load_xml(const std::string& path, const XmlFileRules& rules,
                                      Diagnostics& diagnostics);

// The same for text already in memory, named `display_path` in diagnostics.
std::unique_ptr<XmlDocument> parse_xml(std::string text, const std::string& display_path,
                                       const XmlFileRules& rules, Diagnostics& diagnostics);

}  // namespace base
