// The program's memory allocator: jemalloc (linked by CMakeLists.txt unless a
// sanitizer build replaces malloc itself), read at its start from this
// string, the only way to set it for every thread without an environment
// variable.
//
// thp:always backs the heap with transparent huge pages: a run touches some
// 16 MB of fresh heap, and on a virtual machine each 4 KB page fault costs
// several microseconds; with 2 MB pages the edition takes about 2 000 faults
// instead of 3 900 (bench/README.md, 2026-12-05, second session), at the
// price of a larger resident size. metadata_thp does the same for the
// allocator's own tables.
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc reads this symbol
const char* malloc_conf = "thp:always,metadata_thp:always";
}
