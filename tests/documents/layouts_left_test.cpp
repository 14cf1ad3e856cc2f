// The run's prepared paragraphs are let go once its last document is laid
// out, and not before: a flyer laid out after the brochure still finds the
// sheet the brochure prepared.
#include "documents/layouts_left.hpp"

#include <gtest/gtest.h>

#include "documents_test_support.hpp"
#include "typeset/paragraph_setter.hpp"

namespace {

using documents::OutputJob;

// Fills the cache of `resources` as a layout does: one paragraph set.
std::size_t prepare_one(const documents::Resources& resources) {
  base::Diagnostics diagnostics;
  const typeset::TextContext context = resources.text_context("test.xml", diagnostics);
  const typeset::ParagraphStyle* body =
      resources.find_template(documents_test::kFlyerTemplate)->paragraph_style("body");
  EXPECT_NE(body, nullptr);
  typeset::InlineRun run;
  run.text = "Accompagner l'analyse des pratiques professionnelles";
  typeset::text_setter(context)({run}, *body, 200, &diagnostics);
  return context.cache->size();
}

std::size_t kept(const documents::Resources& resources) {
  base::Diagnostics diagnostics;
  return resources.text_context("test.xml", diagnostics).cache->size();
}

TEST(LayoutsLeft, TheLastBrochureOrFlyerLaidOutLetsThePreparedParagraphsGo) {
  const documents::Resources resources =
      documents_test::load_test_resources({documents_test::kFlyerTemplate});
  ASSERT_EQ(prepare_one(resources), 1u);
  // The edition's calendar lays nothing out: two layouts to wait for.
  const std::vector<OutputJob> jobs{{.kind = OutputJob::Kind::brochure},
                                    {.kind = OutputJob::Kind::flyer},
                                    {.kind = OutputJob::Kind::edition_calendar}};
  documents::LayoutsLeft layouts(jobs, resources);
  EXPECT_EQ(layouts.left(), 2u);
  layouts.one_done();
  EXPECT_EQ(kept(resources), 1u) << "a layout is still to come";
  layouts.one_done();
  EXPECT_EQ(kept(resources), 0u);
  layouts.one_done();  // one too many changes nothing
  EXPECT_EQ(layouts.left(), 0u);
  // A layout after the last prepares its text and keeps none of it.
  EXPECT_EQ(prepare_one(resources), 0u);
}

}  // namespace
