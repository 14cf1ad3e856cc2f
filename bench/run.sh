#!/bin/sh
# Whole-process timings of `brochure render` on one edition: everything, the
# brochure alone and the flyers alone, with --jobs 1 and --jobs 2; best (and
# mean) of N runs. Uses hyperfine when installed, else a loop around
# `date +%s.%N`. Also prints each file's size.
#
#   bench/run.sh [BROCHURE_BINARY] [CATALOGUE] [RUNS]
#   defaults:    build/brochure    xml/2026-2027.xml  10
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build/brochure}
catalogue=${2:-$root/xml/2026-2027.xml}
runs=${3:-10}
out=$(mktemp -d "${TMPDIR:-/tmp}/brochure-bench-XXXXXX")
trap 'rm -rf "$out"' EXIT

if [ ! -x "$binary" ]; then
  echo "bench/run.sh : $binary introuvable (cmake --build build d'abord)" >&2
  exit 1
fi

echo "machine : $(nproc) processeurs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "date    : $(date -u +%Y-%m-%dT%H:%MZ)"
echo "programme : $binary ; catalogue : $catalogue ; $runs passages"
echo

cases="tout:
brochure:--only brochure
flyers:--only flyers"

# best and mean wall time of a command, in ms, by a plain loop.
loop_time() {
  best=""
  total=0
  i=0
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    ms=$(echo "($end - $start) * 1000" | bc -l)
    total=$(echo "$total + $ms" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$ms < $best" | bc -l)" = 1 ]; then best=$ms; fi
    i=$((i + 1))
  done
  printf '%-28s best %8.1f ms   mean %8.1f ms\n' "$label" "$best" "$(echo "$total / $runs" | bc -l)"
}

echo "$cases" | while IFS=: read -r name options; do
  for jobs in 1 2; do
    label="$name --jobs $jobs"
    # shellcheck disable=SC2086  # options are words on purpose
    set -- "$binary" render "$catalogue" --out "$out/$name-$jobs" --jobs "$jobs" $options
    "$@" >/dev/null 2>&1 || { echo "échec : $*" >&2; exit 1; }
    if command -v hyperfine >/dev/null 2>&1; then
      hyperfine --style none --warmup 2 --runs "$runs" --export-json "$out/h.json" \
        "$*" >/dev/null 2>&1
      python3 - "$out/h.json" "$label" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{sys.argv[2]:<28} best {min(r['times'])*1000:8.1f} ms   mean {r['mean']*1000:8.1f} ms"
      f"   (± {r['stddev']*1000:.1f})")
PY
    else
      loop_time "$@"
    fi
  done
done

echo
echo "fichiers (render complet) :"
(cd "$out/tout-2" && find . -name '*.pdf' | sort | while read -r file; do
  printf '  %-58s %6s octets  %s page(s)\n' "${file#./}" "$(stat -c %s "$file")" \
    "$(pdfinfo "$file" 2>/dev/null | awk '/^Pages:/ {print $2}')"
done)
