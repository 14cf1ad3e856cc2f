#include "pdf/writer.hpp"

#include <hpdf_objects.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "pdf/atomic_file.hpp"
#include "pdf/box_check.hpp"
#include "pdf/character_check.hpp"
#include "pdf/content_tags.hpp"
#include "pdf/embedded_fonts.hpp"
#include "pdf/embedded_images.hpp"
#include "pdf/finishing.hpp"
#include "pdf/haru_document.hpp"
#include "pdf/metadata.hpp"
#include "pdf/navigation.hpp"
#include "pdf/page_painter.hpp"

namespace pdf {
namespace {

// The page's trim and bleed, as a print shop reads them (PDF 1.7, 14.11.2):
// libharu only sets the MediaBox, whose corner is the PDF's origin.
void add_print_boxes(HPDF_Page page, const typeset::PageBox& box) {
  const typeset::PrintMargins margins = box.print.value_or(typeset::PrintMargins{});
  const auto inset = [&](double by) {
    const double outside = margins.outside();
    return HPDF_Box{static_cast<HPDF_REAL>(outside - by), static_cast<HPDF_REAL>(outside - by),
                    static_cast<HPDF_REAL>(outside + box.width + by),
                    static_cast<HPDF_REAL>(outside + box.height + by)};
  };
  HPDF_Dict_Add(page, "TrimBox", HPDF_Box_Array_New(page->mmgr, inset(0)));
  HPDF_Dict_Add(page, "BleedBox", HPDF_Box_Array_New(page->mmgr, inset(margins.bleed)));
}

class Renderer {
 public:
  // With `releasable` (the same document, given up by the caller), each
  // page's boxes are freed once the page is painted.
  Renderer(const typeset::DocumentBox& document, typeset::DocumentBox* releasable,
           const typeset::FontLibrary& fonts, const WriteOptions& options, const std::string& name)
      : document_(document),
        releasable_(releasable),
        fonts_(fonts),
        options_(options),
        name_(name),
        tagged_(!document.structure.empty() && !for_print()),
        pdf_(options.font_programs) {}

  RenderResult run() {
    for (std::string& problem : find_unpaintable_boxes(document_)) error(std::move(problem));
    for (std::string& problem : find_unpaintable_characters(document_, fonts_))
      error(std::move(problem));
    if (document_.pages.empty()) error("le document n'a aucune page");
    if (!result_.ok()) return std::move(result_);

    if (!pdf_.valid()) return fail(pdf_.error_message());
    // No compression here: the finishing pass deflates every stream, faster.
    HPDF_SetCurrentEncoder(pdf_.get(), "UTF-8");
    if (pdf_.failed()) return fail(pdf_.error_message());

    std::string font_error;
    FontProgramCache own_programs;
    FontProgramCache& programs =
        options_.font_programs != nullptr ? *options_.font_programs : own_programs;
    if (!fonts_used_.load(pdf_, document_, fonts_, programs, font_error, tagged()))
      return fail(font_error);

    std::vector<std::string> image_problems;
    images_used_.load(pdf_, document_, image_problems);
    for (std::string& problem : image_problems) error(std::move(problem));
    if (!result_.ok()) return std::move(result_);

    const std::vector<HPDF_Page> pages = add_pages();
    if (pdf_.failed()) return fail(pdf_.error_message());
    paint(pages);
    if (pdf_.failed()) return fail(pdf_.error_message());
    if (!result_.ok()) return std::move(result_);

    result_.bytes = pdf_.save_to_bytes();
    if (result_.bytes.empty()) return fail(pdf_.error_message());
    pdf_.close();  // the finishing pass reads the bytes alone
    FinishingResult finished =
        finish_pdf(result_.bytes, options_.finishing, options_.date, options_.compress,
                   fonts_used_.subsets(), tagged() ? &tagging_ : nullptr);
    if (!finished.ok()) return fail(finished.error);
    result_.bytes = std::move(finished.bytes);
    return std::move(result_);
  }

 private:
  void error(std::string message) { result_.diagnostics.error(name_, {}, std::move(message)); }

  RenderResult fail(std::string message) {
    error("impossible de produire le PDF : " + message);
    result_.bytes.clear();
    return std::move(result_);
  }

  // Every page exists before anything is painted: a link may point forward.
  std::vector<HPDF_Page> add_pages() {
    std::vector<HPDF_Page> pages;
    for (const typeset::PageBox& box : document_.pages) {
      HPDF_Page page = HPDF_AddPage(pdf_.get());
      if (page == nullptr) break;
      const double outside = box.print ? box.print->outside() : 0;
      HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(box.width + 2 * outside));
      HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(box.height + 2 * outside));
      if (for_print()) add_print_boxes(page, box);
      pages.push_back(page);
    }
    return pages;
  }

  void paint(const std::vector<HPDF_Page>& pages) {
    std::vector<std::string> problems;
    Destinations destinations;
    destinations.create(pdf_, pages, document_, problems);
    if (tagged()) tagging_.nodes = structure_nodes(document_.structure);
    // The finishing pass writes the tree from these nodes.
    if (releasable_ != nullptr) releasable_->structure = typeset::StructureTree{};
    ContentTagger tagger(tagging_);
    for (std::size_t index = 0; index < pages.size(); ++index) {
      const int page = static_cast<int>(index);
      tagger.begin_page(pages[index], page, continued_elements(index));
      paint_page(pages[index], document_.pages[index], fonts_used_, images_used_,
                 for_print() ? PaintColors::device_cmyk : PaintColors::srgb,
                 tagged() ? &tagger : nullptr);
      const std::vector<int> links =
          add_links(pages[index], document_.pages[index], page + 1, destinations, problems);
      for (std::size_t link = 0; link < links.size() && tagged(); ++link) {
        tagger.add_annotation(page, static_cast<int>(link), links[link]);
      }
      // libharu holds what was painted; the next page still reads this one's
      // neighbour (continued_elements), never this one.
      if (releasable_ != nullptr) release_boxes(releasable_->pages[index]);
    }
    add_outline(pdf_, document_.outline, destinations, options_.outline_open_depth, problems);
    if (!document_.outline.empty()) HPDF_SetPageMode(pdf_.get(), HPDF_PAGE_MODE_USE_OUTLINE);
    add_page_labels(pdf_, document_.page_labels, static_cast<int>(pages.size()), problems);
    write_metadata(pdf_, document_.metadata);
    for (std::string& problem : problems) error(std::move(problem));
  }

  bool for_print() const { return options_.finishing.medium == Medium::print; }

  // The elements of the last text on page `index` that go on at the top of
  // the next (a paragraph cut by the page end).
  std::vector<int> continued_elements(std::size_t index) const {
    if (index + 1 >= document_.pages.size()) return {};
    std::vector<int> on_next;
    for (const typeset::GlyphRun& run : document_.pages[index + 1].glyphs) {
      if (run.element != typeset::kArtifact) on_next.push_back(run.element);
    }
    std::sort(on_next.begin(), on_next.end());
    std::vector<int> continued;
    for (const typeset::GlyphRun& run : document_.pages[index].glyphs) {
      if (std::binary_search(on_next.begin(), on_next.end(), run.element))
        continued.push_back(run.element);
    }
    return continued;
  }
  // Tagged (PDF/UA) when the layout says what the boxes mean; a print
  // shop's file is not read on a screen and keeps no annotation to tag.
  bool tagged() const { return tagged_; }

  // Keeps the page's size, frees what was painted on it.
  static void release_boxes(typeset::PageBox& page) {
    typeset::PageBox emptied;
    emptied.width = page.width;
    emptied.height = page.height;
    emptied.print = page.print;
    page = std::move(emptied);
  }

  const typeset::DocumentBox& document_;
  typeset::DocumentBox* releasable_;
  const typeset::FontLibrary& fonts_;
  const WriteOptions& options_;
  const std::string& name_;
  const bool tagged_;
  HaruDocument pdf_;
  EmbeddedFonts fonts_used_;
  EmbeddedImages images_used_;
  Tagging tagging_;
  RenderResult result_;
};

}  // namespace

WriteOptions WriteOptions::from_environment(base::Diagnostics& diagnostics,
                                            const std::string& origin) {
  WriteOptions options;
  std::string error;
  options.date = parse_source_date_epoch(std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) diagnostics.error(origin, {}, error);
  // Read once for every PDF of the run rather than once per file.
  std::string profile_error;
  options.finishing.output_intent = load_srgb_output_intent(profile_error);
  if (!profile_error.empty()) diagnostics.error(std::string(kSrgbProfilePath), {}, profile_error);
  options.font_programs = std::make_shared<FontProgramCache>();
  return options;
}

RenderResult render_pdf(const typeset::DocumentBox& document, const typeset::FontLibrary& fonts,
                        const WriteOptions& options, const std::string& name) {
  return Renderer(document, nullptr, fonts, options, name).run();
}

RenderResult render_pdf(typeset::DocumentBox&& document, const typeset::FontLibrary& fonts,
                        const WriteOptions& options, const std::string& name) {
  return Renderer(document, &document, fonts, options, name).run();
}

WriteResult write_pdf(const typeset::DocumentBox& document, const typeset::FontLibrary& fonts,
                      const std::string& path, const WriteOptions& options) {
  RenderResult rendered = render_pdf(document, fonts, options, path);
  WriteResult result;
  const bool rendered_ok = rendered.ok();  // before its diagnostics move out
  result.diagnostics = std::move(rendered.diagnostics);
  if (!rendered_ok) return result;
  const FileWriteResult written =
      write_file_atomically(path, rendered.bytes, options.directory_syncs);
  if (!written.ok) {
    result.diagnostics.error(path, {}, written.error);
    return result;
  }
  result.size = rendered.bytes.size();
  return result;
}

}  // namespace pdf
