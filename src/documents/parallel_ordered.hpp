// Runs independent tasks on worker threads and hands their results back on
// the calling thread in task order, so that what a command prints (and
// whatever it decides from the results) is the same for any number of
// workers. Tasks must not share mutable state; each one writes its own file.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace documents {

// The workers to use for `tasks` tasks when `requested` were asked for
// (0: one per processor), never more than there are tasks, at least one.
inline int effective_jobs(int requested, std::size_t tasks) {
  const unsigned processors = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t wanted = requested > 0 ? static_cast<std::size_t>(requested) : processors;
  return static_cast<int>(std::max<std::size_t>(1, std::min(wanted, tasks)));
}

// Calls run(i) for every i in [0, count) on `jobs` threads (1: all on the
// calling thread, no thread started), and deliver(i, result) on the calling
// thread for i = 0, 1, 2… as soon as result i is ready. Tasks are started in
// index order. An exception thrown by a task is rethrown here when its turn
// to be delivered comes (the other workers finish their current task first).
template <class Result>
void run_ordered(std::size_t count, int jobs, const std::function<Result(std::size_t)>& run,
                 const std::function<void(std::size_t, Result&)>& deliver) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t index = 0; index < count; ++index) {
      Result result = run(index);
      deliver(index, result);
    }
    return;
  }

  struct Slot {
    std::optional<Result> result;
    std::exception_ptr failure;
    bool done = false;
  };
  std::vector<Slot> slots(count);
  std::mutex mutex;
  std::condition_variable finished;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stopping{false};

  const auto work = [&] {
    while (!stopping.load()) {
      const std::size_t index = next.fetch_add(1);
      if (index >= count) return;
      Slot slot;
      try {
        slot.result.emplace(run(index));
      } catch (...) {
        slot.failure = std::current_exception();
      }
      slot.done = true;
      // Notified under the lock, so that thread checkers see no race on `slots`.
      const std::lock_guard lock(mutex);
      slots[index] = std::move(slot);
      finished.notify_all();
    }
  };

  std::vector<std::jthread> workers;
  const std::size_t worker_count = std::min<std::size_t>(static_cast<std::size_t>(jobs), count);
  workers.reserve(worker_count);
  for (std::size_t worker = 0; worker < worker_count; ++worker) workers.emplace_back(work);

  // Whatever happens below, the workers stop taking tasks before they are joined.
  struct StopOnExit {
    std::atomic<bool>& stopping;
    ~StopOnExit() { stopping.store(true); }
  } stop_on_exit{stopping};

  for (std::size_t index = 0; index < count; ++index) {
    Slot slot;
    {
      std::unique_lock lock(mutex);
      finished.wait(lock, [&] { return slots[index].done; });
      slot = std::move(slots[index]);
    }
    if (slot.failure) std::rethrow_exception(slot.failure);
    deliver(index, *slot.result);
  }
}

}  // namespace documents
