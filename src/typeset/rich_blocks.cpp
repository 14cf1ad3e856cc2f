#include "typeset/rich_blocks.hpp"

#include <algorithm>
#include <string_view>

namespace typeset {

std::vector<InlineRun> inline_runs(const catalogue::Paragraph& paragraph) {
  std::vector<InlineRun> runs;
  runs.reserve(paragraph.runs.size());
  for (const catalogue::TextRun& source : paragraph.runs) {
    InlineRun run;
    run.text = source.text;
    run.italic = (source.style & catalogue::kItalic) != 0;
    run.bold = (source.style & catalogue::kBold) != 0;
    run.superscript = (source.style & catalogue::kSuperscript) != 0;
    run.link = source.link;
    run.line_break = source.line_break;
    run.position = source.position;
    runs.push_back(std::move(run));
  }
  return runs;
}

namespace {

Block list_block(const catalogue::List& list, const RichTextStyles& styles) {
  ListBlock block;
  block.style = styles.list;
  block.ordered = list.ordered;
  block.start = list.start;
  for (const catalogue::ListItem& item : list.items) {
    block.items.push_back(ListItem{rich_blocks(catalogue::RichText{item.blocks}, styles)});
  }
  return Block{std::move(block)};
}

}  // namespace

namespace {

std::string text_of(const std::vector<InlineRun>& runs) {
  std::string text;
  for (const InlineRun& run : runs) text += run.line_break ? "\n" : run.text;
  return text;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word && c != ':') ++words;
    in_word = !space;
  }
  return words;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  return text;
}

// Sets the first `length` bytes of the runs' text in bold, splitting the run
// where the head ends.
void embolden_head(std::vector<InlineRun>& runs, std::size_t length) {
  std::size_t offset = 0;
  for (std::size_t r = 0; r < runs.size() && offset < length; ++r) {
    InlineRun& run = runs[r];
    const std::size_t size = run.line_break ? 1 : run.text.size();
    if (offset + size > length && !run.line_break) {
      InlineRun rest = run;
      rest.text = run.text.substr(length - offset);
      run.text.resize(length - offset);
      run.bold = true;
      runs.insert(runs.begin() + static_cast<long>(r) + 1, std::move(rest));
      return;
    }
    run.bold = true;
    offset += size;
  }
}

// How much of a paragraph that introduces a list is its sub-head, in bytes:
// all of a short one ("Matin (9h30-12h30) :", "Sujets abordés"), the part up
// to the colon of a longer one ("Demi-journée 1 : Poser le cadre…"); 0 for
// a sentence ("Les participants pourront :").
constexpr std::size_t kShortHeadWords = 6;
constexpr std::size_t kRunInHeadWords = 4;

std::size_t subhead_length(const std::string& text) {
  const std::string_view whole = trimmed(text);
  if (whole.empty() || whole.find('\n') != std::string_view::npos) return 0;
  const std::size_t words = word_count(whole);
  if (whole.back() == ':' && words <= kShortHeadWords) return text.size();
  const std::size_t colon = whole.find(" :");
  const std::size_t tight_colon = whole.find(": ");
  const std::size_t head_end =
      std::min(colon == std::string_view::npos ? colon : colon + 2,
               tight_colon == std::string_view::npos ? tight_colon : tight_colon + 1);
  if (head_end != std::string_view::npos &&
      word_count(whole.substr(0, head_end)) <= kRunInHeadWords) {
    return static_cast<std::size_t>(whole.data() - text.data()) + head_end;
  }
  const char last = whole.back();
  if (words <= kShortHeadWords && last != '.' && last != ';' && last != ',') return text.size();
  return 0;
}

}  // namespace

std::vector<Block> rich_blocks(const catalogue::RichText& text, const RichTextStyles& styles) {
  std::vector<Block> blocks;
  for (std::size_t b = 0; b < text.blocks.size(); ++b) {
    const catalogue::Block& source = text.blocks[b];
    if (source.kind == catalogue::Block::Kind::paragraph) {
      std::vector<InlineRun> runs = inline_runs(source.paragraph);
      const bool introduces_list =
          b + 1 < text.blocks.size() && text.blocks[b + 1].kind == catalogue::Block::Kind::list;
      if (introduces_list) {
        // A programme's sub-head is set in bold and, like any paragraph that
        // introduces a list, never left alone at the foot of a page.
        const bool already_bold = std::all_of(runs.begin(), runs.end(), [](const InlineRun& run) {
          return run.bold || run.line_break || run.text.find_first_not_of(' ') == std::string::npos;
        });
        if (!already_bold) {
          if (const std::size_t head = subhead_length(text_of(runs)); head > 0) {
            embolden_head(runs, head);
          }
        }
      }
      Block block = paragraph_block(styles.paragraph, std::move(runs));
      block.keep_with_next = introduces_list;
      blocks.push_back(std::move(block));
    } else {
      blocks.push_back(list_block(source.list, styles));
    }
  }
  return blocks;
}

}  // namespace typeset
