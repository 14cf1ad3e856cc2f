// The fit search's choice, on a model document whose page count is known at
// every size: the largest size that keeps it on one page, never under the
// minimum; else the fewest pages the minimum allows, at the largest size that
// needs no more — up to the maximum, so that the last page is well filled.
#include "typeset/fit.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace typeset {
namespace {

constexpr double kBase = 10;

// A document whose text takes `pages_at_base` pages of text at the base size,
// its height going as the square of the size.
struct ModelDocument {
  double pages_at_base = 1;
  int layouts = 0;
  int pages(double size) {
    ++layouts;
    const double ratio = size / kBase;
    return static_cast<int>(std::ceil(pages_at_base * ratio * ratio - 1e-9));
  }
};

double chosen_size(ModelDocument& document, const FitRule& rule) {
  const FitEstimate estimate{document.pages_at_base * 100, 100};
  const int step = choose_fit_step(
      kBase, rule, estimate, [&](int trial) { return document.pages(kBase - trial * rule.step); });
  return kBase - step * rule.step;
}

FitRule rule(double min, double max = 0) {
  return {.max_pages = 1, .min_body_size = min, .max_body_size = max, .step = 0.25};
}

TEST(Fit, AShortDocumentKeepsItsSizeAfterOneLayout) {
  ModelDocument document{0.7};
  EXPECT_DOUBLE_EQ(chosen_size(document, rule(8.5, 12)), kBase);
  EXPECT_EQ(document.layouts, 1);
}

TEST(Fit, ShrinksToTheLargestSizeThatFitsOnePage) {
  ModelDocument document{1.2};  // one page from 10/sqrt(1.2) = 9.13 pt down
  EXPECT_DOUBLE_EQ(chosen_size(document, rule(8.5, 12)), 9);
  EXPECT_LE(document.layouts, 5);
}

TEST(Fit, NeverUnderTheMinimum) {
  ModelDocument document{1.5};  // one page only from 8.16 pt down
  const double size = chosen_size(document, rule(8.5));
  EXPECT_GE(size, 8.5);
  // Two pages anyway: the largest size that needs no more than two.
  EXPECT_DOUBLE_EQ(size, kBase);
}

TEST(Fit, ADocumentThatNeedsMorePagesAnywayGrowsToFillThem) {
  // 1.5 pages at 10 pt; two pages hold it up to 10 × sqrt(2/1.5) = 11.5 pt.
  ModelDocument document{1.5};
  const double size = chosen_size(document, rule(8.5, 12));
  EXPECT_DOUBLE_EQ(size, 11.5);
  ModelDocument check{1.5};
  EXPECT_EQ(check.pages(size), 2);
  EXPECT_EQ(check.pages(size + 0.25), 3);
}

TEST(Fit, GrowsNoFurtherThanTheMaximum) {
  // 1.6 pages at 10 pt, 1.16 at 8.5 pt: two pages anyway, and still two at 10.5 pt.
  ModelDocument document{1.6};
  EXPECT_DOUBLE_EQ(chosen_size(document, rule(8.5, 10.5)), 10.5);
}

TEST(Fit, WithoutAMaximumTheTemplateSizeIsTheLargest) {
  ModelDocument document{1.6};
  EXPECT_DOUBLE_EQ(chosen_size(document, rule(8.5)), kBase);
}

TEST(Fit, ScaledTemplateScalesSizesLeadingsAndSpacesTogether) {
  Template tmpl;
  tmpl.paragraph_styles["body"].size = 10;
  tmpl.paragraph_styles["body"].leading = 12;
  tmpl.paragraph_styles["body"].space_after = 4;
  tmpl.paragraph_styles["title"].size = 20;
  const Template grown = scaled_template(tmpl, "body", 12);
  EXPECT_DOUBLE_EQ(grown.paragraph_style("body")->size, 12);
  EXPECT_DOUBLE_EQ(grown.paragraph_style("body")->leading, 14.4);
  EXPECT_DOUBLE_EQ(grown.paragraph_style("body")->space_after, 4.8);
  EXPECT_DOUBLE_EQ(grown.paragraph_style("title")->size, 24);
}

}  // namespace
}  // namespace typeset
