#include "pdf/box_check.hpp"

#include <fmt/format.h>
#include <hpdf_consts.h>

#include <cmath>
#include <initializer_list>

namespace pdf {
namespace {

bool finite(std::initializer_list<double> values) {
  for (const double value : values)
    if (!std::isfinite(value)) return false;
  return true;
}

bool in_range(double value, double low, double high) {
  return std::isfinite(value) && value >= low && value <= high;
}

bool valid_color(const typeset::Color& color) {
  if (color.cmyk && !(in_range(color.cmyk->c, 0, 1) && in_range(color.cmyk->m, 0, 1) &&
                      in_range(color.cmyk->y, 0, 1) && in_range(color.cmyk->k, 0, 1)))
    return false;
  return in_range(color.r, 0, 1) && in_range(color.g, 0, 1) && in_range(color.b, 0, 1);
}

bool valid_rect(const typeset::Rect& rect) {
  return finite({rect.x, rect.y, rect.width, rect.height});
}

// Collects problems page by page, keeping the first `limit`.
class Report {
 public:
  explicit Report(std::size_t limit) : limit_(limit) {}
  void add(std::size_t page_index, const std::string& problem) {
    if (problems_.size() < limit_) {
      problems_.push_back(
          fmt::format("page {} : {} (erreur de mise en page)", page_index + 1, problem));
    } else {
      ++not_shown_;
    }
  }
  std::vector<std::string> take() {
    if (not_shown_ > 0)
      problems_.push_back(fmt::format("… et {} autre(s) élément(s) dans le même cas", not_shown_));
    return std::move(problems_);
  }

 private:
  std::size_t limit_;
  std::size_t not_shown_ = 0;
  std::vector<std::string> problems_;
};

void check_page(const typeset::PageBox& page, std::size_t index, Report& report) {
  const double outside = page.print ? page.print->outside() : 0;
  if (!in_range(page.width + 2 * outside, HPDF_MIN_PAGE_WIDTH, HPDF_MAX_PAGE_WIDTH) ||
      !in_range(page.height + 2 * outside, HPDF_MIN_PAGE_HEIGHT, HPDF_MAX_PAGE_HEIGHT))
    report.add(index, fmt::format("format de page {} × {} pt impossible", page.width, page.height));
  if (page.print && !(in_range(page.print->bleed, 0, HPDF_MAX_PAGE_WIDTH) &&
                      in_range(page.print->slug, 0, HPDF_MAX_PAGE_WIDTH)))
    report.add(index, "fond perdu ou marges de coupe impossibles");
  for (const typeset::FillBox& fill : page.fills) {
    if (!valid_rect(fill.rect)) report.add(index, "aplat de couleur mal placé");
    if (!valid_color(fill.color)) report.add(index, "couleur d'aplat hors de 0..1");
  }
  for (const typeset::ImageBox& image : page.images) {
    if (!valid_rect(image.rect) || image.rect.width <= 0 || image.rect.height <= 0) {
      report.add(index, fmt::format("image « {} » mal placée", image.path));
    }
  }
  for (const typeset::RuleBox& rule : page.rules) {
    if (!finite({rule.from.x, rule.from.y, rule.to.x, rule.to.y}))
      report.add(index, "filet mal placé");
    if (!in_range(rule.thickness, 0, HPDF_MAX_LINEWIDTH))
      report.add(index, fmt::format("épaisseur de filet {} pt impossible", rule.thickness));
    if (!valid_color(rule.color)) report.add(index, "couleur de filet hors de 0..1");
  }
  for (const typeset::GlyphRun& run : page.glyphs) {
    if (!finite({run.origin.x, run.origin.y}))
      report.add(index, fmt::format("texte « {} » mal placé", run.text));
    if (!in_range(run.size, 0, HPDF_MAX_FONTSIZE) || run.size == 0)
      report.add(index, fmt::format("texte « {} » en corps {} impossible", run.text, run.size));
    if (!valid_color(run.color))
      report.add(index, fmt::format("couleur du texte « {} » hors de 0..1", run.text));
  }
  for (const typeset::LinkBox& link : page.links)
    if (!valid_rect(link.rect)) report.add(index, "zone de lien mal placée");
  for (const typeset::AnchorBox& anchor : page.anchors)
    if (!finite({anchor.at.x, anchor.at.y}))
      report.add(index, fmt::format("ancre « {} » mal placée", anchor.name));
}

}  // namespace

std::vector<std::string> find_unpaintable_boxes(const typeset::DocumentBox& document,
                                                std::size_t limit) {
  Report report(limit);
  for (std::size_t index = 0; index < document.pages.size(); ++index)
    check_page(document.pages[index], index, report);
  return report.take();
}

}  // namespace pdf
