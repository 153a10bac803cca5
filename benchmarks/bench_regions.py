"""Speed of ``regions.find_regions`` on a report-sized text, against a regex alternation.

The text is the five bundled reports, repeated to about 300,000 characters (a long
rectification report of ~100 pages is 100,000–200,000 characters).  The reference is the
obvious implementation: one compiled regular expression alternating over every name the
gazetteer indexes (longest first, so the leftmost-longest name wins), scanned with
``re.finditer`` and looked up in a dict.  It does none of the rest (no normalisation, no
scope rules, no within= tie-breaking, no span map), so the ratio is a floor.

Run: ``python benchmarks/bench_regions.py`` (prints one Markdown table row).
"""

from __future__ import annotations

import re
import time

from envindicators import datasets, regions
from envindicators.regions._gazetteer import _index

TARGET_CHARS = 300_000


def _text() -> str:
    docs = datasets.load("documents")
    seeds = [s for s in docs["source"] if re.match(r"^\d{3}_", s)]
    one = "\n".join(datasets.source_text(s) for s in seeds)
    return (one * (TARGET_CHARS // len(one) + 1))[:TARGET_CHARS]


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    text = _text()
    regions.find_regions("湖北")  # build the index and the unit registry once
    keys = sorted(_index().by_key, key=len, reverse=True)
    t0 = time.perf_counter()
    pattern = re.compile("|".join(map(re.escape, keys)))
    compile_s = time.perf_counter() - t0
    lookup = _index().by_key

    def reference() -> int:
        return sum(1 for m in pattern.finditer(text) if m.group(0) in lookup)

    ours_s = _best(lambda: regions.find_regions(text, within="山西省"))
    ref_s = _best(reference)
    n_ours = len(regions.find_regions(text, within="山西省"))
    n_ref = reference()
    print(
        f"| `find_regions`, {len(text):,} characters, {len(keys):,} names | "
        f"{ours_s:.3f} s, {len(text) / ours_s:,.0f} chars/s, {n_ours:,} mentions | "
        f"regex alternation: {ref_s:.3f} s (+{compile_s:.2f} s compile), {n_ref:,} matches | "
        f"{ref_s / ours_s:.2f}× |"
    )


if __name__ == "__main__":
    main()
