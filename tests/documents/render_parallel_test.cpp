// The ordered parallel runner behind `render --jobs`: results are handed over
// in task order whatever the number of workers and however long each task
// takes, every task runs once, and a task's failure reaches the caller.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "documents/parallel_ordered.hpp"

namespace {

using documents::effective_jobs;
using documents::run_ordered;

TEST(RunOrdered, DeliversInTaskOrderWhateverTheJobs) {
  for (int jobs : {1, 2, 3, 8}) {
    std::atomic<int> runs{0};
    std::vector<std::size_t> delivered;
    run_ordered<std::size_t>(
        20, jobs,
        [&](std::size_t index) {
          ++runs;
          // Early tasks finish last, so a naive runner would deliver out of order.
          std::this_thread::sleep_for(std::chrono::microseconds((20 - index) * 200));
          return index * 10;
        },
        [&](std::size_t index, std::size_t& result) {
          EXPECT_EQ(result, index * 10);
          delivered.push_back(index);
        });
    EXPECT_EQ(runs.load(), 20) << jobs << " jobs";
    ASSERT_EQ(delivered.size(), 20u) << jobs << " jobs";
    for (std::size_t i = 0; i < delivered.size(); ++i) EXPECT_EQ(delivered[i], i);
  }
}

TEST(RunOrdered, OneJobRunsOnTheCallingThread) {
  const std::thread::id caller = std::this_thread::get_id();
  run_ordered<bool>(
      3, 1, [&](std::size_t) { return std::this_thread::get_id() == caller; },
      [](std::size_t, bool& on_caller) { EXPECT_TRUE(on_caller); });
}

TEST(RunOrdered, SeveralJobsReallyRunAtOnce) {
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  run_ordered<int>(
      4, 2,
      [&](std::size_t) {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        --running;
        return 0;
      },
      [](std::size_t, int&) {});
  EXPECT_EQ(most.load(), 2);
}

TEST(RunOrdered, ATaskFailureIsRethrownInItsTurnAfterTheEarlierResults) {
  std::vector<std::size_t> delivered;
  EXPECT_THROW(run_ordered<int>(
                   10, 2,
                   [](std::size_t index) {
                     if (index == 3) throw std::runtime_error("disque plein");
                     return static_cast<int>(index);
                   },
                   [&](std::size_t index, int&) { delivered.push_back(index); }),
               std::runtime_error);
  EXPECT_EQ(delivered, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(EffectiveJobs, NeverMoreThanTasksNorLessThanOne) {
  EXPECT_EQ(effective_jobs(4, 2), 2);
  EXPECT_EQ(effective_jobs(1, 17), 1);
  EXPECT_EQ(effective_jobs(3, 0), 1);
  EXPECT_GE(effective_jobs(0, 100), 1);  // one per processor
  EXPECT_EQ(effective_jobs(0, 100),
            static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

}  // namespace
