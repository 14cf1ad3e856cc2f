#include "base/xml_wellformed.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <optional>

#include "base/message_text.hpp"
#include "base/utf8.hpp"
#include "base/xml_scan.hpp"

namespace base {

namespace {

constexpr std::size_t kMaxProblems = 20;  // then one line says that more follow
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Collects problems up to kMaxProblems, then one that says more follow.
class ProblemList {
 public:
  explicit ProblemList(std::string_view more) : more_(more) {}
  // False once full: the caller may stop looking.
  bool add(std::size_t offset, std::string message) {
    if (problems_.size() > kMaxProblems) return false;
    if (problems_.size() == kMaxProblems) {
      problems_.push_back({offset, std::string(more_)});
      return false;
    }
    problems_.push_back({offset, std::move(message)});
    return true;
  }
  bool full() const { return problems_.size() > kMaxProblems; }
  std::vector<XmlProblem> take() { return std::move(problems_); }

 private:
  std::string_view more_;
  std::vector<XmlProblem> problems_;
};

std::string_view control_name(char32_t c) {
  switch (c) {
    case 0x00:
      return "caractère nul";
    case 0x0B:
      return "tabulation verticale";
    case 0x0C:
      return "saut de page";
    case 0x1B:
      return "échappement";
    case 0x7F:
      return "suppression";
    case 0x85:
      return "fin de ligne";
    default:
      return {};
  }
}

std::string code_point_label(char32_t c) {
  const std::string_view name = control_name(c);
  const std::string number = fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
  return name.empty() ? number : fmt::format("{}, {}", number, name);
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A file saved as UTF-16: a byte order mark, or ASCII with a NUL after each byte.
bool looks_like_utf16(std::string_view xml) {
  if (xml.starts_with("\xFF\xFE") || xml.starts_with("\xFE\xFF")) return true;
  return xml.size() >= 4 && ((xml[0] == '<' && xml[1] == '\0' && xml[3] == '\0') ||
                             (xml[0] == '\0' && xml[1] == '<' && xml[2] == '\0'));
}

}  // namespace

bool is_xml_character(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c < 0xA0) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  return c <= utf8::kMaxCodePoint;
}

std::vector<XmlProblem> find_character_problems(std::string_view xml, std::string_view what) {
  ProblemList problems("d'autres caractères interdits suivent ; les premiers seuls sont signalés");
  if (looks_like_utf16(xml)) {
    problems.add(0, "le fichier est enregistré en UTF-16 : enregistrez-le en UTF-8");
    return problems.take();
  }
  const std::size_t markup = xml.find('<');  // before it, a bad byte means "not text"
  utf8::for_each_code_point(xml, [&](const utf8::Sequence& sequence) {
    if (sequence.valid && is_xml_character(sequence.code_point)) return true;
    if (sequence.offset < markup) {
      problems.add(sequence.offset,
                   fmt::format("ce fichier n'est pas du texte XML (octet 0x{:02X} illisible) : "
                               "est-ce bien {} ?",
                               static_cast<unsigned char>(xml[sequence.offset]), what));
      return false;
    }
    if (!sequence.valid) {
      problems.add(sequence.offset,
                   "ce caractère n'est pas de l'UTF-8 : enregistrez le fichier en UTF-8");
      return false;
    }
    return problems.add(sequence.offset,
                        fmt::format("caractère interdit ({}) : ce caractère invisible n'a pas sa "
                                    "place dans le texte ; supprimez-le",
                                    code_point_label(sequence.code_point)));
  });
  return problems.take();
}

namespace {

// Walks text that pugixml parsed, so that its tags are balanced; anything
// it cannot follow ends the walk quietly (pugixml had its reasons to accept).
class SyntaxScanner {
 public:
  explicit SyntaxScanner(std::string_view xml)
      : xml_(xml),
        problems_(
            "d'autres erreurs de syntaxe suivent ; les premières seules sont "
            "signalées") {}

  std::vector<XmlProblem> scan() {
    std::size_t i = xml_.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
    const std::size_t start = i;
    while (i < xml_.size() && !problems_.full()) {
      if (xml_[i] != '<') {
        const std::size_t end = std::min(xml_.find('<', i), xml_.size());
        text(i, end);
        i = end;
        continue;
      }
      const std::string_view rest = xml_.substr(i);
      std::optional<std::size_t> next;
      if (rest.starts_with("<!--")) {
        next = comment(i);
      } else if (rest.starts_with("<![CDATA[")) {
        next = cdata(i);
      } else if (rest.starts_with("<!DOCTYPE")) {
        next = doctype(i);
      } else if (rest.starts_with("<?")) {
        next = processing_instruction(i, start);
      } else if (rest.starts_with("</")) {
        next = end_tag(i);
      } else if (!rest.starts_with("<!")) {
        next = start_tag(i);
      }
      if (!next) break;
      i = *next;
    }
    return problems_.take();
  }

 private:
  // Character data [begin, end), outside markup.
  void text(std::size_t begin, std::size_t end) {
    const std::string_view data = xml_.substr(begin, end - begin);
    if (depth_ == 0) {
      std::size_t first = 0;
      while (first < data.size() && is_blank(data[first])) ++first;
      if (first == data.size()) return;
      const std::string quoted = in_guillemets(excerpt(data.substr(first), 40));
      problems_.add(begin + first,
                    root_closed_
                        ? fmt::format("texte après la fin de l'élément principal {} : "
                                      "{} ; tout le contenu va à l'intérieur",
                                      element_tag(root_), quoted)
                        : fmt::format("texte en dehors de l'élément principal : {}", quoted));
      return;
    }
    for (std::size_t found = data.find("]]>"); found != std::string_view::npos;
         found = data.find("]]>", found + 3)) {
      if (!problems_.add(begin + found, "« ]]> » est interdit dans un texte : écrivez ]]&gt;")) {
        return;
      }
    }
    character_references(begin, end);
  }

  // "&#…;" in [begin, end) naming a character XML forbids.
  void character_references(std::size_t begin, std::size_t end) {
    // Searched within the range: a search to the end of the file for every
    // text and attribute made reading a catalogue quadratic in its size.
    const std::string_view range = xml_.substr(begin, end - begin);
    for (std::size_t found = range.find("&#"); found != std::string_view::npos;
         found = range.find("&#", found + 2)) {
      const std::size_t amp = begin + found;
      // A reference is "&#" digits ";" or "&#x" hex digits ";", however many
      // digits (pugixml turns any number into bytes: too large, they are not
      // UTF-8); anything else is not a reference, and reported later.
      const bool hex = amp + 2 < end && xml_[amp + 2] == 'x';
      const std::size_t digits_begin = amp + (hex ? 3 : 2);
      std::size_t semicolon = digits_begin;
      while (semicolon < end && (hex ? std::isxdigit(static_cast<unsigned char>(xml_[semicolon]))
                                     : std::isdigit(static_cast<unsigned char>(xml_[semicolon])))) {
        ++semicolon;
      }
      if (semicolon == digits_begin || semicolon >= end || xml_[semicolon] != ';') continue;
      const std::string_view reference = xml_.substr(amp, semicolon + 1 - amp);
      const std::string_view digits = xml_.substr(digits_begin, semicolon - digits_begin);
      std::uint32_t value = 0;
      const std::errc error =
          std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10).ec;
      if (error == std::errc() && is_xml_character(value)) continue;
      const std::string message =
          error != std::errc() || value > utf8::kMaxCodePoint
              ? fmt::format("la référence {} ne désigne aucun caractère", in_guillemets(reference))
              : fmt::format("la référence {} désigne un caractère interdit ({})",
                            in_guillemets(reference), code_point_label(value));
      if (!problems_.add(amp, message)) return;
    }
  }

  std::optional<std::size_t> comment(std::size_t at) {
    const std::size_t end = xml_.find("-->", at + 4);
    if (end == std::string_view::npos) return std::nullopt;
    const std::size_t dashes = xml_.find("--", at + 4);
    if (dashes < end) {
      problems_.add(dashes,
                    "« -- » est interdit à l'intérieur d'un commentaire : écrivez un seul tiret");
    }
    return end + 3;
  }

  std::optional<std::size_t> cdata(std::size_t at) {
    const std::size_t end = xml_.find("]]>", at + 9);
    if (end == std::string_view::npos) return std::nullopt;
    if (depth_ == 0) problems_.add(at, "section <![CDATA[…]]> en dehors de l'élément principal");
    return end + 3;
  }

  std::optional<std::size_t> processing_instruction(std::size_t at, std::size_t start) {
    const std::size_t end = xml_.find("?>", at + 2);
    if (end == std::string_view::npos) return std::nullopt;
    if (name_at(xml_, at + 2) == "xml" && at != start) {
      problems_.add(at, "la déclaration <?xml …?> doit être au tout début du fichier");
    }
    return end + 2;
  }

  // <!DOCTYPE name [internal subset]>: the subset may declare entities, which
  // pugixml would leave unexpanded: refused, with attribute lists (defaults
  // pugixml would not apply either).
  std::optional<std::size_t> doctype(std::size_t at) {
    if (root_seen_) {
      problems_.add(at, "la déclaration <!DOCTYPE …> doit venir avant l'élément principal");
    } else if (doctype_seen_) {
      problems_.add(at, "une seule déclaration <!DOCTYPE …> est permise");
    }
    doctype_seen_ = true;
    int brackets = 0;
    for (std::size_t i = at + 9; i < xml_.size(); ++i) {
      const char c = xml_[i];
      if (c == '"' || c == '\'') {
        i = xml_.find(c, i + 1);
        if (i == std::string_view::npos) return std::nullopt;
      } else if (c == '[') {
        ++brackets;
      } else if (c == ']') {
        --brackets;
      } else if (c == '>' && brackets <= 0) {
        return i + 1;
      } else if (brackets > 0 && xml_.substr(i).starts_with("<!--")) {
        i = xml_.find("-->", i + 4);
        if (i == std::string_view::npos) return std::nullopt;
        i += 2;
      } else if (brackets > 0 && xml_.substr(i).starts_with("<!ENTITY")) {
        problems_.add(i,
                      "les déclarations d'entités ne sont pas acceptées : écrivez le texte "
                      "voulu à chaque endroit");
      } else if (brackets > 0 && xml_.substr(i).starts_with("<!ATTLIST")) {
        problems_.add(i,
                      "les déclarations <!ATTLIST …> ne sont pas acceptées : écrivez chaque "
                      "attribut dans son élément");
      }
    }
    return std::nullopt;
  }

  std::optional<std::size_t> end_tag(std::size_t at) {
    const std::size_t end = xml_.find('>', at);
    if (end == std::string_view::npos) return std::nullopt;
    if (depth_ > 0 && --depth_ == 0) root_closed_ = true;
    return end + 1;
  }

  std::optional<std::size_t> start_tag(std::size_t at) {
    const std::string_view name = name_at(xml_, at + 1);
    if (name.empty()) return std::nullopt;
    if (depth_ == 0) {
      if (root_closed_) {
        problems_.add(at, fmt::format("l'élément {} vient après la fin de l'élément principal "
                                      "{} : tout le contenu va à l'intérieur",
                                      element_tag(name), element_tag(root_)));
      } else if (!root_seen_) {
        root_seen_ = true;
        root_ = name;
      }
    }
    std::size_t i = at + 1 + name.size();
    for (const RawAttribute& attribute : scan_start_tag(xml_, at + 1)) {
      const std::string_view value =
          xml_.substr(attribute.value_begin, attribute.value_end - attribute.value_begin);
      if (const std::size_t less = value.find('<'); less != std::string_view::npos) {
        problems_.add(attribute.value_begin + less,
                      "le caractère < doit s'écrire &lt; dans la valeur d'un attribut");
      }
      character_references(attribute.value_begin, attribute.value_end);
      i = attribute.value_end + 1;
    }
    while (i < xml_.size() && xml_[i] != '>') ++i;
    if (i >= xml_.size()) return std::nullopt;
    const bool empty_element = xml_[i - 1] == '/';
    if (!empty_element) {
      ++depth_;
    } else if (depth_ == 0) {
      root_closed_ = true;
    }
    return i + 1;
  }

  std::string_view xml_;
  ProblemList problems_;
  int depth_ = 0;
  bool root_seen_ = false;
  bool root_closed_ = false;
  bool doctype_seen_ = false;
  std::string_view root_;
};

}  // namespace

std::vector<XmlProblem> find_syntax_problems(std::string_view xml) {
  return SyntaxScanner(xml).scan();
}

}  // namespace base
