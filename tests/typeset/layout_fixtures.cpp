#include "layout_fixtures.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "base/diagnostics.hpp"

namespace typeset::testing {

namespace {

std::size_t characters(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

LineBox make_line(const std::string& text, const ParagraphStyle& style, double width) {
  LineBox line;
  line.width = width;
  line.ascent = style.size * 0.8;
  line.descent = style.size * 0.2;
  GlyphRun run;
  run.size = style.size;
  run.color = style.color;
  run.text = text;
  run.width = static_cast<double>(characters(text)) * fake_advance(style.size);
  if (style.alignment == Alignment::right) run.origin.x = width - run.width;
  if (style.alignment == Alignment::center) run.origin.x = (width - run.width) / 2;
  line.runs.push_back(run);
  return line;
}

}  // namespace

ParagraphLayout fake_set_paragraph(const std::vector<InlineRun>& runs, const ParagraphStyle& style,
                                   double width, base::Diagnostics* /*diagnostics*/) {
  ParagraphLayout layout;
  layout.leading = style.leading;
  const double advance = fake_advance(style.size);
  std::string line;
  std::vector<LinkBox> pending_links;
  auto flush = [&] {
    if (!line.empty()) {
      layout.lines.push_back(make_line(line, style, width));
      layout.lines.back().links = std::move(pending_links);
      pending_links.clear();
    }
    line.clear();
  };
  for (const InlineRun& run : runs) {
    if (!run.link.empty()) {  // the whole line stands for the link's area
      LinkBox link;
      link.rect = {0, -style.size * 0.8, width, style.size};
      if (run.link.front() == '#')
        link.destination = run.link.substr(1);
      else
        link.uri = run.link;
      pending_links.push_back(link);
    }
    if (run.line_break) {
      flush();
      continue;
    }
    std::istringstream stream(run.text);
    std::string word;
    while (stream >> word) {
      const std::string candidate = line.empty() ? word : line + " " + word;
      if (!line.empty() && static_cast<double>(characters(candidate)) * advance > width) {
        flush();
        line = word;
      } else {
        line = candidate;
      }
    }
  }
  flush();
  return layout;
}

Template test_template(double frame_height) {
  const std::string xml = R"xml(<template>
  <fonts fallback="Fake"><family name="Fake" regular="fake.ttf"/></fonts>
  <text name="suite">(suite)</text>
  <paragraph-style name="body" family="Fake" size="10" leading="12" widows="2" orphans="2"/>
  <paragraph-style name="heading" based-on="body" weight="bold" keep-with-next="true" space-before="6" space-after="3"/>
  <paragraph-style name="cell" based-on="body" align="left"/>
  <paragraph-style name="label" based-on="body" weight="bold" align="left"/>
  <paragraph-style name="header" based-on="body" weight="bold" align="center"/>
  <paragraph-style name="suite" based-on="body" slant="italic" align="left"/>
  <paragraph-style name="footer" based-on="body" align="center"/>
  <paragraph-style name="unbreakable" based-on="cell" widows="99" orphans="99"/>
  <list-style name="items">
    <level bullet="•" number="1." indent="14" gap="3" marker-align="right"/>
    <level bullet="–" number="a)" indent="12" gap="2"/>
    <level bullet="·" number="i." indent="24" gap="2"/>
  </list-style>
  <table-style name="sheet" columns="30% *" padding="2 3" label-column="1" label-style="label"
      cell-style="cell" header-style="header" header-fill="#dddddd" label-fill="#eeeeee"
      continuation="suite" continuation-style="suite" min-lines="2" min-rows="1">
    <outer-border width="1" color="#000000"/>
    <row-separator width="0.5" color="#888888"/>
    <column-separator width="0.5" color="#888888"/>
  </table-style>
  <table-style name="overview" columns="* 2*" padding="1 2" cell-style="cell" header-style="header"
      split-rows="false" min-rows="2">
    <outer-border width="0.8" color="#000000"/>
    <row-separator width="0.4" color="#000000"/>
  </table-style>
  <columns-style name="two" count="2" gap="10">
    <column-rule width="0.5" color="#888888"/>
  </columns-style>
  <columns-style name="three" count="3" gap="10" space-before="4" space-after="6"/>
  <page-master name="page" width="300" height="FRAME" margins="50 50 50 50">
    <footer top="FOOTER" height="12" style="footer" center="page {page} / {pages}"/>
  </page-master>
</template>)xml";
  std::string text = xml;
  auto replace = [&](const std::string& key, double value) {
    text.replace(text.find(key), key.size(), std::to_string(value));
  };
  replace("FOOTER", frame_height + 60);
  replace("FRAME", frame_height + 100);
  TemplateResult result = parse_template(text, "templates/test.xml");
  for (const auto& diagnostic : result.diagnostics.items()) {
    ADD_FAILURE() << base::format_diagnostic(diagnostic);
  }
  return result.value ? *result.value : Template{};
}

std::string words(const std::string& prefix, int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) {
    if (!text.empty()) text += ' ';
    text += prefix + std::to_string(i);
  }
  return text;
}

std::vector<std::string> page_texts(const DocumentBox& document, std::size_t page) {
  std::vector<std::string> texts;
  for (const GlyphRun& run : document.pages.at(page).glyphs) texts.push_back(run.text);
  return texts;
}

int count_words(const std::string& text) {
  std::istringstream stream(text);
  std::string word;
  int count = 0;
  while (stream >> word) ++count;
  return count;
}

}  // namespace typeset::testing

namespace typeset::testing {

Block lines_block(const std::string& style, const std::string& prefix, int count) {
  std::vector<InlineRun> runs;
  for (int i = 1; i <= count; ++i) {
    InlineRun line;
    if (i > 1) {
      InlineRun line_break;
      line_break.line_break = true;
      runs.push_back(line_break);
    }
    line.text = prefix + std::to_string(i);
    runs.push_back(line);
  }
  return paragraph_block(style, std::move(runs));
}

FlowRun run_flow(std::vector<Block> blocks, double frame_height) {
  FlowRun run;
  run.tmpl = test_template(frame_height);
  Flow flow(run.tmpl, fake_set_paragraph, run.diagnostics, "page");
  flow.add(std::move(blocks));
  flow.keep_pages();
  run.document = flow.finish();
  run.pages = flow.pages();
  run.report = flow.report();
  return run;
}

namespace {

constexpr double kEpsilon = 0.011;

bool is_footer(const GlyphRun& run) {
  return run.text.rfind("page ", 0) == 0;
}

}  // namespace

void expect_inside_frames(const FlowRun& run) {
  ASSERT_EQ(run.pages.size(), run.document.pages.size());
  for (std::size_t p = 0; p < run.pages.size(); ++p) {
    const Rect frame = run.pages[p].frame;
    auto inside_x = [&](double x) {
      return x >= frame.x - kEpsilon && x <= frame.right() + kEpsilon;
    };
    auto inside_y = [&](double y) {
      return y >= frame.y - kEpsilon && y <= frame.bottom() + kEpsilon;
    };
    for (const PlacedStrip& placed : run.pages[p].strips) {
      EXPECT_TRUE(inside_y(placed.y) && inside_y(placed.y + placed.strip.height))
          << "page " << p + 1 << ": strip at " << placed.y << " height " << placed.strip.height;
    }
    const PageBox& page = run.document.pages[p];
    for (const FillBox& fill : page.fills) {
      EXPECT_TRUE(inside_x(fill.rect.x) && inside_x(fill.rect.right()) && inside_y(fill.rect.y) &&
                  inside_y(fill.rect.bottom()))
          << "page " << p + 1 << ": fill at " << fill.rect.x << "," << fill.rect.y;
    }
    for (const RuleBox& rule : page.rules) {
      const double half = rule.thickness / 2;
      const bool vertical = rule.from.x == rule.to.x;
      const double x0 = std::min(rule.from.x, rule.to.x) - (vertical ? half : 0);
      const double x1 = std::max(rule.from.x, rule.to.x) + (vertical ? half : 0);
      const double y0 = std::min(rule.from.y, rule.to.y) - (vertical ? 0 : half);
      const double y1 = std::max(rule.from.y, rule.to.y) + (vertical ? 0 : half);
      EXPECT_TRUE(inside_x(x0) && inside_x(x1) && inside_y(y0) && inside_y(y1))
          << "page " << p + 1 << ": rule " << x0 << "," << y0 << " – " << x1 << "," << y1;
    }
    for (const GlyphRun& glyph : page.glyphs) {
      if (is_footer(glyph)) continue;
      EXPECT_TRUE(inside_x(glyph.origin.x) && inside_x(glyph.origin.x + glyph.width) &&
                  inside_y(glyph.origin.y - glyph.size * 0.8) &&
                  inside_y(glyph.origin.y + glyph.size * 0.2))
          << "page " << p + 1 << ": \"" << glyph.text << "\" at " << glyph.origin.x << ","
          << glyph.origin.y;
    }
  }
}

int occurrences(const DocumentBox& document, const std::string& text) {
  int count = 0;
  for (const PageBox& page : document.pages) {
    for (const GlyphRun& glyph : page.glyphs) count += glyph.text == text;
  }
  return count;
}

}  // namespace typeset::testing
