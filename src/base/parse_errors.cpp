#include "base/parse_errors.hpp"

#include <fmt/format.h>

#include "base/message_text.hpp"
#include "base/xml_scan.hpp"

namespace base {

namespace {
std::string status_message(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_ok:
      return "aucune erreur";
    case pugi::status_file_not_found:
    case pugi::status_io_error:
      return "le fichier ne peut pas être lu";
    case pugi::status_out_of_memory:
      return "mémoire insuffisante pour lire le fichier";
    case pugi::status_internal_error:
      return "erreur interne du lecteur XML";
    case pugi::status_unrecognized_tag:
      return "balise illisible : après « < » doit venir un nom d'élément (pour écrire le "
             "caractère <, tapez &lt;)";
    case pugi::status_bad_pi:
      return "instruction <?…?> mal écrite";
    case pugi::status_bad_comment:
      return "commentaire mal écrit : il doit s'écrire <!-- … -->";
    case pugi::status_bad_cdata:
      return "section <![CDATA[…]]> mal écrite";
    case pugi::status_bad_doctype:
      return "déclaration <!DOCTYPE …> mal écrite";
    case pugi::status_bad_pcdata:
      return "texte mal écrit";
    case pugi::status_bad_start_element:
      return "balise ouvrante mal écrite (un « > » manque-t-il ?)";
    case pugi::status_bad_attribute:
      return "attribut mal écrit : il doit s'écrire nom=\"valeur\"";
    case pugi::status_bad_end_element:
      return "balise fermante mal écrite : elle doit s'écrire </nom>";
    case pugi::status_end_element_mismatch:
      return "la balise fermante ne correspond pas à la balise ouverte";
    case pugi::status_append_invalid_root:
    case pugi::status_no_document_element:
      return "le fichier ne contient aucun élément XML";
  }
  return "fichier XML mal formé";
}
}  // namespace

ParseError explain_parse_error(const pugi::xml_parse_result& result, const SourceMap& map) {
  const std::string_view xml = map.text();
  const auto offset = static_cast<std::size_t>(result.offset < 0 ? 0 : result.offset);
  if (result.status == pugi::status_no_document_element) {
    return {SourcePosition{}, status_message(result.status)};  // about the file as a whole
  }
  if (result.status == pugi::status_unrecognized_tag && offset > 0 && xml[offset - 1] == '<') {
    return {map.position_at(offset - 1), status_message(result.status)};  // at the '<'
  }
  if (result.status != pugi::status_end_element_mismatch) {
    return {map.position_at(offset), status_message(result.status)};
  }
  // pugixml points at the name of the closing tag, or at the end of the file
  // when elements are still open there.
  const bool at_end = xml.find_first_not_of(" \t\r\n", offset) == std::string_view::npos;
  const std::size_t tag_start = at_end ? xml.size() : xml.rfind("</", offset);
  const std::optional<OpenElement> open = innermost_open_element(xml, tag_start);
  if (at_end) {
    const SourcePosition end = map.position_at(xml.size());
    if (!open) return {end, status_message(result.status)};
    return {end, fmt::format("le fichier se termine alors que la balise {} ouverte à la ligne {} "
                             "n'est pas fermée : il manque {}",
                             element_tag(open->name), map.position_at(open->offset).line,
                             closing_tag(open->name))};
  }
  const std::string_view closing = name_at(xml, offset);
  const SourcePosition position = map.position_at(tag_start);
  if (!open) {
    return {position,
            fmt::format("la balise fermante {} ne ferme aucun élément", closing_tag(closing))};
  }
  return {position, fmt::format("la balise fermante {} ne correspond pas à la balise {} "
                                "ouverte à la ligne {}",
                                closing_tag(closing), element_tag(open->name),
                                map.position_at(open->offset).line)};
}

}  // namespace base
