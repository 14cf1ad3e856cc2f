#include "base/load_xml.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "base/parse_errors.hpp"
#include "base/utf8.hpp"

namespace base {

namespace {
std::string too_big_message(const XmlFileRules& rules) {
  return fmt::format("le fichier est trop grand pour être {} ({} Mo au plus)", rules.what,
                     rules.max_bytes / (1024 * 1024));
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
    source.error({}, too_big_message(rules));
    return nullptr;
  }
  if (const std::size_t invalid = utf8::first_invalid(xml); invalid != std::string_view::npos) {
    source.error(source.position_at(invalid),
                 "ce caractère n'est pas de l'UTF-8 : enregistrez le fichier en UTF-8");
    return nullptr;
  }
  const unsigned options =
      pugi::parse_default | (rules.keep_blank_text ? pugi::parse_ws_pcdata : 0);
  const pugi::xml_parse_result parsed =
      document->document_.load_buffer(xml.data(), xml.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    ParseError error = explain_parse_error(parsed, SourceMap(xml));
    source.error(error.position, std::move(error.message));
    return nullptr;
  }
  const pugi::xml_node root = document->root();
  if (!rules.root.empty() && std::string_view(root.name()) != rules.root) {
    source.error(
        source.node_position(root),
        fmt::format("l'élément principal doit être <{}>, pas <{}>", rules.root, root.name()));
    return nullptr;
  }
  return document;
}

std::unique_ptr<XmlDocument> load_xml(const std::string& path, const XmlFileRules& rules,
                                      Diagnostics& diagnostics) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    diagnostics.error(path, {}, fmt::format("ce chemin est un dossier, pas {}", rules.file_kind));
    return nullptr;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    diagnostics.error(path, {}, std::string(rules.cannot_open));
    return nullptr;
  }
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error || size > rules.max_bytes) {
    diagnostics.error(path, {}, error ? std::string(rules.cannot_read) : too_big_message(rules));
    return nullptr;
  }
  std::string content(static_cast<std::size_t>(size), '\0');
  if (!file.read(content.data(), static_cast<std::streamsize>(size))) {
    diagnostics.error(path, {}, std::string(rules.cannot_read));
    return nullptr;
  }
  return parse_xml(std::move(content), path, rules, diagnostics);
}

}  // namespace base
