#include "documents/brochure_cover.hpp"

#include "documents/brochure_texts.hpp"

namespace documents {

std::vector<typeset::Block> cover_blocks(const catalogue::Catalogue& catalogue,
                                         const typeset::Template& tmpl) {
  std::vector<typeset::Block> blocks;
  const typeset::PageMaster* master = tmpl.page_master(kCoverMaster);
  const typeset::PageMaster plain;
  if (master == nullptr) master = &plain;  // the flow reports the unknown master
  const typeset::Rect frame = master->frame();

  // The band bleeds off the top and sides: the printer trims it clean.
  typeset::BoxList band;
  const double band_height = tmpl.length("cover-band-height").value_or(0);
  if (band_height > 0) {
    band.fills.push_back(
        {{0, 0, master->width, band_height}, tmpl.color("cover-band").value_or(typeset::Color{})});
    blocks.push_back(typeset::Block{typeset::FixedBoxesBlock{std::move(band)}});
  }
  const double publisher_top = tmpl.length("cover-publisher-top").value_or(frame.y);
  const double publisher_height = std::max(band_height - publisher_top, 0.0);
  blocks.push_back(typeset::Block{typeset::FixedTextBlock{
      typeset::ParagraphBlock{"cover-publisher", {text_run(catalogue.publisher.name)}},
      {frame.x, publisher_top, frame.width, publisher_height}}});

  blocks.push_back(typeset::paragraph_block("cover-title", catalogue.title));
  blocks.push_back(typeset::paragraph_block("cover-period", period_phrase(catalogue, tmpl)));
  if (!catalogue.publisher.website.empty()) {
    typeset::InlineRun website =
        text_run(website_as_printed(catalogue.publisher.website), {}, catalogue.publisher.website);
    blocks.push_back(typeset::paragraph_block("cover-website", {website}));
  }
  return blocks;
}

}  // namespace documents
