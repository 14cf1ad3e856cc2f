#include "base/load_xml.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdint>
#include <filesystem>

#include "base/file_reading.hpp"
#include "base/message_text.hpp"
#include "base/parse_errors.hpp"
#include "base/system_errors.hpp"
#include "base/xml_wellformed.hpp"

namespace base {

namespace {
// `size`: the file's size in bytes when known (0 otherwise).
std::string too_big_message(const XmlFileRules& rules, std::uintmax_t size) {
  constexpr std::uintmax_t kMegabyte = 1024 * 1024;
  std::string message = fmt::format("le fichier est trop grand pour être {} ({} Mo au plus)",
                                    rules.what, rules.max_bytes / kMegabyte);
  if (!rules.raise_hint.empty()) {
    message += fmt::format(" ; s'il est vraiment si grand, {}", rules.raise_hint);
    if (size > rules.max_bytes) message += fmt::format(" {}", (size + kMegabyte - 1) / kMegabyte);
  }
  return message;
}

// Reports each problem; true when there was none.
bool report(XmlSource& source, const std::vector<XmlProblem>& problems) {
  for (const XmlProblem& problem : problems) {
    source.error(source.position_at(problem.offset), problem.message);
  }
  return problems.empty();
}
}  // namespace

XmlDocument::XmlDocument(std::string text, std::string display_path, Diagnostics& diagnostics,
                         XmlVocabulary vocabulary)
    : text_(std::move(text)), source_(text_, std::move(display_path), diagnostics, vocabulary) {}

std::unique_ptr<XmlDocument> parse_xml(std::string text, const std::string& display_path,
                                       const XmlFileRules& rules, Diagnostics& diagnostics) {
  auto document =
      std::make_unique<XmlDocument>(std::move(text), display_path, diagnostics, rules.vocabulary);
  XmlSource& source = document->source_;
  const std::string_view xml = document->text_;
  if (xml.size() > rules.max_bytes) {
    source.error({}, too_big_message(rules, xml.size()));
    return nullptr;
  }
  // Characters first: pugixml stops at a NUL and reads other control
  // characters as text, which would put later problems at the wrong place.
  if (!report(source, find_character_problems(xml, rules.what))) return nullptr;
  const unsigned options =
      pugi::parse_default | (rules.keep_blank_text ? pugi::parse_ws_pcdata : 0);
  const pugi::xml_parse_result parsed =
      document->document_.load_buffer(xml.data(), xml.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    ParseError error = explain_parse_error(parsed, SourceMap(xml));
    source.error(error.position, std::move(error.message));
    return nullptr;
  }
  if (!report(source, find_syntax_problems(xml))) return nullptr;
  const pugi::xml_node root = document->root();
  if (!rules.root.empty() && std::string_view(root.name()) != rules.root) {
    source.error(source.node_position(root),
                 fmt::format("l'élément principal doit être {}, pas {}", element_tag(rules.root),
                             element_tag(root.name())));
    return nullptr;
  }
  return document;
}

std::unique_ptr<XmlDocument> load_xml(const std::string& path, const XmlFileRules& rules,
                                      Diagnostics& diagnostics) {
  FileReadProblem problem;
  std::optional<std::string> content = read_whole_file(path, rules.max_bytes, problem);
  if (content) return parse_xml(std::move(*content), path, rules, diagnostics);
  switch (problem.kind) {
    case FileReadProblem::Kind::folder:
      diagnostics.error(path, {}, fmt::format("ce chemin est un dossier, pas {}", rules.file_kind));
      break;
    case FileReadProblem::Kind::too_big: {
      std::error_code unknown;
      const std::uintmax_t size = std::filesystem::file_size(path, unknown);
      diagnostics.error(path, {}, too_big_message(rules, unknown ? 0 : size));
      break;
    } break;
    default:
      diagnostics.error(path, {},
                        problem.error_number == ENOENT
                            ? "le fichier n'existe pas : vérifiez son nom et son dossier"
                            : fmt::format("impossible de lire le fichier : {}",
                                          french_reason(problem.error_number)));
      break;
  }
  return nullptr;
}

}  // namespace base
