#include "documents/layouts_left.hpp"

#include <algorithm>

namespace documents {

LayoutsLeft::LayoutsLeft(const std::vector<OutputJob>& jobs, const Resources& resources)
    : left_(static_cast<std::size_t>(std::count_if(
          jobs.begin(), jobs.end(), [](const OutputJob& job) { return job.laid_out(); }))),
      resources_(&resources) {}

void LayoutsLeft::one_done() {
  // Never below zero; `left` ends as the count before this one.
  std::size_t left = left_.load();
  while (left > 0 && !left_.compare_exchange_weak(left, left - 1)) {
  }
  if (left == 1) resources_->release_prepared_paragraphs();
}

}  // namespace documents
