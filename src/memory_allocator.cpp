// The program's memory allocator: jemalloc (linked by CMakeLists.txt unless a
// sanitizer build replaces malloc itself), read at its start from this
// string, the only way to set it for every thread without an environment
// variable.
//
// On a virtual machine each page fault costs several microseconds, and a run
// touches some 16 MB of fresh heap. thp:always asks for transparent huge
// pages (2 MB) under the heap, metadata_thp the same for the allocator's own
// tables. The kernel gives a huge page only to a 2 MB-aligned stretch lying
// wholly in one mapping when it is first touched, and jemalloc grows its
// heap by mappings of 2, 2.5, 3, 3.5 MB… at any 4 KB boundary: most of them
// were still touched 4 KB at a time. So the heap grows here by whole,
// aligned huge pages (the extent hook below), and all threads share one
// arena (narenas:1): a few threads, each with its own cache, and one heap
// filling whole huge pages rather than eight heaps each with a half-used one.
// The edition: 2 150 page faults → 670, peak RSS 44.6 → 39.7 MB
// (bench/README.md, 2026-12-05, third session).
#include <jemalloc/jemalloc.h>

#include <cstddef>
#include <string>
#include <string_view>

extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc reads this symbol
const char* malloc_conf = "thp:always,metadata_thp:always,narenas:1";
}

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// jemalloc's own hooks, read once at start, and the same with a new `alloc`.
// NOLINTBEGIN(cppcoreguidelines-avoid-non-const-global-variables): jemalloc keeps pointers to them
extent_hooks_t default_hooks;
extent_hooks_t huge_page_hooks;
// NOLINTEND(cppcoreguidelines-avoid-non-const-global-variables)

// New heap of 2 MB or more is mapped in whole huge pages from a huge page
// boundary; jemalloc uses `size` of it. The rest of the last huge page is
// never used: with retain (jemalloc's default on Linux) a mapping is never
// unmapped, so no part of it is handed back twice or lost track of.
void* alloc_whole_huge_pages(extent_hooks_t* /*hooks*/, void* new_addr, std::size_t size,
                             std::size_t alignment, bool* zero, bool* commit,
                             unsigned arena_index) {
  if (new_addr == nullptr && size >= kHugePage) {
    const std::size_t whole = (size + kHugePage - 1) / kHugePage * kHugePage;
    const std::size_t aligned = alignment < kHugePage ? kHugePage : alignment;
    if (void* memory = default_hooks.alloc(&default_hooks, nullptr, whole, aligned, zero, commit,
                                           arena_index)) {
      return memory;
    }
  }
  return default_hooks.alloc(&default_hooks, new_addr, size, alignment, zero, commit, arena_index);
}

// Before main, while the heap is still small. Nothing changes when jemalloc
// is told not to retain its mappings (MALLOC_CONF=retain:false) or to leave
// huge pages to the system (thp:default, thp:never).
[[gnu::constructor]] void grow_the_heap_by_huge_pages() {
  bool retain = false;
  std::size_t length = sizeof(retain);
  if (mallctl("opt.retain", &retain, &length, nullptr, 0) != 0 || !retain) return;
  const char* thp = nullptr;
  length = sizeof(thp);
  if (mallctl("opt.thp", static_cast<void*>(&thp), &length, nullptr, 0) != 0 ||
      std::string_view(thp) != "always") {
    return;
  }
  extent_hooks_t* current = nullptr;
  length = sizeof(current);
  if (mallctl("arena.0.extent_hooks", static_cast<void*>(&current), &length, nullptr, 0) != 0) {
    return;
  }
  default_hooks = *current;
  huge_page_hooks = *current;
  huge_page_hooks.alloc = alloc_whole_huge_pages;
  unsigned arenas = 0;
  length = sizeof(arenas);
  if (mallctl("opt.narenas", &arenas, &length, nullptr, 0) != 0) return;
  extent_hooks_t* wanted = &huge_page_hooks;
  for (unsigned arena = 0; arena < arenas; ++arena) {
    const std::string name = "arena." + std::to_string(arena) + ".extent_hooks";
    mallctl(name.c_str(), nullptr, nullptr, static_cast<void*>(&wanted), sizeof(wanted));
  }
}

}  // namespace
