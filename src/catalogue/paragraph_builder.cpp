#include "catalogue/paragraph_builder.hpp"

#include "catalogue/links.hpp"

namespace catalogue {

namespace {
bool is_white_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
}  // namespace

void ParagraphBuilder::append_text(const base::DecodedText& text, std::uint8_t style,
                                   const std::string& link) {
  std::size_t done = 0;
  if (link.empty()) {
    for (const UrlMatch& url : find_links(text.text)) {
      append_range(text, done, url.begin, style, link);
      append_range(text, url.begin, url.end, style, url.link);
      done = url.end;
    }
  }
  append_range(text, done, text.text.size(), style, link);
}

void ParagraphBuilder::append_range(const base::DecodedText& text, std::size_t begin,
                                    std::size_t end, std::uint8_t style, const std::string& link) {
  for (std::size_t i = begin; i < end; ++i) {
    const char c = text.text[i];
    if (is_white_space(c)) {
      if (!at_line_start_ && !after_space_) append_byte(' ', text.offsets[i], style, link);
      after_space_ = true;
      continue;
    }
    append_byte(c, text.offsets[i], style, link);
    at_line_start_ = false;
    after_space_ = false;
  }
}

void ParagraphBuilder::append_byte(char byte, std::size_t offset, std::uint8_t style,
                                   const std::string& link) {
  if (runs_.empty() || runs_.back().line_break || runs_.back().style != style ||
      runs_.back().link != link) {
    runs_.push_back(TextRun{"", style, link, false, source_->position_at(offset)});
  }
  TextRun& run = runs_.back();
  // A run is positioned at its first visible character, not at a leading space.
  if (byte != ' ' && run.text == " ") run.position = source_->position_at(offset);
  run.text += byte;
}

void ParagraphBuilder::append_line_break(base::SourcePosition position) {
  trim_trailing_space();
  TextRun line_break;
  line_break.line_break = true;
  line_break.position = position;
  runs_.push_back(std::move(line_break));
  at_line_start_ = true;
  after_space_ = false;
}

void ParagraphBuilder::trim_trailing_space() {
  if (runs_.empty() || runs_.back().line_break || !runs_.back().text.ends_with(' ')) return;
  runs_.back().text.pop_back();
  if (runs_.back().text.empty()) runs_.pop_back();
}

Paragraph ParagraphBuilder::take(base::SourcePosition position) {
  trim_trailing_space();
  Paragraph paragraph{std::move(runs_), position};
  runs_.clear();
  at_line_start_ = true;
  after_space_ = false;
  return paragraph;
}

Paragraph ParagraphBuilder::take() {
  const base::SourcePosition position =
      runs_.empty() ? base::SourcePosition{} : runs_.front().position;
  return take(position);
}

}  // namespace catalogue
