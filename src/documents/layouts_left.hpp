// How many of a run's documents are still to be laid out. The run's prepared
// paragraphs (Resources) serve layouts alone, yet they were kept to the end of
// the run: 62 MB of the 231 MB a 1 000-session brochure took at its peak,
// while it was being painted and finished. The last layout lets them go.
#pragma once

#include <atomic>
#include <cstddef>
#include <vector>

#include "documents/edition_output.hpp"
#include "documents/resources.hpp"

namespace documents {

class LayoutsLeft {
 public:
  // `jobs`' brochures and flyers are laid out with `resources`.
  LayoutsLeft(const std::vector<OutputJob>& jobs, const Resources& resources);

  // One of them is laid out (or failed to be); after the last, the prepared
  // paragraphs go. Thread-safe.
  void one_done();

  std::size_t left() const { return left_.load(); }

 private:
  std::atomic<std::size_t> left_;
  const Resources* resources_;
};

}  // namespace documents
