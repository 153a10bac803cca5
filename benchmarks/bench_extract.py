"""Benchmark: extract_quantities on report text against a naive regex + cn2an scanner.

Run:  python benchmarks/bench_extract.py [--repeat 10] [--rounds 5]
(needs the ``bench`` extra: cn2an)

Two texts, both measured in every round:

``distinct``
    Every document once: the five seed reports in ``datasets/sources`` and every ``.txt`` of
    the evaluation corpus (``benchmarks/corpus/{dev,heldout,heldout2}``), joined by line
    breaks.  No sentence repeats, so a cache keyed by the text around a number cannot win
    by seeing the same window again: this is the figure to quote.
``repeat``
    The five seed reports concatenated ``--repeat`` times (the figure measured before
    2026-12-03 evening; comparable with the older tables of benchmarks/README.md).

The naive scanner is what a user would write in an afternoon: one regular expression for an
Arabic or Chinese number, an optional 万/亿 multiplier and a unit word from a short list,
``cn2an`` for the Chinese numerals, no context (no years, signs, lists, qualifiers or
ratios).  It is fast because it understands nothing; it is the floor the issue sets for
speed, not a reference for values.  It exists in two forms, both timed in every round:
``naive_scan`` converts each Chinese numeral it matches with ``cn2an.cn2an`` (the leaner
form, the issue's goal is measured against it), ``naive_transform_scan`` first rewrites the
whole text with ``cn2an.transform`` (cn2an's own API for numerals inside sentences) and then
matches Arabic numbers only.

In each round the naive scanner, ``extract_quantities`` and ``extract_quantities`` with its
fast path switched off (``units/parsing/fast_path.py``; the rows are checked equal) take
turns on each text.  Printed per text: the median and the range over the rounds of each
time, of the characters per second and of the ratio ours / naive *within* a round (the
machine is shared: a ratio taken inside one round is less disturbed than a ratio of two
medians), the load average before and after, and the peak memory of ``extract_quantities``
per input character (``tracemalloc``, input string excluded).  Nothing is asserted
(machines are noisy; see benchmarks/README.md for the figures measured).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from envindicators.units import extract_quantities
from envindicators.units.parsing import scanner
from naive import naive_scan, naive_transform_scan

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "datasets" / "sources"
CORPUS = ROOT / "benchmarks" / "corpus"
SPLITS = ("dev", "heldout", "heldout2")


def seed_texts() -> list[str]:
    """The five seed reports, in file-name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]


def distinct_text() -> str:
    """The five seeds and every corpus document, each once, joined by line breaks."""
    docs = seed_texts()
    for split in SPLITS:
        docs += [p.read_text(encoding="utf-8") for p in sorted((CORPUS / split).glob("*.txt"))]
    return "\n".join(docs)


def _spread(xs: list[float], fmt: str) -> str:
    """``median [min–max]`` of ``xs`` formatted with ``fmt``."""
    return f"{format(statistics.median(xs), fmt)} [{format(min(xs), fmt)}–{format(max(xs), fmt)}]"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    seeds = "\n".join(seed_texts())
    texts = {"distinct": distinct_text(), "repeat": "\n".join([seeds] * args.repeat)}
    extract_quantities(seeds[:2000])  # build the tables once, outside the timing
    naive_scan(seeds[:2000])
    naive_transform_scan(seeds[:2000])

    load_before = os.getloadavg()
    times: dict[tuple[str, str], list[float]] = {
        (t, k): [] for t in texts for k in ("naive", "transform", "ours", "full")
    }
    ratios: dict[tuple[str, str], list[float]] = {
        (t, k): [] for t in texts for k in ("ours", "full", "transform")
    }
    rows: dict[str, tuple[int, int]] = {}
    for _ in range(args.rounds):
        for name, text in texts.items():
            t0 = time.perf_counter()
            naive = naive_scan(text)
            t_naive = time.perf_counter() - t0

            t0 = time.perf_counter()
            naive_transform_scan(text)
            t_transform = time.perf_counter() - t0

            t0 = time.perf_counter()
            df = extract_quantities(text)
            t_ours = time.perf_counter() - t0

            scanner._FAST[0] = False
            try:
                t0 = time.perf_counter()
                df_full = extract_quantities(text)
                t_full = time.perf_counter() - t0
            finally:
                scanner._FAST[0] = True
            pd.testing.assert_frame_equal(df, df_full)  # the fast path changes no row
            times[name, "naive"].append(t_naive)
            times[name, "transform"].append(t_transform)
            times[name, "ours"].append(t_ours)
            times[name, "full"].append(t_full)
            ratios[name, "ours"].append(t_naive / t_ours)
            ratios[name, "full"].append(t_naive / t_full)
            ratios[name, "transform"].append(t_transform / t_ours)
            rows[name] = (len(df), len(naive))
    load_after = os.getloadavg()

    print(
        f"{args.rounds} rounds; load average (1, 5, 15 min) before "
        f"{', '.join(f'{x:.2f}' for x in load_before)}, after "
        f"{', '.join(f'{x:.2f}' for x in load_after)}; median [min–max] over the rounds"
    )
    for name, text in texts.items():
        n = len(text)
        what = "each document once" if name == "distinct" else f"{args.repeat} × the five seeds"
        n_rows, n_naive = rows[name]
        print(f"\n{name}: {n:,} characters ({what})")
        for key, label in (
            ("naive", "naive regex + cn2an"),
            ("transform", "  cn2an.transform first"),
            ("ours", "extract_quantities"),
            ("full", "  without fast path"),
        ):
            ts = times[name, key]
            speed = [n / t for t in ts]
            count = {"naive": f"{n_naive:,} hits", "transform": ""}.get(key, f"{n_rows:,} rows")
            line = f"{label:20}: {_spread(ts, '.3f')} s  {_spread(speed, ',.0f')} chars/s  {count}"
            print(line.rstrip())
        print(f"speed ratio ours / naive (same round): {_spread(ratios[name, 'ours'], '.3f')}")
        print(f"  without the fast path:               {_spread(ratios[name, 'full'], '.3f')}")
        print(f"  against cn2an.transform first:       {_spread(ratios[name, 'transform'], '.3f')}")
        tracemalloc.start()
        extract_quantities(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory of extract_quantities: {peak / n:.1f} bytes per input character")


if __name__ == "__main__":
    main()
