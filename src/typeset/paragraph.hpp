// Setting one paragraph: styled runs in, lines of positioned glyph runs out.
// Lines are broken by total fit (Knuth–Plass) with French hyphenation and
// French typographic spacing; see linebreak.hpp, hyphenation.hpp, french_spacing.hpp.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/boxes.hpp"
#include "typeset/fonts.hpp"

namespace typeset {

class Hyphenator;
class ParagraphCache;

enum class Alignment { justify, left, center, right };

// How a paragraph looks; read from templates (see template.hpp).
struct ParagraphStyle {
  std::string family = "Livret Sans";  // the reduced Carlito of fonts/
  double size = 10;                    // points
  double leading = 12;                 // baseline to baseline, points
  Color color;
  Color link_color{0.1, 0.3, 0.6};
  FontStyle base_style = FontStyle::regular;  // bold for labels and headings
  Alignment alignment = Alignment::justify;
  bool hyphenate = true;
  double first_line_indent = 0;
  double space_before = 0;  // used by the block layout, not by set_paragraph
  double space_after = 0;
  int orphans = 2;  // fewest lines left at a page foot (block layout)
  int widows = 2;   // fewest lines carried to the next page (block layout)
  bool keep_with_next = false;
  friend bool operator==(const ParagraphStyle&, const ParagraphStyle&) = default;
};

// One piece of input text with one style.
struct InlineRun {
  std::string text;  // UTF-8
  bool italic = false;
  bool bold = false;
  bool superscript = false;
  std::string link;               // URI, or "#name" for an internal destination
  bool line_break = false;        // a forced line break (no text)
  base::SourcePosition position;  // for diagnostics
  friend bool operator==(const InlineRun&, const InlineRun&) = default;
};

// One set line. Glyph runs and links are relative to the line's origin: x from
// the line's left edge, y = 0 on the baseline (negative is above).
struct LineBox {
  double width = 0;    // the measure it was set to
  double ascent = 0;   // above the baseline, points (positive)
  double descent = 0;  // below the baseline, points (positive)
  std::vector<GlyphRun> runs;
  std::vector<LinkBox> links;
  bool hyphenated = false;  // ends with an added hyphen
  // How its spaces were set (BrokenLine::ratio): above 2 a justified line
  // looks loose. Kept for quality checks of whole documents.
  double ratio = 0;
  bool overfull = false;  // wider than the measure even fully shrunk
};

struct ParagraphLayout {
  std::vector<LineBox> lines;
  double leading = 12;
  // Height from the top of the first line to the bottom of the last:
  // first ascent + (n-1) × leading + last descent.
  double height() const;
};

// What to do with a character no face has. Never a silent "?": the commands
// report such characters where they were typed before laying anything out
// (documents/printable_text.hpp); the layout refuses any it still meets, or,
// when the user asked for warnings, prints "?" without saying it twice.
enum class MissingCharacters {
  refuse,          // an error: the document is not written
  replace,         // "?" on paper and a warning
  replace_quietly  // "?" on paper; the command has already warned, with its position
};

// What setting text needs besides the text: fonts, hyphenation patterns, and
// where diagnostics go (file name for positions carried by the runs).
struct TextContext {
  const FontLibrary* fonts = nullptr;
  const Hyphenator* hyphenator = nullptr;  // null: no hyphenation
  std::string source_file;
  base::Diagnostics* diagnostics = nullptr;
  // Prepared paragraphs to reuse (paragraph_cache.hpp), shared by the run's
  // documents; null: text_setter gives each document a cache of its own.
  ParagraphCache* cache = nullptr;
  MissingCharacters missing_characters = MissingCharacters::refuse;
};

// Breaks `runs` into lines of `width` points. Never drops text: a character no
// face covers (see MissingCharacters), or a word wider than the measure, is
// reported to `context.diagnostics` (with the run's position).
ParagraphLayout set_paragraph(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                              double width, const TextContext& context);

}  // namespace typeset
