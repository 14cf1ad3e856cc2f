#include "documents/brochure_cover.hpp"

#include "documents/brochure_texts.hpp"
#include "typeset/rich_blocks.hpp"

namespace documents {

namespace {

// "Ateliers ……… 2", both linked to the part.
typeset::TableRow contents_row(const ContentsEntry& entry, const typeset::Template& tmpl) {
  const std::string link = "#" + entry.anchor;
  typeset::TableRow row;
  row.cells.push_back({{typeset::paragraph_block({}, {text_run(entry.title, {}, link)})}});
  const std::string page =
      base::expand_fields(tmpl.text("contents-page"), {{"page", "{page-of:" + entry.anchor + "}"}});
  row.cells.push_back({{typeset::paragraph_block("contents-page", {text_run(page, {}, link)})}});
  return row;
}

}  // namespace

std::vector<typeset::Block> cover_blocks(const catalogue::Catalogue& catalogue,
                                         const typeset::Template& tmpl,
                                         const std::vector<ContentsEntry>& contents) {
  std::vector<typeset::Block> blocks;
  blocks.push_back(
      typeset::heading_block(1, "cover-title", typeset::inline_runs(catalogue.title_text)));
  blocks.push_back(typeset::paragraph_block("cover-period", period_phrase(catalogue, tmpl)));
  if (!catalogue.publisher.website.empty()) {
    typeset::InlineRun website =
        text_run(website_as_printed(catalogue.publisher.website), {}, catalogue.publisher.website);
    blocks.push_back(typeset::paragraph_block("cover-website", {website}));
  }
  if (!contents.empty()) {
    blocks.push_back(typeset::heading_block(2, "contents-title", tmpl.text("contents-title")));
    typeset::TableBlock table{kContentsTableStyle, {}};
    for (const ContentsEntry& entry : contents) table.rows.push_back(contents_row(entry, tmpl));
    blocks.push_back(typeset::Block{std::move(table)});
  }
  return blocks;
}

std::string imprint_line(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl) {
  base::Fields fields = catalogue_fields(catalogue);
  std::string line = base::expand_fields(tmpl.text("imprint"), fields);
  if (!catalogue.publisher.responsible_editor.empty()) {
    fields.set("responsible-editor", catalogue.publisher.responsible_editor);
    line += base::expand_fields(tmpl.text("imprint-editor"), fields);
  }
  return line;
}

}  // namespace documents
