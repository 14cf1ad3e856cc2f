// Titles may hold a superscript (« 9<sup>e</sup> rencontre »), and nothing
// else: the printed title keeps it, the plain one (file names, bookmarks,
// lists) reads "9e".
#include <gtest/gtest.h>

#include <string>

#include "catalogue/reader.hpp"

namespace catalogue {
namespace {

std::string catalogue_titled(std::string_view title) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers <sup>bis</sup></title>
  <publisher website="https://www.tutorats.org">Fonds social</publisher>
  <operators>
    <operator id="le-grain">Le Grain</operator>
  </operators>
  <section kind="atelier" title="Ateliers">
    <course operator="le-grain">
      <title>)") +
         std::string(title) + R"(</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <place city="Bruxelles"/>
      </session>
    </course>
  </section>
</catalogue>
)";
}

std::string messages(const LoadResult& result) {
  std::string text;
  for (const base::Diagnostic& d : result.diagnostics.items()) {
    text += base::format_diagnostic(d) + "\n";
  }
  return text;
}

TEST(Titles, HoldASuperscript) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_titled("La 9<sup>e</sup> rencontre  des tuteurs"), "c.xml");
  ASSERT_TRUE(result.value) << messages(result);
  const Course& course = result.value->sections.at(0).courses.at(0);
  EXPECT_EQ(course.title, "La 9e rencontre des tuteurs");
  ASSERT_EQ(course.title_text.runs.size(), 3u);
  EXPECT_EQ(course.title_text.runs[0].text, "La 9");
  EXPECT_EQ(course.title_text.runs[1].text, "e");
  EXPECT_EQ(course.title_text.runs[1].style, kSuperscript);
  EXPECT_EQ(course.title_text.runs[2].text, " rencontre des tuteurs");
  EXPECT_EQ(course.title_text.runs[1].position, (base::SourcePosition{10, 23}));
  EXPECT_EQ(result.value->title, "Ateliers bis");
  EXPECT_EQ(result.value->title_text.runs.back().style, kSuperscript);
}

TEST(Titles, RefuseOtherMarkup) {
  const LoadResult result = load_catalogue_from_string(
      catalogue_titled("Un <em>beau</em> titre <sup><b>x</b></sup>"), "c.xml");
  EXPECT_FALSE(result.value);
  EXPECT_NE(messages(result).find("c.xml:10:17: error:"), std::string::npos) << messages(result);
  EXPECT_NE(messages(result).find("c.xml:10:42: error:"), std::string::npos) << messages(result);
}

}  // namespace
}  // namespace catalogue
