#include "documents/brochure_cover.hpp"

#include "documents/brochure_texts.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

std::vector<typeset::Block> cover_blocks(const catalogue::Catalogue& catalogue,
                                         const typeset::Template& tmpl) {
  std::vector<typeset::Block> blocks;
  blocks.push_back(
      typeset::paragraph_block("cover-title", typeset::inline_runs(catalogue.title_text)));
  blocks.push_back(typeset::paragraph_block("cover-period", period_phrase(catalogue, tmpl)));
  if (!catalogue.publisher.website.empty()) {
    typeset::InlineRun website =
        text_run(website_as_printed(catalogue.publisher.website), {}, catalogue.publisher.website);
    blocks.push_back(typeset::paragraph_block("cover-website", {website}));
  }
  return blocks;
}

}  // namespace documents
