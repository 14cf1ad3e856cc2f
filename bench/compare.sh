#!/usr/bin/env bash
# Side by side: the whole edition (`brochure render`, brochure and flyers) and a
# reference command, run alternately so that both see the same machine load;
# prints each one's median, quartiles and extremes, and the ratio of medians.
#
#   bench/compare.sh [--runs N] [--binary FILE] [--catalogue FILE] [--fresh] -- REFERENCE...
#
# By default every run renders into the folder of the one before, as the staff
# do after an edit: files that come out the same are left as they were
# (nothing written, synced or freed for them). With --fresh the folder is
# removed before each run (not timed): every file is written.
#
# The reference this project measures against is Typst 0.14 setting the same
# brochure (see bench/README.md):
#
#   cp -r ../shared/peers/typst /tmp/typst && (cd /tmp/typst && npm install --silent)
#   bench/compare.sh --runs 21 -- node /tmp/typst/compile.js /tmp/typst/brochure.typ /tmp/t.pdf
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=21
binary=$root/build/brochure
catalogue=$root/xml/2026-2027.xml
fresh=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --catalogue) catalogue=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --) shift; break ;;
    *) echo "bench/compare.sh : option inconnue « $1 »" >&2; exit 2 ;;
  esac
done
if [ $# -eq 0 ]; then
  echo "usage : bench/compare.sh [--runs N] [--binary FICHIER] [--catalogue FICHIER] [--fresh] -- COMMANDE DE RÉFÉRENCE…" >&2
  exit 2
fi
if [ ! -x "$binary" ]; then
  echo "bench/compare.sh : $binary introuvable (cmake --build build d'abord)" >&2
  exit 1
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/brochure-compare-XXXXXX")
trap 'rm -rf "$out"' EXIT
ours=("$binary" render "$catalogue" --out "$out/edition")

# Microseconds one run of "$@" takes (its output discarded, its failure fatal).
# Bash's own clock: `date` in a subshell would add two processes to each run.
time_us() {
  local start end
  start=${EPOCHREALTIME/[.,]/}
  "$@" >/dev/null 2>&1 || { echo "bench/compare.sh : échec de : $*" >&2; exit 1; }
  end=${EPOCHREALTIME/[.,]/}
  echo $((end - start))
}

# Sorted samples (µs) on stdin → "median q1 q3 min max" in ms.
summary() {
  sort -n | awk '{ v[NR] = $1 }
    function at(p,   i) { i = 1 + p * (NR - 1); return (v[int(i)] + (v[int(i) + (i > int(i))] - v[int(i)]) * (i - int(i))) / 1000 }
    END { printf "%.1f %.1f %.1f %.1f %.1f\n", at(0.5), at(0.25), at(0.75), v[1] / 1000, v[NR] / 1000 }'
}

echo "machine   : $(nproc) processeurs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), charge $(cut -d' ' -f1-3 /proc/loadavg)"
echo "édition   : ${ours[*]}"
echo "référence : $*"
echo "passages  : $runs chacun, en alternance (un passage de chaque pour chauffer, non compté)"
if [ "$fresh" = 1 ]; then
  echo "sortie    : dossier vidé avant chaque passage de l’édition (tous les fichiers écrits)"
else
  echo "sortie    : le dossier du passage précédent (les fichiers identiques sont laissés en place)"
fi
# Before each run of ours with --fresh: the previous run's files removed (not timed).
clear_output() { if [ "$fresh" = 1 ]; then rm -rf "$out/edition"; fi; }
clear_output
time_us "${ours[@]}" >/dev/null
time_us "$@" >/dev/null
: >"$out/ours"
: >"$out/reference"
for ((i = 0; i < runs; ++i)); do
  clear_output
  time_us "${ours[@]}" >>"$out/ours"
  time_us "$@" >>"$out/reference"
done
read -r ours_median ours_q1 ours_q3 ours_min ours_max < <(summary <"$out/ours")
read -r ref_median ref_q1 ref_q3 ref_min ref_max < <(summary <"$out/reference")
printf '\n%-10s %9s %17s %17s\n' "" "médiane" "quartiles" "extrêmes"
printf '%-10s %7s ms %7s – %-7s %7s – %-7s\n' "édition" "$ours_median" "$ours_q1" "$ours_q3" "$ours_min" "$ours_max"
printf '%-10s %7s ms %7s – %-7s %7s – %-7s\n' "référence" "$ref_median" "$ref_q1" "$ref_q3" "$ref_min" "$ref_max"
awk -v a="$ours_median" -v b="$ref_median" 'BEGIN { printf "\nrapport des médianes : l’édition entière prend %.1f fois moins de temps que la référence\n", b / a }'
