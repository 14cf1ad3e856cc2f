#include "pdf/navigation.hpp"

#include <fmt/format.h>
#include <hpdf_catalog.h>
#include <hpdf_objects.h>

#include "pdf/haru_document.hpp"
#include "pdf/page_painter.hpp"

namespace pdf {
namespace {

auto real(double value) {
  return static_cast<HPDF_REAL>(value);
}

HPDF_Rect annotation_rect(const typeset::Rect& rect, double page_height) {
  return HPDF_Rect{real(rect.x), real(pdf_y(rect.bottom(), page_height)), real(rect.right()),
                   real(pdf_y(rect.y, page_height))};
}

// [page /XYZ left top null]: libharu's SetXYZ refuses a null zoom, and a
// reader following a link should keep the zoom it has.
void point_at(HPDF_Doc pdf, HPDF_Destination destination, HPDF_Page page, double left, double top) {
  HPDF_Array_Clear(destination);
  HPDF_Array_Add(destination, page);
  HPDF_Array_AddName(destination, "XYZ");
  HPDF_Array_AddReal(destination, real(left));
  HPDF_Array_AddReal(destination, real(top));
  HPDF_Array_Add(destination, HPDF_Null_New(pdf->mmgr));
}

bool is_uri_safe(unsigned char byte) {
  return byte > 0x20 && byte < 0x7F && byte != '"' && byte != '<' && byte != '>' && byte != '\\' &&
         byte != '^' && byte != '`' && byte != '{' && byte != '|' && byte != '}';
}

}  // namespace

void Destinations::create(HaruDocument& pdf, const std::vector<HPDF_Page>& pages,
                          const typeset::DocumentBox& document, std::vector<std::string>& errors) {
  for (std::size_t index = 0; index < document.pages.size(); ++index) {
    const typeset::PageBox& box = document.pages[index];
    for (const typeset::AnchorBox& anchor : box.anchors) {
      if (by_name_.contains(anchor.name)) {
        errors.push_back(
            fmt::format("page {} : l'ancre « {} » existe déjà (erreur de mise en page)", index + 1,
                        anchor.name));
        continue;
      }
      HPDF_Destination destination = HPDF_Page_CreateDestination(pages[index]);
      if (destination == nullptr) return;  // libharu recorded why
      point_at(pdf.get(), destination, pages[index], anchor.at.x, pdf_y(anchor.at.y, box.height));
      by_name_.emplace(anchor.name, destination);
    }
  }
}

HPDF_Destination Destinations::find(const std::string& name) const {
  const auto found = by_name_.find(name);
  return found == by_name_.end() ? nullptr : found->second;
}

std::string ascii_uri(const std::string& uri) {
  std::string encoded;
  encoded.reserve(uri.size());
  for (const char character : uri) {
    const auto byte = static_cast<unsigned char>(character);
    if (is_uri_safe(byte)) {
      encoded += character;
    } else {
      encoded += fmt::format("%{:02X}", byte);
    }
  }
  return encoded;
}

std::vector<int> add_links(HPDF_Page page, const typeset::PageBox& box, int page_number,
                           const Destinations& destinations, std::vector<std::string>& errors) {
  std::vector<int> elements;
  for (const typeset::LinkBox& link : box.links) {
    const HPDF_Rect rect = annotation_rect(link.rect, box.height);
    HPDF_Annotation annotation = nullptr;
    if (!link.uri.empty()) {
      annotation = HPDF_Page_CreateURILinkAnnot(page, rect, ascii_uri(link.uri).c_str());
    } else if (HPDF_Destination destination = destinations.find(link.destination)) {
      annotation = HPDF_Page_CreateLinkAnnot(page, rect, destination);
    } else {
      errors.push_back(
          fmt::format("page {} : le lien vers « {} » ne mène nulle part (aucune ancre de ce nom)",
                      page_number, link.destination));
      continue;
    }
    if (annotation == nullptr) continue;
    HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0);
    elements.push_back(link.element);
  }
  return elements;
}

void add_outline(HaruDocument& pdf, const std::vector<typeset::OutlineEntry>& outline,
                 const Destinations& destinations, int open_depth,
                 std::vector<std::string>& errors) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf.get(), "UTF-8");
  // parents[level] is the last entry made at that level; the root is nullptr.
  std::vector<HPDF_Outline> parents;
  for (const typeset::OutlineEntry& entry : outline) {
    const HPDF_Destination destination = destinations.find(entry.destination);
    if (destination == nullptr) {
      errors.push_back(fmt::format("le signet « {} » pointe vers l'ancre inconnue « {} »",
                                   entry.title, entry.destination));
      continue;
    }
    // A level deeper than the one before nests under the last entry made.
    const std::size_t level =
        std::min(static_cast<std::size_t>(std::max(entry.level, 0)), parents.size());
    parents.resize(level);
    HPDF_Outline parent = level == 0 ? nullptr : parents[level - 1];
    HPDF_Outline item = HPDF_CreateOutline(pdf.get(), parent, entry.title.c_str(), utf8);
    if (item == nullptr) return;  // libharu recorded why
    HPDF_Outline_SetDestination(item, destination);
    HPDF_Outline_SetOpened(item, static_cast<int>(level) < open_depth ? HPDF_TRUE : HPDF_FALSE);
    parents.push_back(item);
  }
}

void add_page_labels(HaruDocument& pdf, const std::vector<typeset::PageLabelRange>& ranges,
                     int page_count, std::vector<std::string>& errors) {
  HPDF_Doc doc = pdf.get();
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc, "UTF-8");
  std::vector<typeset::PageLabelRange> all = ranges;
  // A PDF's page labels must say how page 1 is numbered: as readers would anyway.
  if (!all.empty() && all.front().start_page > 0)
    all.insert(all.begin(), typeset::PageLabelRange{});
  int previous_start = -1;
  for (const typeset::PageLabelRange& range : all) {
    if (range.start_page <= previous_start || range.start_page >= page_count) {
      errors.push_back(fmt::format(
          "numérotation des pages : la plage commençant à la page {} est hors du document ou "
          "dans le désordre",
          range.start_page + 1));
      continue;
    }
    previous_start = range.start_page;
    // Built by hand: HPDF_AddPageLabel has no "prefix only" style and writes
    // the prefix in a single-byte encoding.
    HPDF_Dict label = HPDF_Dict_New(doc->mmgr);
    if (label == nullptr) return;
    if (range.numbered) {
      HPDF_Dict_AddName(label, "S", "D");
      if (range.first_number != 1) HPDF_Dict_AddNumber(label, "St", range.first_number);
    }
    if (!range.prefix.empty())
      HPDF_Dict_Add(label, "P", HPDF_String_New(doc->mmgr, range.prefix.c_str(), utf8));
    HPDF_Catalog_AddPageLabel(doc->catalog, static_cast<HPDF_UINT>(range.start_page), label);
  }
}

}  // namespace pdf
