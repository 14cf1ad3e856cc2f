#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UBSan) in build-fuzz/
# and runs each for a given time, starting from the seed corpora:
#   catalogue  xml/*.xml, tests/data/bad/*.xml, tests/fixtures/demo.xml
#   template   templates/*.xml
#   truetype   fonts/*.ttf (the layout's TrueType parser)
#   font_program  fonts/*.ttf (pdf/'s reader that cuts the embedded subsets)
#   pipeline   xml/*.xml, the valid catalogues of tests/data/bad and fuzz/seeds/pipeline
#              (the edition cut to a course per section: small enough to be kept whole)
# and from the regression fixtures of fuzz/regressions/<target>/ (each an input
# that once crashed a target or broke a message rule; they are replayed first).
#
#   tools/fuzz.sh [SECONDS] [TARGET…]      (default: 60 seconds, all five targets)
#   tools/fuzz.sh --runs N TARGET…          (N executions instead of a time)
#
# Working corpora grow in build-fuzz/corpus/<target>/ (not tracked). A crash
# leaves build-fuzz/crash-<target>-*; copy it into fuzz/regressions/<target>/
# once fixed. FUZZ_ARGS passes more libFuzzer options (-jobs, -rss_limit_mb…).
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-max_total_time=60)
if [ "${1:-}" = "--runs" ]; then
  limit=(-runs="$2")
  shift 2
elif [ -n "${1:-}" ] && [[ "$1" =~ ^[0-9]+$ ]]; then
  limit=(-max_total_time="$1")
  shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(catalogue template truetype font_program pipeline)

build=build-fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  CXX=clang++ cmake -B "$build" -DBROCHURE_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" > /dev/null
fi
cmake --build "$build" -j2 --target "${targets[@]/%/_fuzzer}"

seed() {  # seed TARGET → the seed files of TARGET, one per line
  case "$1" in
    catalogue) ls xml/*.xml tests/data/bad/*.xml tests/fixtures/demo.xml ;;
    template) ls templates/*.xml ;;
    truetype | font_program) ls fonts/*.ttf ;;
    pipeline) ls xml/*.xml fuzz/seeds/pipeline/*.xml; grep -L "error:" tests/data/bad/*.xml ;;
  esac
}

# libhyphen's own leak at dictionary load (see the file), as in the sanitizer run.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt:print_suppressions=0"
# A smaller quarantine, no fill of fresh blocks and shorter allocation stacks:
# half the time per input, use-after-free still caught within 16 MB.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=16:max_malloc_fill_size=0:malloc_context_size=8}"

status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  regressions="fuzz/regressions/$target"
  mkdir -p "$corpus" "$regressions"
  seed "$target" | while read -r file; do cp -n "$file" "$corpus/"; done
  # XML targets: the formats' tokens, and inputs kept small enough to run
  # thousands of times a second (the edition's catalogue is cut, not lost:
  # its first kilobytes hold every kind of element).
  options=()
  case "$target" in
    catalogue | template) options=(-dict=fuzz/xml.dict -max_len=8192) ;;
    pipeline) options=(-dict=fuzz/xml.dict -max_len=16384) ;;
    # Room for the reduced fonts whole (≤ 67 KB); DejaVu's seeds come in cut,
    # which the parser must refuse cleanly. Larger inputs only slow each run.
    truetype | font_program) options=(-max_len=70000) ;;
  esac
  echo "--- $target: regressions, then ${limit[*]}"
  # The fixtures first, each once: a fixed crash must stay fixed.
  if [ -n "$(ls -A "$regressions")" ]; then
    "$build/fuzz/${target}_fuzzer" "$regressions"/* > "$build/$target-regressions.log" 2>&1 ||
      { cat "$build/$target-regressions.log"; status=1; continue; }
  fi
  # shellcheck disable=SC2086
  "$build/fuzz/${target}_fuzzer" "$corpus" "$regressions" "${options[@]}" "${limit[@]}" \
    -artifact_prefix="$build/crash-$target-" -print_final_stats=1 ${FUZZ_ARGS:-} \
    > "$build/$target.log" 2>&1 || status=1
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" "$build/$target.log" || true
  [ $status = 0 ] || tail -40 "$build/$target.log"
done
exit $status
