#!/bin/sh
# The delay from saving the catalogue to the new PDFs with `brochure watch`:
# a one-course edit (the brochure and that course's flyer made again) and a
# template edit (the whole edition), each saved as editors save (a new file
# renamed over the old one), RUNS times; the delay runs from the rename to the
# line `watch` prints once the files are in place. Prints each delay, then the
# best and the median.
#
#   bench/watch-latency.sh [BROCHURE_BINARY] [CATALOGUE] [RUNS]
#   defaults:              build/brochure    xml/2026-2027.xml  7
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
binary=$(realpath "${1:-$root/build/brochure}")
catalogue=$(realpath "${2:-$root/xml/2026-2027.xml}")
runs=${3:-7}
work=$(mktemp -d "${TMPDIR:-/tmp}/brochure-watch-XXXXXX")
pid=
trap '[ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/xml"
cp "$catalogue" "$work/xml/edition.xml"
cp -r "$root/templates" "$work/templates"
cd "$work"
"$binary" watch xml/edition.xml --out out >watch.log 2>&1 &
pid=$!
until grep -q surveille watch.log; do
  kill -0 "$pid" 2>/dev/null || { cat watch.log >&2; exit 1; }
  sleep 0.05
done

now() { date +%s.%N; }
lines() { grep -c ' rendu : ' watch.log || true; }
# $1: what is edited, $2: the file, $3: sed expression for the change.
measure() {
  label=$1 file=$2 change=$3
  : >"$work/delays"
  i=0
  while [ "$i" -lt "$runs" ]; do
    before=$(lines)
    sed "$change" "$file" >"$file.new"
    start=$(now)
    mv "$file.new" "$file"
    while [ "$(lines)" -le "$before" ]; do sleep 0.005; done
    end=$(now)
    echo "$end - $start" | bc >>"$work/delays"
    i=$((i + 1))
  done
  sort -n "$work/delays" | awk -v label="$label" '
    { d[NR] = $1 }
    END { printf "%-34s meilleur %.3f s   médiane %.3f s   (%d enregistrements)\n",
                 label, d[1], d[int((NR + 1) / 2)], NR }'
}

echo "programme : $binary ; catalogue : $catalogue"
# Alternate between two texts so that every save changes something.
measure "une formation modifiée (1 flyer)" xml/edition.xml \
  's/Créer une culture commune\.</Créer une culture commune. bis</; t; s/Créer une culture commune\. bis</Créer une culture commune.</'
measure "un modèle modifié (toute l'édition)" templates/palette.xml \
  's/#1f4e79/#1f4e7a/; t; s/#1f4e7a/#1f4e79/'
