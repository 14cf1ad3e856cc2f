#!/usr/bin/env python3
"""How time and memory grow with the size of a catalogue.

    bench/scale.py [--binary FILE] [--runs R] [N ...]      (default N: 100 1000 5000)

For each N, a synthetic catalogue of N sessions (bench/synthetic-catalogue.py)
is checked (`brochure check`) and its brochure rendered alone on one thread
(`brochure render --only brochure --jobs 1`), the limits raised. Printed per N:
the catalogue's size, the brochure's pages, the best wall time of R runs of
each command, and the render's peak memory (the largest resident set of the
runs), then the same per page. The last two lines compare each step with the
first N: a cost per page that keeps growing from one N to the next is work
that grows faster than the catalogue, which a run at 16 sessions never shows
(reading a catalogue was quadratic in its size until 2026-12-05).

The targets of issue 15 are printed beside the figures: at most 64 MiB at
1 000 sessions and 40 KB per page.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMITS = ["--max-sessions", "100000", "--max-size", "1000"]


def run(command):
    """(wall seconds, peak resident set in KiB) of one run of `command`."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as child:
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        errors = child.stderr.read().decode(errors="replace")
    if child.returncode != 0:
        sys.exit(f"bench/scale.py : échec ({child.returncode}) de {' '.join(command)}\n{errors}")
    return wall, usage.ru_maxrss


def best(command, runs):
    results = [run(command) for _ in range(runs)]
    return min(wall for wall, _ in results), max(rss for _, rss in results)


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    sys.exit(f"bench/scale.py : pdfinfo ne donne pas le nombre de pages de {pdf}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "brochure"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 5000])
    options = parser.parse_args()
    if not os.access(options.binary, os.X_OK):
        sys.exit(f"bench/scale.py : {options.binary} introuvable (cmake --build build d'abord)")

    rows = []
    with tempfile.TemporaryDirectory(prefix="brochure-scale-") as folder:
        for sessions in options.sizes:
            catalogue = os.path.join(folder, f"catalogue-{sessions}.xml")
            with open(catalogue, "w", encoding="utf-8") as out:
                subprocess.run(
                    [sys.executable, os.path.join(ROOT, "bench", "synthetic-catalogue.py"),
                     str(sessions), os.path.join(ROOT, "xml", "2026-2027.xml")],
                    stdout=out, check=True, cwd=ROOT)
            check, _ = best([options.binary, "check", catalogue] + LIMITS, options.runs)
            edition = os.path.join(folder, f"out-{sessions}")
            render, rss = best([options.binary, "render", catalogue, "--only", "brochure",
                                "--jobs", "1", "--out", edition] + LIMITS, options.runs)
            pdf = next(os.path.join(edition, name) for name in sorted(os.listdir(edition))
                       if name.endswith(".pdf"))
            rows.append((sessions, os.path.getsize(catalogue), page_count(pdf), check, render, rss))

    print(f"programme : {options.binary} ; meilleur temps de {options.runs} passages, "
          f"{os.cpu_count()} processeurs")
    print(f"{'sessions':>8} {'catalogue':>10} {'pages':>6} {'check':>8} {'render':>8} "
          f"{'mémoire':>9} {'ms/page':>8} {'Kio/page':>8}")
    for sessions, size, pages, check, render, rss in rows:
        print(f"{sessions:>8} {size / 1e6:>8.1f} Mo {pages:>6} {check:>6.2f} s {render:>6.2f} s "
              f"{rss / 1024:>6.0f} Mio {render * 1000 / pages:>8.2f} {rss / pages:>8.0f}")
    first = rows[0]
    for sessions, _, pages, check, render, rss in rows[1:]:
        growth = pages / first[2]
        print(f"{first[0]} → {sessions} sessions : pages ×{growth:.1f}, check ×{check / first[3]:.1f}, "
              f"render ×{render / first[4]:.1f}, mémoire ×{rss / first[5]:.1f}")
    print("cibles (issue 15) : ≤ 64 Mio à 1 000 sessions, ≤ 40 Ko (39 Kio) par page")


if __name__ == "__main__":
    main()
