// The heap grows by whole, aligned huge pages (src/memory_allocator.cpp):
// linked into this test program as into the brochure program. A hook that
// lost its rounding, or was never installed, would bring the 4 KB page faults
// back and nothing else would tell.
#include <gtest/gtest.h>
#include <jemalloc/jemalloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

extent_hooks_t* arena_hooks(unsigned arena) {
  extent_hooks_t* hooks = nullptr;
  std::size_t length = sizeof(hooks);
  const std::string name = "arena." + std::to_string(arena) + ".extent_hooks";
  EXPECT_EQ(mallctl(name.c_str(), static_cast<void*>(&hooks), &length, nullptr, 0), 0);
  return hooks;
}

// The end of the mapping that holds `address`, from /proc/self/maps.
std::uintptr_t mapping_end(const void* address) {
  const auto wanted = reinterpret_cast<std::uintptr_t>(address);
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    std::istringstream fields(line);
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    char dash = 0;
    fields >> std::hex >> begin >> dash >> end;
    if (begin <= wanted && wanted < end) return end;
  }
  return 0;
}

TEST(MemoryAllocator, OneArenaWithHugePages) {
  unsigned arenas = 0;
  std::size_t length = sizeof(arenas);
  ASSERT_EQ(mallctl("opt.narenas", &arenas, &length, nullptr, 0), 0);
  EXPECT_EQ(arenas, 1U);
  const char* thp = nullptr;
  length = sizeof(thp);
  ASSERT_EQ(mallctl("opt.thp", static_cast<void*>(&thp), &length, nullptr, 0), 0);
  EXPECT_STREQ(thp, "always");
}

TEST(MemoryAllocator, NewHeapComesInWholeAlignedHugePages) {
  extent_hooks_t* hooks = arena_hooks(0);
  ASSERT_NE(hooks, nullptr);
  // 2.5 MB, as jemalloc asks when its heap grows a second time.
  const std::size_t size = kHugePage + kHugePage / 4;
  bool zero = false;
  bool commit = true;
  void* memory = hooks->alloc(hooks, nullptr, size, 4096, &zero, &commit, 0);
  ASSERT_NE(memory, nullptr);
  const auto begin = reinterpret_cast<std::uintptr_t>(memory);
  EXPECT_EQ(begin % kHugePage, 0U) << "not on a huge page boundary";
  // The mapping covers two whole huge pages (it may run on into a neighbour).
  EXPECT_GE(mapping_end(memory), begin + 2 * kHugePage);
  static_cast<char*>(memory)[size - 1] = 1;  // all of `size` is usable
  munmap(memory, 2 * kHugePage);
}

TEST(MemoryAllocator, SmallAndInPlaceRequestsAreLeftToJemalloc) {
  extent_hooks_t* hooks = arena_hooks(0);
  ASSERT_NE(hooks, nullptr);
  bool zero = false;
  bool commit = true;
  void* memory = hooks->alloc(hooks, nullptr, 64 * 1024, 4096, &zero, &commit, 0);
  ASSERT_NE(memory, nullptr);
  static_cast<char*>(memory)[64 * 1024 - 1] = 1;
  munmap(memory, 64 * 1024);
}

TEST(MemoryAllocator, TheHeapStillWorks) {
  // Large blocks come from the hook, small ones from what it mapped.
  for (std::size_t size : {std::size_t{16}, std::size_t{100000}, std::size_t{5} << 20}) {
    void* block = std::malloc(size);
    ASSERT_NE(block, nullptr);
    static_cast<char*>(block)[size - 1] = 1;
    std::free(block);
  }
}

}  // namespace
